package io.mlmodel.tracking.internal;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The names a listing may give. MLflow's proxy lists base names; anything that could step out of
 * the download folder ({@code ..}, a separator, an absolute or drive path) is refused, as MLflow's
 * {@code validate_path_is_safe} refuses it, and checked again on the resolved path.
 */
final class SafeNames {
  private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

  private SafeNames() {}

  static String check(String name, String listed) {
    if (name.isEmpty() || name.equals(".") || name.equals("..") || name.indexOf('/') >= 0
        || name.indexOf('\\') >= 0 || name.indexOf('\0') >= 0 || DRIVE.matcher(name).matches()
        || name.length() > 255 || name.getBytes(StandardCharsets.UTF_8).length > 255) { // file systems count bytes
      throw escape(name, listed);
    }
    return name;
  }

  /** {@code dir.resolve(name)}, refused unless it stays inside {@code root}. */
  static Path inside(Path root, Path dir, String name, String listed) {
    Path p = dir.resolve(check(name, listed)).normalize();
    if (!p.startsWith(root.normalize()) || p.equals(root.normalize())) {
      throw escape(name, listed);
    }
    return p;
  }

  /** A path from a URI ({@code runs:/id/a/b}): segments that are all safe names. */
  static String checkPath(String path, String uri) {
    if (path.isEmpty()) {
      return path;
    }
    for (String s : path.split("/", -1)) {
      check(s, uri);
    }
    return path;
  }

  /**
   * A {@code runs:/} artifact path without empty and {@code .} segments, as the local store reads
   * it ({@code runs:/<run>/model//MLmodel}, {@code runs:/<run>/./model}); the others must be safe names,
   * and an absolute path is refused.
   */
  static String normalizePath(String path, String uri) {
    if (path.startsWith("/")) { // runs:/<run>//etc: absolute, refused as the local store refuses it
      throw escape(path, uri);
    }
    StringBuilder out = new StringBuilder();
    for (String s : path.split("/")) {
      if (!s.isEmpty() && !s.equals(".")) {
        out.append(out.length() == 0 ? "" : "/").append(check(s, uri));
      }
    }
    return out.toString();
  }

  private static ModelException escape(String name, String listed) {
    return new ModelException("path-escape", Location.UNKNOWN, "refused artifact name '" + name.replace("\0", "\\0")
        + "' from the listing of '" + listed + "': it is not a plain file name and would be written outside the download folder");
  }
}
