package io.mlmodel.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Follows a relative name the way the operating system does when a native library (ONNX Runtime)
 * opens it: segment by segment from a real folder, each symbolic link replaced by its target before
 * the next segment, so that {@code ..} after a link goes to the parent of the link's target.
 * {@link SafePaths} drops {@code link/..} by name, which is right for the paths this library opens
 * (it opens the normalized result) but not for a name handed on as written: with {@code link}
 * leading to the model folder itself, {@code link/../x} is a file beside the folder. Stateless and
 * thread-safe; the file system is only read.
 */
final class PhysicalPath {
  private PhysicalPath() {}

  /**
   * Where {@code name}, opened from {@code folder} on the default file system, first leaves {@code
   * modelDir}, if it does; empty when it stays inside, or stops at a segment that does not exist
   * (the system cannot open it then either). Other file systems have no links and are not walked.
   *
   * @param modelDir the model folder
   * @param folder the folder the name is relative to, inside {@code modelDir}
   * @param name a relative name, as written (on Windows {@code \} separates segments too)
   * @return the real path outside {@code modelDir} that the name reaches, or empty
   * @throws UncheckedIOException when the file system cannot be read
   */
  static Optional<Path> escape(Path modelDir, Path folder, String name) {
    if (modelDir.getFileSystem() != FileSystems.getDefault()) {
      return Optional.empty();
    }
    String n = modelDir.getFileSystem().getSeparator().equals("\\") ? name.replace('\\', '/') : name;
    try {
      Path realDir = modelDir.toRealPath();
      Path p = folder.toRealPath();
      for (String segment : n.split("/")) {
        if (segment.isEmpty() || segment.equals(".")) {
          continue;
        }
        Path next = segment.equals("..") ? p.getParent() : p.resolve(segment);
        if (next == null) {
          return Optional.of(p);
        }
        if (!Files.exists(next)) {
          return Optional.empty();
        }
        p = next.toRealPath();
        if (!p.startsWith(realDir)) {
          return Optional.of(p);
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot follow '" + name + "' from " + folder + ": " + e.getMessage(), e);
    }
  }
}
