package io.mlmodel.onnx;

import io.mlmodel.ModelException;
import io.mlmodel.ReadOptions;
import io.mlmodel.io.OnnxExternalData;
import io.mlmodel.io.SafePaths;
import io.mlmodel.model.MLModel;
import io.mlmodel.model.OnnxFlavor;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds the ONNX file that the flavor's {@code data} key names, inside the model folder, and
 * checks that every external-data file it makes ONNX Runtime open is inside the folder too
 * ({@link OnnxExternalData}), before any session is created.
 */
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
    List<OnnxExternalData.Reference> external = OnnxExternalData.confine(dir, file, flavor.flavor().locate("data"),
        ReadOptions.defaults());
    if (!external.isEmpty() && file.getFileSystem() != FileSystems.getDefault()) {
      // Loaded from bytes, ONNX Runtime would resolve the locations against the working directory.
      throw new ModelException("unsupported", flavor.flavor().locate("data"), "'" + flavor.data()
          + "' keeps tensor data in external files (" + external.get(0).location() + "), which ONNX Runtime"
          + " can only open beside a model file on the local file system; extract the model folder first");
    }
    return file;
  }
}
