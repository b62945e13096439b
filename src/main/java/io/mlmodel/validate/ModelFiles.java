package io.mlmodel.validate;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Stand-in for io.mlmodel.io.SafePaths until it is on main: a name from the MLmodel resolved
 * inside the model folder, refused ({@code path-escape}) when absolute or leading out by {@code ..}
 * or a symbolic link.
 */
final class ModelFiles {
  private ModelFiles() {}

  static Path resolveExisting(Path dir, String relative, Location at) {
    String name = relative.replace('\\', '/');
    if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
      throw new ModelException("path-escape", at, "'" + relative
          + "' is an absolute path; files named by a model must be inside the model directory");
    }
    Path result = dir;
    int depth = 0;
    for (String segment : name.split("/")) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..")) {
        if (depth == 0) {
          throw new ModelException("path-escape", at, "'" + relative + "' leads outside the model directory");
        }
        depth--;
        result = result.getParent();
      } else {
        depth++;
        result = result.resolve(segment);
      }
    }
    try {
      if (Files.exists(result) && !result.toRealPath().startsWith(dir.toRealPath())) {
        throw new ModelException("path-escape", at, "'" + relative
            + "' leads outside the model directory through a symbolic link (to " + result.toRealPath() + ")");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!Files.exists(result)) {
      throw new ModelException("missing-file", at, "'" + relative + "' does not exist in the model directory " + dir);
    }
    return result;
  }
}
