package io.mlmodel.onnx;

import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.TensorMap;
import io.mlmodel.data.internal.DataAccess;
import io.mlmodel.signature.NumpyDtype;
import java.nio.Buffer;
import java.util.Arrays;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One thread's native tensors for one input shape of a single-input graph, kept from call to call:
 * the input tensor over direct memory of its own, into which each call copies its elements, and,
 * once a call has shown them, the output tensors, pinned so that ONNX Runtime writes the answer
 * into memory that is also kept ({@link PinnedOutputs}). A call then creates and releases no
 * native tensor and no Java wrapper through JNI. Used only by its thread, under the session's
 * read lock; closed by {@link Bindings}.
 */
final class Binding {
  /** Calls so far: the outputs are learnt from the first. */
  private enum Outputs { UNKNOWN, PINNED, NEVER }

  final OrtTensors.Input input;
  private final Bindings owner;
  private final NumpyDtype dtype;
  private final long[] shape;
  private final Buffer memory;
  private final OnnxTensor tensor;
  private final Map<String, OnnxTensor> feed;
  private Outputs state = Outputs.UNKNOWN;
  private @Nullable PinnedOutputs pinned;

  private Binding(Bindings owner, OrtTensors.Input input, NumpyDtype dtype, long[] shape, Buffer memory,
      OnnxTensor tensor) {
    this.owner = owner;
    this.input = input;
    this.dtype = dtype;
    this.shape = shape;
    this.memory = memory;
    this.tensor = tensor;
    this.feed = Map.of(input.name(), tensor);
  }

  /** A binding for tensors of {@code t}'s dtype and shape, which must have passed {@link OrtTensors#check}. */
  static Binding of(Bindings owner, OrtEnvironment env, OrtTensors.Input input, Tensor t) throws OrtException {
    long[] shape = t.shape();
    OnnxJavaType type = input.info().type;
    Buffer memory = TensorMemory.allocate(type, t.size());
    return new Binding(owner, input, t.dtype(), shape, memory, TensorMemory.create(env, memory, shape, type));
  }

  /** Whether {@code t} has the dtype and shape this binding was made for. */
  boolean fits(OrtTensors.Input in, Tensor t) {
    return in == input && t.dtype() == dtype && Arrays.equals(DataAccess.dims(t), shape);
  }

  /**
   * Runs the graph on {@code t}; every output by name. The first call runs as usual and learns the
   * outputs; later ones write into the pinned outputs. When a pinned run fails (an output whose shape
   * depends on the values, not only on the input's shape), this binding stops pinning and the call
   * runs as usual, which gives the answer or the run's own error; and no binding of the session
   * pins from then on ({@link Bindings#pinning()}), as the model's output shapes are not a function
   * of its input shapes.
   */
  TensorMap run(OrtEnvironment env, OrtSession session, Tensor t) throws OrtException {
    TensorMemory.fill(input.info().type, t, memory);
    PinnedOutputs out = pinned;
    if (out != null) {
      try {
        session.run(feed, out.values()).close();
        return out.read();
      } catch (OrtException e) {
        unpin();
        state = Outputs.NEVER;
        owner.stopPinning();
      }
    }
    try (OrtSession.Result result = session.run(feed)) {
      if (state == Outputs.UNKNOWN) {
        pinned = owner.pinning() ? PinnedOutputs.of(env, result) : null;
        state = pinned == null ? Outputs.NEVER : Outputs.PINNED;
      }
      return OrtOutputs.all(result);
    }
  }

  private void unpin() {
    PinnedOutputs out = pinned;
    pinned = null;
    if (out != null) {
      out.close();
    }
  }

  /** Whether the next call writes into pinned outputs. */
  boolean pinned() {
    return pinned != null;
  }

  /** Whether {@link #close()} has released the input tensor. */
  boolean closed() {
    return tensor.isClosed();
  }

  /** Releases the native tensors. */
  void close() {
    unpin();
    tensor.close();
  }
}
