package io.mlmodel.predict.onnx;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Per-thread direct memory that input tensors are copied into, so that ONNX Runtime reads them in
 * place instead of allocating a direct buffer of its own on every call. A slice handed out is valid
 * until the same thread's next {@link #reset()}, that is, until its next prediction starts; the
 * predictor closes the tensors over it before that.
 */
final class Scratch {
  /** Inputs larger than this get their own buffer, so that an idle thread holds at most this much. */
  static final int MAX_CACHED = 16 << 20;
  private static final ThreadLocal<Scratch> LOCAL = ThreadLocal.withInitial(Scratch::new);

  private ByteBuffer buffer = ByteBuffer.allocateDirect(4096);
  private int used;

  private Scratch() {}

  /** This thread's scratch, emptied. */
  static Scratch reset() {
    Scratch s = LOCAL.get();
    s.used = 0;
    return s;
  }

  /** A zeroed-position direct buffer of {@code bytes} bytes in native byte order. */
  ByteBuffer take(int bytes) {
    if (bytes > MAX_CACHED) {
      return ByteBuffer.allocateDirect(bytes).order(ByteOrder.nativeOrder());
    }
    int start = align(used);
    if (start + bytes > buffer.capacity()) {
      // Slices already handed out keep the old buffer alive; this one is used from now on.
      buffer = ByteBuffer.allocateDirect(Math.min(Math.max(2 * buffer.capacity(), bytes), MAX_CACHED * 2));
      start = 0;
    }
    used = start + bytes;
    return buffer.slice(start, bytes).order(ByteOrder.nativeOrder());
  }

  private static int align(int n) {
    return (n + 63) & ~63;
  }
}
