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
 */
final class Locks {
  private static final ConcurrentHashMap<Path, ReentrantLock> IN_JVM = new ConcurrentHashMap<>();

  private Locks() {}

  interface Body<T> {
    T run() throws IOException;
  }

  static <T> T with(Path lockFile, Body<T> body) {
    ReentrantLock jvm = IN_JVM.computeIfAbsent(lockFile.toAbsolutePath().normalize(), k -> new ReentrantLock());
    jvm.lock();
    try {
      Files.createDirectories(lockFile.getParent());
      try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock ignored = ch.lock()) {
        return body.run();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      jvm.unlock();
    }
  }

  /** Runs {@code body} only if nobody holds the lock now. */
  static <T> Optional<T> ifFree(Path lockFile, Body<T> body) {
    ReentrantLock jvm = IN_JVM.computeIfAbsent(lockFile.toAbsolutePath().normalize(), k -> new ReentrantLock());
    if (!jvm.tryLock()) {
      return Optional.empty();
    }
    try {
      Files.createDirectories(lockFile.getParent());
      try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock lock = ch.tryLock()) {
        return lock == null ? Optional.empty() : Optional.ofNullable(body.run());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      jvm.unlock();
    }
  }
}
