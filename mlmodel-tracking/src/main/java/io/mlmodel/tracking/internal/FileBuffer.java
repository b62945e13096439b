package io.mlmodel.tracking.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * A body's bytes on their way to a file: MLflow's proxy streams a file as many small chunks
 * (~256 bytes), which are gathered here into writes of up to 1 MiB. Used by one thread at a time.
 */
final class FileBuffer {
  private final FileChannel file;
  private final ByteBuffer pending;

  FileBuffer(FileChannel file, int capacity) {
    this.file = file;
    this.pending = ByteBuffer.allocate(capacity);
  }

  /** Takes all of {@code b}, writing to the file each time the buffer fills. */
  void put(ByteBuffer b) throws IOException {
    while (b.hasRemaining()) {
      if (!pending.hasRemaining()) {
        flush();
      }
      int n = Math.min(b.remaining(), pending.remaining());
      ByteBuffer slice = b.slice();
      slice.limit(n);
      pending.put(slice);
      b.position(b.position() + n);
    }
  }

  /** Writes what is gathered. */
  void flush() throws IOException {
    pending.flip();
    while (pending.hasRemaining()) {
      file.write(pending);
    }
    pending.clear();
  }
}
