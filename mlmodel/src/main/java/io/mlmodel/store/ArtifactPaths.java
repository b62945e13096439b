package io.mlmodel.store;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.io.SafePaths;
import java.nio.file.Path;

/**
 * The one place where a path taken from a URI ({@code runs:/<run>/<path>}, and the rest of it
 * inside a logged model) meets the file system. The path is normalised first, the same way
 * whatever its spelling: {@code \} is a separator, empty and {@code .} segments are dropped, and
 * an absolute path (including {@code runs:/<run>//etc}, whose path starts with {@code /}), a
 * drive letter, a NUL or a {@code ..} that climbs above its base is a {@code path-escape}; then it
 * is resolved with {@link SafePaths}, so a symbolic link out of the base is refused too.
 * Stateless and thread-safe.
 */
final class ArtifactPaths {
  private ArtifactPaths() {}

  /**
   * {@code path} resolved inside {@code base}; {@code base} itself for an empty or all-{@code .}
   * path.
   *
   * @param what names the base in messages, such as "the run's artifacts"
   * @param at where the base is recorded (the run's meta.yaml)
   * @throws ModelException code {@code path-escape} or {@code bad-path}
   */
  static Path resolve(Path base, String path, String what, Location at) {
    String normal = normalize(path, what, at);
    if (normal.isEmpty()) {
      return base;
    }
    try {
      return SafePaths.resolve(base, normal, at);
    } catch (ModelException e) {
      throw new ModelException(e.code(), at, "the artifact path '" + path + "' leads out of " + what + ": "
          + e.problem(), e);
    }
  }

  /**
   * {@code path} as {@code /}-separated segments without empty, {@code .} or {@code ..} ones.
   *
   * @throws ModelException code {@code path-escape} when it is absolute or climbs above its base,
   *     {@code bad-path} when it holds a NUL
   */
  static String normalize(String path, String what, Location at) {
    if (path.indexOf('\0') >= 0) {
      throw new ModelException("bad-path", at, "the artifact path '" + path.replace("\0", "\\0")
          + "' contains a NUL character");
    }
    String name = path.replace('\\', '/');
    if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
      throw new ModelException("path-escape", at, "the artifact path '" + path + "' is absolute; it must be"
          + " relative to " + what);
    }
    StringBuilder out = new StringBuilder();
    int depth = 0;
    for (String segment : name.split("/")) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..")) {
        if (depth == 0) {
          throw new ModelException("path-escape", at, "the artifact path '" + path + "' leads out of " + what);
        }
        depth--;
        out.setLength(Math.max(0, out.lastIndexOf("/")));
        continue;
      }
      out.append(out.length() == 0 ? "" : "/").append(segment);
      depth++;
    }
    return out.toString();
  }
}
