package io.mlmodel.lightgbm;

import io.mlmodel.LimitExceededException;
import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.io.SafePaths;
import io.mlmodel.model.MLModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The text model the flavor's {@code data} key names ({@code Booster.save_model}'s format, which
 * starts with a {@code tree} line), found inside the model folder and read.
 */
final class ModelText {
  /** The most bytes Java puts in one array (and so in one string). */
  static final long MAX_BYTES = Integer.MAX_VALUE - 8;

  private ModelText() {}

  /** {@code data} inside the model folder, by {@link SafePaths}' rules ({@code path-escape}, {@code bad-path}). */
  static Path resolve(MLModel model, @Nullable String data, Location at) {
    if (data == null) {
      throw new ModelException("missing-key", at, "the lightgbm flavor has no 'data' key naming the model file");
    }
    Path dir = model.directory().orElseThrow(() -> new ModelException("missing-file", at,
        "the model was not read from a folder, so its file '" + data + "' cannot be found"));
    Path file = SafePaths.resolve(dir, data, at);
    if (!Files.isRegularFile(file)) {
      throw new ModelException("missing-file", at, "the model file '" + data + "' is not a file in " + dir);
    }
    return file;
  }

  static String read(Path file, Location at) {
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new LimitExceededException(at, file.getFileName() + " is " + size
            + " bytes; a LightGBM text model is read as one string, of at most " + MAX_BYTES + " bytes");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    if (bytes.length > 0 && (bytes[0] & 0xff) == 0x80) {
      throw new ModelException("lightgbm-load", at, file.getFileName()
          + " is a Python pickle, which no JVM reader can read; save the Booster with mlflow.lightgbm.save_model");
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (!text.startsWith("tree")) {
      throw new ModelException("lightgbm-load", at, file.getFileName()
          + " is not a LightGBM text model (it does not start with a 'tree' line)");
    }
    return text;
  }
}
