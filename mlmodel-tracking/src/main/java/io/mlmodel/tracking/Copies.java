package io.mlmodel.tracking;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ThreadLocalRandom;

/** A cached artifact copied out whole: into a temporary sibling, then renamed. */
final class Copies {
  private Copies() {}

  static Path into(Path cached, Path dir) {
    Path target = dir.resolve(cached.getFileName().toString());
    if (Files.exists(target)) {
      throw new ModelException("exists", Location.of(target), "already exists; remove it or choose another folder");
    }
    Path tmp = dir.resolve("." + cached.getFileName() + ".tmp-" + Long.toHexString(ThreadLocalRandom.current().nextLong()));
    try {
      Files.createDirectories(dir);
      copy(cached, tmp);
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      return target;
    } catch (IOException e) {
      delete(tmp);
      throw new UncheckedIOException(e);
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.walkFileTree(from, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a) throws IOException {
        Files.createDirectories(to.resolve(from.relativize(d).toString()));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
        Path t = from.equals(f) ? to : to.resolve(from.relativize(f).toString());
        Files.copy(f, t);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  private static void delete(Path p) {
    try {
      if (Files.isDirectory(p)) {
        try (var s = Files.walk(p)) {
          s.sorted(java.util.Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
        }
      } else {
        Files.deleteIfExists(p);
      }
    } catch (IOException ignored) {
      // best effort: the temporary name never looks like a finished download
    }
  }
}
