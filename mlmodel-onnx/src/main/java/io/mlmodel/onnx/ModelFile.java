package io.mlmodel.onnx;

import io.mlmodel.ModelException;
import io.mlmodel.io.SafePaths;
import io.mlmodel.model.MLModel;
import io.mlmodel.model.OnnxFlavor;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the ONNX file that the flavor's {@code data} key names, inside the model folder. */
final class ModelFile {
  private ModelFile() {}

  static Path of(MLModel model, OnnxFlavor flavor) {
    if (flavor.data() == null) {
      throw new ModelException("missing-key", flavor.flavor().locate(),
          "the onnx flavor has no 'data' key naming the model file, which MLflow needs to load it");
    }
    Path dir = model.directory().orElseThrow(() -> new ModelException("missing-file", flavor.flavor().locate("data"),
        "the model was not read from a folder, so its file '" + flavor.data() + "' cannot be found"));
    Path file = SafePaths.resolveExisting(dir, flavor.data(), flavor.flavor().locate("data"));
    if (!Files.isRegularFile(file)) {
      throw new ModelException("missing-file", flavor.flavor().locate("data"),
          "the model file '" + flavor.data() + "' is not a file in " + dir);
    }
    return file;
  }
}
