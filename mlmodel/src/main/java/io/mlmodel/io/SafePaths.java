package io.mlmodel.io;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * Resolves a file name written in an MLmodel (or a side file) against the model directory, and
 * refuses any name that would lead outside it. A model directory may come from anyone; without
 * this check {@code data: ../../etc/passwd} or a symbolic link would let a model read any file.
 *
 * <p>Rules, in order; each refusal is a {@link ModelException} located at {@code at}:
 *
 * <ul>
 *   <li>{@code \} is a separator like {@code /}, because MLflow on Windows writes names such as
 *       {@code code\helper.py};
 *   <li>an empty name, or one holding a NUL character, is refused with code {@code bad-path};
 *   <li>an absolute name ({@code /x}, {@code \x}, {@code C:x}, {@code C:\x}, {@code \\host\share})
 *       is refused with code {@code path-escape};
 *   <li>{@code .} segments are dropped and {@code ..} removes the previous segment; a {@code ..}
 *       that would climb above the model directory is refused with code {@code path-escape};
 *   <li>every existing prefix of the result is followed through symbolic links; one whose real
 *       location is outside the real model directory is refused with code {@code path-escape}
 *       (a dangling link is judged by where its target would be).
 * </ul>
 *
 * <p>The result is {@code modelDir} joined with the normalized segments (not the real path), so
 * that messages show the names the user knows. It may not exist: use {@link #resolveExisting}
 * when it must. Stateless and thread-safe; the file system is only read.
 */
public final class SafePaths {
  private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

  private SafePaths() {}

  /**
   * {@code relative} resolved inside {@code modelDir}, whether or not it exists.
   *
   * @param modelDir the model directory
   * @param relative the name as written in the model (either separator)
   * @param at where the name is written, for errors
   * @return {@code modelDir} joined with the normalized segments of {@code relative} (not the real
   *     path); {@code modelDir} itself when {@code relative} has no segment left, such as {@code .}
   * @throws ModelException code {@code path-escape} or {@code bad-path} as described above
   * @throws UncheckedIOException when the file system cannot be read
   */
  public static Path resolve(Path modelDir, String relative, Location at) {
    if (relative.isEmpty()) {
      throw new ModelException("bad-path", at, "the file name is empty");
    }
    if (relative.indexOf('\0') >= 0) {
      throw new ModelException("bad-path", at, "the file name '" + printable(relative) + "' contains a NUL character");
    }
    String name = relative.replace('\\', '/');
    if (isAbsolute(name)) {
      throw new ModelException("path-escape", at, "'" + relative
          + "' is an absolute path; files named by a model must be inside the model directory");
    }
    Deque<String> segments = new ArrayDeque<>();
    for (String segment : name.split("/")) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..")) {
        if (segments.isEmpty()) {
          throw new ModelException("path-escape", at, "'" + relative + "' leads outside the model directory");
        }
        segments.removeLast();
      } else {
        segments.addLast(segment);
      }
    }
    Path result = modelDir;
    try {
      for (String segment : segments) {
        result = result.resolve(segment);
      }
    } catch (InvalidPathException e) {
      // An unpaired surrogate, or a non-ASCII name where sun.jnu.encoding cannot hold it (LC_ALL=C).
      throw new ModelException("bad-path", at, "the file name '" + printable(relative)
          + "' cannot be a path on this system (" + e.getReason() + ", file name encoding "
          + System.getProperty("sun.jnu.encoding", "unknown") + ")");
    }
    checkLinks(modelDir, segments, relative, at);
    return result;
  }

  /**
   * Like {@link #resolve}, and the file (or directory) must exist.
   *
   * @param modelDir the model directory
   * @param relative the name as written in the model (either separator)
   * @param at where the name is written, for errors
   * @return the resolved path, as {@link #resolve} gives it, of a file or directory that exists
   *     (a symbolic link counts when its target exists)
   * @throws ModelException code {@code missing-file} when it does not exist; code {@code bad-path}
   *     when it is neither a regular file nor a directory (a FIFO, socket or device), and code
   *     {@code path-escape} or {@code bad-path} as {@link #resolve} says
   * @throws UncheckedIOException when the file system cannot be read
   */
  public static Path resolveExisting(Path modelDir, String relative, Location at) {
    Path path = resolve(modelDir, relative, at);
    if (!Files.exists(path)) {
      throw new ModelException("missing-file", at, "'" + relative + "' does not exist in the model directory " + modelDir);
    }
    // Reading a FIFO waits for a writer that may never come (validate hung on one), and a device
    // such as /dev/zero never ends.
    if (!Files.isRegularFile(path) && !Files.isDirectory(path)) {
      throw new ModelException("bad-path", at, "'" + printable(relative)
          + "' is neither a file nor a folder (a FIFO, socket or device); it is not read");
    }
    return path;
  }

  /** Whether {@code name} is absolute in either convention ({@code /x}, {@code \\x}, {@code C:x}). */
  static boolean isAbsolute(String name) {
    String n = name.replace('\\', '/');
    return n.startsWith("/") || DRIVE.matcher(n).matches();
  }

  private static void checkLinks(Path modelDir, Deque<String> segments, String relative, Location at) {
    try {
      Path realDir = Files.exists(modelDir) ? modelDir.toRealPath() : modelDir.toAbsolutePath().normalize();
      Path prefix = modelDir;
      for (String segment : segments) {
        prefix = prefix.resolve(segment);
        if (Files.exists(prefix)) {
          Path real = prefix.toRealPath();
          if (!real.startsWith(realDir)) {
            throw escape(relative, real, at);
          }
        } else if (Files.isSymbolicLink(prefix)) {
          Path parent = prefix.getParent().toRealPath();
          Path target = parent.resolve(Files.readSymbolicLink(prefix)).normalize();
          if (!target.startsWith(realDir)) {
            throw escape(relative, target, at);
          }
          return;
        } else {
          return;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot resolve '" + relative + "' in " + modelDir + ": " + e.getMessage(), e);
    }
  }

  private static ModelException escape(String relative, Path real, Location at) {
    return new ModelException("path-escape", at, "'" + relative
        + "' leads outside the model directory through a symbolic link (to " + real + ")");
  }

  private static String printable(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 0) {
        sb.append("\\0");
      } else if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) && !(Character.isLowSurrogate(c) && i > 0
          && Character.isHighSurrogate(s.charAt(i - 1)))) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

}
