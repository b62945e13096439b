package io.mlmodel.onnx;

import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import io.mlmodel.data.Tensor;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.jspecify.annotations.Nullable;

/**
 * A session's {@link Binding}s, a few per thread: each thread keeps those of the last {@value
 * #PER_THREAD} input shapes it ran, so that a server answering requests of one row runs each with
 * tensors made once. Only small numeric inputs and outputs (up to {@value #MAX_BYTES} bytes each)
 * are kept: for larger ones the tensors' creation is a small part of the run, and the memory kept
 * per thread stays bounded. Once one pinned run has failed, no binding of the session pins its
 * outputs any more. The bindings of threads that have ended are released when another thread
 * first runs; {@link #close()} releases all.
 *
 * <p>Thread-safe under the session's lock: {@link #find} under its read lock (each thread touches
 * only its own bindings), {@link #close()} under its write lock.
 */
final class Bindings {
  /** The largest input, and the largest set of outputs, whose tensors are kept. */
  static final int MAX_BYTES = 64 * 1024;
  /** How many input shapes each thread keeps tensors for. */
  static final int PER_THREAD = 4;

  /** One thread's bindings, most recently made last. */
  private static final class Local {
    final Thread owner = Thread.currentThread();
    final Binding[] slots = new Binding[PER_THREAD];
    int next;
  }

  private final OrtEnvironment env;
  private final ThreadLocal<Local> local = new ThreadLocal<>();
  private final ConcurrentLinkedQueue<Local> all = new ConcurrentLinkedQueue<>();
  private volatile boolean pinning;

  /**
   * @param pinning whether outputs may be pinned at all: not when a graph output is also one of its
   *     inputs, which ONNX Runtime may hand back as the fed value rather than write into a pinned one
   */
  Bindings(OrtEnvironment env, boolean pinning) {
    this.env = env;
    this.pinning = pinning;
  }

  /** Whether bindings pin their outputs: until a pinned run of this session has failed. */
  boolean pinning() {
    return pinning;
  }

  /** A pinned run failed: its outputs' shapes depend on more than the input's shape. */
  void stopPinning() {
    pinning = false;
  }

  /**
   * This thread's binding for {@code t} fed to {@code input}, made if need be; null when {@code t}
   * is not one whose tensors are kept (then the caller runs without a binding). {@code t} must have
   * passed {@link OrtTensors#check} for {@code input}.
   */
  @Nullable Binding find(OrtTensors.Input input, Tensor t) throws OrtException {
    Local l = local.get();
    if (l != null) {
      for (Binding b : l.slots) {
        if (b != null && b.fits(input, t)) {
          return b;
        }
      }
    }
    OnnxJavaType type = input.info().type;
    long bytes = (long) t.size() * type.size;
    if (type == OnnxJavaType.STRING || bytes == 0 || bytes > MAX_BYTES) {
      return null;
    }
    if (l == null) {
      releaseEnded();
      l = new Local();
      local.set(l);
      all.add(l);
    }
    Binding b = Binding.of(this, env, input, t);
    Binding old = l.slots[l.next];
    l.slots[l.next] = b;
    l.next = (l.next + 1) % PER_THREAD;
    if (old != null) {
      old.close();
    }
    return b;
  }

  /** Releases the bindings of threads that have ended: no call can be using them. */
  private void releaseEnded() {
    for (Local l : all) {
      // of two threads that find the same ended one, only the one that removes it releases it
      if (!l.owner.isAlive() && all.remove(l)) {
        release(l);
      }
    }
  }

  /** How many threads hold bindings (for tests). */
  int threads() {
    return all.size();
  }

  /** Releases every binding; the session is closing, and no call is running. */
  void close() {
    Local l;
    while ((l = all.poll()) != null) {
      release(l);
    }
  }

  private static void release(Local l) {
    for (int i = 0; i < l.slots.length; i++) {
      if (l.slots[i] != null) {
        l.slots[i].close();
        l.slots[i] = null;
      }
    }
  }
}
