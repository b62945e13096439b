package io.mlmodel.onnx;

import ai.onnxruntime.OrtException;
import io.mlmodel.InputException;
import io.mlmodel.Location;
import io.mlmodel.MLModelException;
import io.mlmodel.ModelException;
import java.nio.file.Path;

/** Sorts ONNX Runtime's run failures into the client's fault and the model's. */
final class RunErrors {
  private RunErrors() {}

  static MLModelException translate(OrtException e, Path file) {
    if (e.getCode() == OrtException.OrtErrorCode.ORT_INVALID_ARGUMENT) {
      // ONNX Runtime's checks of input names, types and shapes.
      return new InputException("schema-mismatch", Location.UNKNOWN, null,
          "ONNX Runtime rejects the input: " + e.getMessage(), e);
    }
    return new ModelException("onnx-run", Location.of(file), "ONNX Runtime failed to run the model: " + e.getMessage(), e);
  }
}
