package io.mlmodel.xgboost;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.model.MLModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** The booster file the flavor's {@code data} key names, found inside the model folder and read. */
final class ModelFile {
  private ModelFile() {}

  static Path resolve(MLModel model, @Nullable String data, Location at) {
    if (data == null) {
      throw new ModelException("missing-key", at, "the xgboost flavor has no 'data' key naming the model file");
    }
    Path dir = model.directory().orElseThrow(() -> new ModelException("missing-file", at,
        "the model was not read from a folder, so its file '" + data + "' cannot be found"));
    Path file = dir.resolve(data).normalize();
    try {
      if (!file.startsWith(dir.normalize()) || Files.exists(file)
          && !file.toRealPath().startsWith(dir.toRealPath())) {
        throw new ModelException("path-escape", at, "'" + data + "' leaves the model folder " + dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!Files.isRegularFile(file)) {
      throw new ModelException("missing-file", at, "the model file '" + data + "' is not a file in " + dir);
    }
    return file;
  }

  static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
