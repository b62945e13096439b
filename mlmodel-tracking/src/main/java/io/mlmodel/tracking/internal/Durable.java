package io.mlmodel.tracking.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Publishes a finished download as a cache entry so that it survives a power loss whole or not at
 * all: every file of the temporary folder, then every folder (children before parents), is synced
 * to the disk before the one rename that makes it an entry, and the folder that received it after.
 *
 * <p>Without the syncs a file system may persist the rename (metadata, often journaled first)
 * before the data blocks, so that after a power loss a valid {@code entry.json} stands over torn
 * or empty files. The three steps are methods so that a test can record their order or stop
 * between them (a crash); {@link #SYSTEM} is the real disk.
 */
class Durable {
  /** The real disk. */
  static final Durable SYSTEM = new Durable();

  /** Makes {@code tmp} the entry {@code entry}, durably (see the class comment). */
  final void publish(Path tmp, Path entry) throws IOException {
    Files.walkFileTree(tmp, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        if (attrs.isRegularFile()) {
          syncFile(file);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
        if (exc != null) {
          throw exc;
        }
        syncDirectory(dir);
        return FileVisitResult.CONTINUE;
      }
    });
    move(tmp, entry);
    syncDirectory(entry.getParent());
  }

  /** Flushes a file's data and size to the disk (fsync). */
  void syncFile(Path file) throws IOException {
    // WRITE, not READ: Windows flushes only a handle opened for writing
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ch.force(true);
    }
  }

  /** Flushes a folder's list of names to the disk, where the system allows it. */
  void syncDirectory(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException refused) {
      // Windows cannot open a folder as a channel, and some file systems (some network and FUSE
      // ones) answer fsync on a folder with an error: there the rename's durability is the file
      // system's own, and the files' syncs above still keep an entry from being torn.
    }
  }

  /** The atomic rename that publishes the entry. */
  void move(Path tmp, Path entry) throws IOException {
    Files.move(tmp, entry, StandardCopyOption.ATOMIC_MOVE);
  }
}
