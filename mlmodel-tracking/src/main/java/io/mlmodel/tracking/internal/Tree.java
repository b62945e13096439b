package io.mlmodel.tracking.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/** Folder trees: delete, measure, copy. Symbolic links are never followed. */
final class Tree {
  private Tree() {}

  static void delete(Path root) {
    if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.deleteIfExists(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
          Files.deleteIfExists(dir);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (NoSuchFileException gone) {
      // deleted by someone else meanwhile
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes every child of {@code dir} whose name starts with {@code prefix}. */
  static void deleteMatching(Path dir, String prefix) throws IOException {
    List<Path> stale;
    try (Stream<Path> s = Files.list(dir)) {
      stale = s.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
    }
    stale.forEach(Tree::delete);
  }

  static long size(Path root) throws IOException {
    AtomicLong total = new AtomicLong();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        total.addAndGet(attrs.size());
        return FileVisitResult.CONTINUE;
      }
    });
    return total.get();
  }
}
