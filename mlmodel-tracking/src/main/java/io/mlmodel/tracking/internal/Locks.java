package io.mlmodel.tracking.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Mutual exclusion on one cache entry, between threads (a lock per file in this JVM, since a
 * {@link FileLock} belongs to the whole JVM) and between processes (the file lock).
 *
 * <p>The in-JVM lock of a file exists only while someone holds it or waits for it: each is counted
 * in and out under the map's own per-key atomicity, and the last one out removes it, so the map
 * stays as small as the number of entries being written at once, however many entries a long-lived
 * process fills in its life.
 */
final class Locks {
  private static final ConcurrentHashMap<Path, Counted> IN_JVM = new ConcurrentHashMap<>();

  private Locks() {}

  interface Body<T> {
    T run() throws IOException;
  }

  /** A lock and how many threads hold it or wait for it (changed only inside the map's compute). */
  private static final class Counted {
    final ReentrantLock lock = new ReentrantLock();
    int users;
  }

  static <T> T with(Path lockFile, Body<T> body) {
    Path key = lockFile.toAbsolutePath().normalize();
    ReentrantLock jvm = enter(key);
    try {
      jvm.lock();
      try {
        Files.createDirectories(lockFile.getParent());
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock ignored = ch.lock()) {
          return body.run();
        }
      } finally {
        jvm.unlock();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      leave(key);
    }
  }

  /** Runs {@code body} only if nobody holds the lock now. */
  static <T> Optional<T> ifFree(Path lockFile, Body<T> body) {
    Path key = lockFile.toAbsolutePath().normalize();
    ReentrantLock jvm = enter(key);
    try {
      if (!jvm.tryLock()) {
        return Optional.empty();
      }
      try {
        Files.createDirectories(lockFile.getParent());
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = ch.tryLock()) {
          return lock == null ? Optional.empty() : Optional.ofNullable(body.run());
        }
      } finally {
        jvm.unlock();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      leave(key);
    }
  }

  /** The lock of {@code key}, counted as used until {@link #leave}. */
  private static ReentrantLock enter(Path key) {
    Counted c = IN_JVM.compute(key, (k, old) -> {
      Counted n = old == null ? new Counted() : old;
      n.users++;
      return n;
    });
    return c.lock;
  }

  private static void leave(Path key) {
    IN_JVM.computeIfPresent(key, (k, c) -> --c.users == 0 ? null : c);
  }

  /** How many files have an in-JVM lock now (for tests). */
  static int size() {
    return IN_JVM.size();
  }
}
