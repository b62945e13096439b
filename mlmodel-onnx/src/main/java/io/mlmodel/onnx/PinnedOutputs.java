package io.mlmodel.onnx;

import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.TensorMap;
import io.mlmodel.data.internal.DataAccess;
import io.mlmodel.signature.NumpyDtype;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.ShortBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Output tensors over direct memory of their own, of the shapes and types one run produced, handed
 * to {@code OrtSession.run(inputs, pinnedOutputs)} so that ONNX Runtime writes the next answers
 * into them (it checks each output's shape and type, and fails the run when they differ). Reading
 * copies each into a new {@link Tensor}, as {@link OrtOutputs} copies a run's own outputs.
 */
final class PinnedOutputs {
  /** One output: its dtype as a {@link Tensor} has it, its shape, and its memory. */
  private record Output(NumpyDtype dtype, OnnxJavaType type, long[] shape, Buffer memory) {}

  private final Map<String, OnnxTensor> values;
  private final Map<String, Output> outputs;

  private PinnedOutputs(Map<String, OnnxTensor> values, Map<String, Output> outputs) {
    this.values = values;
    this.outputs = outputs;
  }

  /**
   * Pinned outputs like those of {@code result}, or null when one of them cannot be pinned: not a
   * tensor, empty, of a type read with a conversion (float16, bfloat16) or of strings, or all of
   * them together larger than {@link Bindings#MAX_BYTES}.
   */
  static @Nullable PinnedOutputs of(OrtEnvironment env, OrtSession.Result result) throws OrtException {
    Map<String, Output> outputs = new LinkedHashMap<>();
    long bytes = 0;
    for (Map.Entry<String, OnnxValue> e : result) {
      if (!(e.getValue() instanceof OnnxTensor t)) {
        return null;
      }
      OnnxJavaType type = t.getInfo().type;
      NumpyDtype dtype = dtype(type);
      long n = t.getInfo().getNumElements();
      bytes += n * type.size;
      if (dtype == null || n == 0 || bytes > Bindings.MAX_BYTES) {
        return null;
      }
      outputs.put(e.getKey(), new Output(dtype, type, t.getInfo().getShape(), TensorMemory.allocate(type, (int) n)));
    }
    Map<String, OnnxTensor> values = new LinkedHashMap<>();
    try {
      for (Map.Entry<String, Output> e : outputs.entrySet()) {
        Output o = e.getValue();
        values.put(e.getKey(), TensorMemory.create(env, o.memory(), o.shape(), o.type()));
      }
    } catch (OrtException | RuntimeException e) {
      values.values().forEach(OnnxTensor::close);
      throw e;
    }
    return new PinnedOutputs(values, outputs);
  }

  private static @Nullable NumpyDtype dtype(OnnxJavaType type) {
    return switch (type) {
      case FLOAT -> NumpyDtype.FLOAT32;
      case DOUBLE -> NumpyDtype.FLOAT64;
      case INT64 -> NumpyDtype.INT64;
      case INT32 -> NumpyDtype.INT32;
      case INT16 -> NumpyDtype.INT16;
      case INT8 -> NumpyDtype.INT8;
      case UINT8 -> NumpyDtype.UINT8;
      case BOOL -> NumpyDtype.BOOL;
      default -> null;
    };
  }

  /** The tensors to pin, by output name, in the graph's output order. */
  Map<String, OnnxTensor> values() {
    return values;
  }

  /** Copies of the last run's answers, by output name, in the graph's output order. */
  TensorMap read() {
    if (outputs.size() == 1) {
      Map.Entry<String, Output> only = outputs.entrySet().iterator().next();
      return TensorMap.of(only.getKey(), copy(only.getValue()));
    }
    Map<String, Tensor> out = new LinkedHashMap<>(2 * outputs.size());
    outputs.forEach((name, o) -> out.put(name, copy(o)));
    return TensorMap.of(out);
  }

  private static Tensor copy(Output o) {
    Buffer b = o.memory();
    int n = b.capacity();
    // the absolute bulk gets copy from index 0 and leave the buffers' positions alone
    Object data;
    switch (o.type()) {
      case FLOAT -> ((FloatBuffer) b).get(0, (float[]) (data = new float[n]));
      case DOUBLE -> ((DoubleBuffer) b).get(0, (double[]) (data = new double[n]));
      case INT64 -> ((LongBuffer) b).get(0, (long[]) (data = new long[n]));
      case INT32 -> ((IntBuffer) b).get(0, (int[]) (data = new int[n]));
      case INT16 -> ((ShortBuffer) b).get(0, (short[]) (data = new short[n]));
      case BOOL -> data = booleans((ByteBuffer) b, n);
      default -> ((ByteBuffer) b).get(0, (byte[]) (data = new byte[n]));
    }
    return DataAccess.tensor(o.dtype(), o.shape(), data);
  }

  private static boolean[] booleans(ByteBuffer b, int n) {
    boolean[] a = new boolean[n];
    for (int i = 0; i < n; i++) {
      a[i] = b.get(i) != 0;
    }
    return a;
  }

  /** Releases the native tensors. */
  void close() {
    values.values().forEach(OnnxTensor::close);
  }
}
