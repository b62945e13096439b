package io.mlmodel.xgboost;

import io.mlmodel.LimitExceededException;
import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.io.SafePaths;
import io.mlmodel.model.MLModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** The booster file the flavor's {@code data} key names, found inside the model folder and read. */
final class ModelFile {
  /** The most bytes Java puts in one array: XGBoost gets the file as one. */
  static final long MAX_BYTES = Integer.MAX_VALUE - 8;

  private ModelFile() {}

  /** {@code data} inside the model folder, by {@link SafePaths}' rules ({@code path-escape}, {@code bad-path}). */
  static Path resolve(MLModel model, @Nullable String data, Location at) {
    if (data == null) {
      throw new ModelException("missing-key", at, "the xgboost flavor has no 'data' key naming the model file");
    }
    Path dir = model.directory().orElseThrow(() -> new ModelException("missing-file", at,
        "the model was not read from a folder, so its file '" + data + "' cannot be found"));
    Path file = SafePaths.resolve(dir, data, at);
    if (!Files.isRegularFile(file)) {
      throw new ModelException("missing-file", at, "the model file '" + data + "' is not a file in " + dir);
    }
    return file;
  }

  /** The file's bytes; one too large for an array is refused before reading ({@code limit}). */
  static byte[] read(Path file, Location at) {
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new LimitExceededException(at, file.getFileName() + " is " + size
            + " bytes; XGBoost reads a model file as one array, of at most " + MAX_BYTES + " bytes");
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
