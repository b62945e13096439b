package io.mlmodel.write;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.Random;

/**
 * The temporary siblings an atomic write fills before it renames them into place, created with the
 * permissions the final file or folder should have. {@code Files.createTempDirectory} and {@code
 * createTempFile} make them private ({@code drwx------}, {@code -rw-------}), and the rename keeps
 * that: a model folder MLflow would have left readable by the group and others (its {@code
 * os.makedirs} and {@code open} honour the umask) would end up readable by its owner only. Plain
 * {@code createDirectory} and {@code createFile} ask the operating system for {@code 0777} and
 * {@code 0666} less the umask, exactly what Python does.
 */
final class TempSiblings {
  private static final Random RANDOM = new SecureRandom();
  private static final int ATTEMPTS = 100;

  private TempSiblings() {}

  /** A new empty folder {@code parent/PREFIX<random>}, mode 0777 less the umask. */
  static Path directory(Path parent, String prefix) throws IOException {
    for (int i = 0; ; i++) {
      try {
        return Files.createDirectory(parent.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong())));
      } catch (FileAlreadyExistsException e) {
        if (i == ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  /**
   * A new empty file {@code parent/PREFIX<random digits>SUFFIX} (the naming {@code ReplacedFile} cleans up
   * after a killed writer), mode 0666 less the umask, or the mode of
   * {@code replaced} when that file exists (as rewriting a file in place keeps its mode).
   */
  static Path file(Path parent, String prefix, String suffix, Path replaced) throws IOException {
    for (int i = 0; ; i++) {
      Path tmp = parent.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong()) + suffix);
      try {
        Files.createFile(tmp);
      } catch (FileAlreadyExistsException e) {
        if (i == ATTEMPTS) {
          throw e;
        }
        continue;
      }
      PosixFileAttributeView old = Files.getFileAttributeView(replaced, PosixFileAttributeView.class,
          LinkOption.NOFOLLOW_LINKS);
      if (old != null && Files.isRegularFile(replaced, LinkOption.NOFOLLOW_LINKS)) {
        Files.setPosixFilePermissions(tmp, old.readAttributes().permissions());
      }
      return tmp;
    }
  }
}
