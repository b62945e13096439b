package io.mlmodel.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Crash-safe writes: after a crash or a kill at any moment, the target holds either its old
 * content or the new content, whole, never a mix or a truncated file.
 *
 * <ul>
 *   <li>A file is written to a temporary sibling, forced to disk, renamed over the target with
 *       {@link StandardCopyOption#ATOMIC_MOVE}, and the parent directory is forced so the rename
 *       itself survives a power loss.
 *   <li>A directory is filled in a temporary sibling, every file and directory in it forced, then
 *       renamed into place. Replacing an existing directory (only with {@link
 *       WriteOptions#replaceExisting()}) takes two renames, because no portable call swaps two
 *       directories: the old one is first renamed to the sibling {@code .NAME.old}. A crash between
 *       the two renames leaves no target but that backup; {@link #recover(Path)}, which every
 *       directory write runs first, puts it back, so the old state returns whole.
 * </ul>
 *
 * <pre>{@code
 * AtomicWrites.writeFile(dir.resolve("requirements.txt"), "mlflow==2.17.2".getBytes(UTF_8));
 * AtomicWrites.writeDirectory(dir, tmp -> {
 *   Files.writeString(tmp.resolve("MLmodel"), YamlWriter.dump(tree));
 * }, WriteOptions.defaults());
 * }</pre>
 *
 * <p>Leftover temporary siblings of an interrupted write are harmless: {@code .NAME.<digits>.tmp}
 * files are removed by the next {@link #writeFile} of the same file (once a minute old, so that a
 * concurrent writer's file is left alone), {@code .NAME.tmp-*} folders by the next directory write
 * of the same target; the validator reports the files ({@code stale-temp-file}). One writer per target at a time: concurrent writers of the
 * same target are not coordinated. Failures are {@link UncheckedIOException}s; an existing
 * directory without {@code replaceExisting} is refused with a {@link FileAlreadyExistsException}
 * inside one.
 */
public final class AtomicWrites {
  private AtomicWrites() {}

  /**
   * Replaces (or creates) {@code file} with {@code content}, atomically. The new file keeps the
   * old one's permissions (and owner and group where this process may set them); a file whose
   * owner has no write permission is refused with an {@link java.nio.file.AccessDeniedException}
   * inside the {@link UncheckedIOException}; temporary siblings {@code .NAME.<digits>.tmp} older
   * than a minute, left by a writer killed before its rename, are removed first.
   *
   * @param file the file to replace or create; missing parent directories are created
   * @param content the whole new content
   * @throws UncheckedIOException when the file cannot be written or renamed into place
   */
  public static void writeFile(Path file, byte[] content) {
    Path target = file.toAbsolutePath();
    Path tmp = null;
    try {
      Path parent = parentOf(target);
      Files.createDirectories(parent);
      ReplacedFile.checkWritable(target);
      ReplacedFile.removeStale(target);
      tmp = TempSiblings.file(parent, "." + target.getFileName() + ".", ".tmp", target);
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          ch.write(buffer);
        }
        ch.force(true);
      }
      ReplacedFile.copyAttributes(target, tmp);
      move(tmp, target);
      tmp = null;
      forceDirectory(parent);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    } finally {
      deleteQuietly(tmp);
    }
  }

  /**
   * Writes a whole directory at {@code directory}: {@code content} fills a temporary sibling, which
   * then replaces the target in one rename (two when an existing directory is replaced; see the
   * class comment). Without {@link WriteOptions#replaceExisting()}, an existing target is refused
   * before anything is written.
   *
   * @param directory the target directory; missing parent directories are created
   * @param content writes the directory's files into the temporary sibling it is given
   * @param options whether an existing target may be replaced
   * @throws UncheckedIOException when writing or renaming fails (the target is then as it was), or wrapping a {@link java.nio.file.FileAlreadyExistsException} when the target exists and may not be replaced
   */
  public static void writeDirectory(Path directory, DirectoryContent content, WriteOptions options) {
    Path target = directory.toAbsolutePath();
    Path tmp = null;
    try {
      Path parent = parentOf(target);
      Files.createDirectories(parent);
      recover(target);
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !options.replaceExisting()) {
        throw new FileAlreadyExistsException(target.toString(), null,
            "it already exists; set WriteOptions.builder().replaceExisting(true) to replace it");
      }
      tmp = TempSiblings.directory(parent, tmpPrefix(target));
      content.writeTo(tmp);
      forceTree(tmp);
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        Path backup = backupOf(parent, target);
        move(target, backup);
        forceDirectory(parent);
        move(tmp, target);
        tmp = null;
        forceDirectory(parent);
        deleteTree(backup);
      } else {
        move(tmp, target);
        tmp = null;
        forceDirectory(parent);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the directory " + target + ": " + e.getMessage(), e);
    } finally {
      if (tmp != null) {
        try {
          deleteTree(tmp);
        } catch (IOException ignored) {
          // the next write of this target removes it
        }
      }
    }
  }

  /**
   * Finishes or undoes an interrupted {@link #writeDirectory}: restores {@code .NAME.old} when the
   * target is missing, and removes a stale backup and temporary siblings otherwise.
   *
   * @param directory the target directory of the interrupted write (not its temporary sibling)
   * @throws UncheckedIOException when a restore or removal fails
   */
  public static void recover(Path directory) {
    Path target = directory.toAbsolutePath();
    try {
      Path parent = parentOf(target);
      Path backup = backupOf(parent, target);
      if (Files.exists(backup, LinkOption.NOFOLLOW_LINKS)) {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
          deleteTree(backup);
        } else {
          move(backup, target);
          forceDirectory(parent);
        }
      }
      List<Path> stale = new ArrayList<>();
      try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent, tmpPrefix(target) + "*")) {
        for (Path p : siblings) {
          if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            stale.add(p);
          }
        }
      }
      for (Path p : stale) {
        deleteTree(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot recover " + target + ": " + e.getMessage(), e);
    }
  }

  private static String tmpPrefix(Path target) {
    return "." + target.getFileName() + ".tmp-";
  }

  private static Path backupOf(Path parent, Path target) {
    return parent.resolve("." + target.getFileName() + ".old");
  }

  /** The folder {@code target}'s temporary sibling goes in; a root has none (this was a NullPointerException). */
  private static Path parentOf(Path target) throws IOException {
    Path parent = target.getParent();
    if (parent == null) {
      throw new FileSystemException(target.toString(), null, "a file system root cannot be written or replaced");
    }
    return parent;
  }

  /** An atomic rename; a plain one only where the file system cannot do atomic moves at all. */
  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      // Same directory, so this is still a rename on every common file system, not a copy.
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void forceTree(Path root) throws IOException {
    List<Path> all;
    try (Stream<Path> s = Files.walk(root)) {
      all = s.toList();
    }
    for (Path p : all) {
      if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE)) {
          ch.force(true);
        }
      }
    }
    for (int i = all.size() - 1; i >= 0; i--) {
      if (Files.isDirectory(all.get(i), LinkOption.NOFOLLOW_LINKS)) {
        forceDirectory(all.get(i));
      }
    }
  }

  /** Makes a rename or creation in {@code dir} durable; some platforms cannot open a directory. */
  private static void forceDirectory(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Windows cannot open directories; its renames are durable once they return.
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    List<Path> all;
    try (Stream<Path> s = Files.walk(root)) {
      all = s.sorted(Comparator.reverseOrder()).toList();
    }
    for (Path p : all) {
      Files.deleteIfExists(p);
    }
  }

  private static void deleteQuietly(@Nullable Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // a leftover temporary sibling is harmless
      }
    }
  }
}
