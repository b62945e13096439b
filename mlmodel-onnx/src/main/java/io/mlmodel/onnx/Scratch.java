package io.mlmodel.onnx;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import org.jspecify.annotations.Nullable;

/**
 * Per-thread direct memory that input tensors are copied into, so that ONNX Runtime reads them in
 * place instead of allocating a direct buffer of its own on every call. A buffer handed out is
 * valid until the same thread's next {@link #reset()}, that is, until its next prediction starts;
 * the predictor closes the tensors over it before that.
 *
 * <p>The first input of a prediction (for most models the only one) gets a view of the whole
 * memory kept from call to call, positioned over its elements; later inputs get slices. On a small
 * model the buffer objects of a fresh slice are a visible part of the predictor's own cost.
 */
final class Scratch {
  /** Inputs larger than this get their own buffer, so that an idle thread holds at most twice this much. */
  static final int MAX_CACHED = 16 << 20;
  private static final ThreadLocal<Scratch> LOCAL = ThreadLocal.withInitial(Scratch::new);

  private ByteBuffer buffer = allocate(4096);
  private int used;
  private @Nullable FloatBuffer floats;
  private @Nullable DoubleBuffer doubles;
  private @Nullable LongBuffer longs;
  private @Nullable IntBuffer ints;

  private Scratch() {}

  /** This thread's scratch, emptied. */
  static Scratch reset() {
    Scratch s = LOCAL.get();
    s.used = 0;
    return s;
  }

  FloatBuffer floats(int n) {
    if (!first(4L * n)) {
      return take(4 * n).asFloatBuffer();
    }
    FloatBuffer v = floats == null ? floats = buffer.asFloatBuffer() : floats;
    return v.clear().limit(n);
  }

  DoubleBuffer doubles(int n) {
    if (!first(8L * n)) {
      return take(8 * n).asDoubleBuffer();
    }
    DoubleBuffer v = doubles == null ? doubles = buffer.asDoubleBuffer() : doubles;
    return v.clear().limit(n);
  }

  LongBuffer longs(int n) {
    if (!first(8L * n)) {
      return take(8 * n).asLongBuffer();
    }
    LongBuffer v = longs == null ? longs = buffer.asLongBuffer() : longs;
    return v.clear().limit(n);
  }

  IntBuffer ints(int n) {
    if (!first(4L * n)) {
      return take(4 * n).asIntBuffer();
    }
    IntBuffer v = ints == null ? ints = buffer.asIntBuffer() : ints;
    return v.clear().limit(n);
  }

  /** Whether a request of {@code bytes} is the first of this prediction and fits the kept memory. */
  private boolean first(long bytes) {
    if (used != 0 || bytes > buffer.capacity()) {
      return false;
    }
    used = Math.max((int) bytes, 1); // an empty first input must not hand its view to the next one
    return true;
  }

  /** A zeroed-position direct buffer of {@code bytes} bytes in native byte order. */
  ByteBuffer take(int bytes) {
    if (bytes > MAX_CACHED) {
      return ByteBuffer.allocateDirect(bytes).order(ByteOrder.nativeOrder());
    }
    int start = align(used);
    if (start + bytes > buffer.capacity()) {
      // Buffers already handed out keep the old memory alive; this one is used from now on.
      buffer = allocate(Math.min(Math.max(2 * buffer.capacity(), bytes), MAX_CACHED * 2));
      floats = null;
      doubles = null;
      longs = null;
      ints = null;
      start = 0;
    }
    used = start + bytes;
    return buffer.slice(start, bytes).order(ByteOrder.nativeOrder());
  }

  private static ByteBuffer allocate(int bytes) {
    return ByteBuffer.allocateDirect(bytes).order(ByteOrder.nativeOrder());
  }

  private static int align(int n) {
    return (n + 63) & ~63;
  }
}
