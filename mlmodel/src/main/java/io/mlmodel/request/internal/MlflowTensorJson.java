package io.mlmodel.request.internal;

import io.mlmodel.data.PredictOutput;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.TensorMap;
import io.mlmodel.data.internal.DataAccess;
import io.mlmodel.enforce.internal.PyFloat;
import java.io.OutputStream;
import java.util.Map;

/**
 * MLflow's answer for a numeric {@link Tensor} or a {@link TensorMap} of them (what the ONNX,
 * XGBoost and LightGBM runtimes return), written straight into bytes: the same text as {@link
 * PythonJson}'s generator with {@link ValueWriter} in MLflow style ({@code {"predictions": {"y":
 * [[1.125, -1.4375], ...]}}}, floats as {@link PyFloat}), without a generator call and its checks
 * for every number, which on a large batch were a third of the answer's time. Tensors of other
 * storage, timedelta64 (whose NaT is null), and names that would need an escape, are left to the
 * generator ({@link #handles}).
 * Stateless. Internal.
 */
public final class MlflowTensorJson {
  private MlflowTensorJson() {}

  /**
   * Whether {@link #write} takes {@code output}.
   *
   * @param output a model's output
   * @return true for a tensor of numbers (not timedelta64) or booleans, or a map of them under names of printable
   *     ASCII without {@code "} or {@code \}
   */
  public static boolean handles(PredictOutput output) {
    if (output instanceof Tensor t) {
      return direct(t);
    } else if (output instanceof TensorMap m) {
      for (Map.Entry<String, Tensor> e : m.tensors().entrySet()) {
        if (!direct(e.getValue()) || !plainName(e.getKey())) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /**
   * Writes {@code {"predictions": ...}} for an output {@link #handles} takes; {@code out} is
   * flushed, not closed.
   *
   * @param output the model's output
   * @param out where the bytes go
   */
  public static void write(PredictOutput output, OutputStream out) {
    AsciiOut o = new AsciiOut(out, bufferSize(output));
    o.ascii("{\"predictions\": ");
    if (output instanceof Tensor t) {
      tensor(t, o);
    } else {
      o.put((byte) '{');
      boolean first = true;
      for (Map.Entry<String, Tensor> e : ((TensorMap) output).tensors().entrySet()) {
        o.ascii(first ? "\"" : ", \"");
        first = false;
        o.ascii(e.getKey());
        o.ascii("\": ");
        tensor(e.getValue(), o);
      }
      o.put((byte) '}');
    }
    o.put((byte) '}');
    o.flush();
  }

  /**
   * A buffer of the answer's largest possible size, between 256 bytes and 16 KiB: a one-row answer
   * should not allocate and clear 16 KiB for a few dozen bytes.
   */
  private static int bufferSize(PredictOutput output) {
    long bytes = 64;
    for (Map.Entry<String, Tensor> e : output instanceof TensorMap m ? m.tensors().entrySet()
        : Map.of("", (Tensor) output).entrySet()) {
      bytes += e.getKey().length() + 8 + e.getValue().size() * (long) ElementRuns.ELEMENT + 2L * e.getValue().size();
    }
    return (int) Math.max(256, Math.min(16 * 1024, bytes));
  }

  static boolean direct(Tensor t) {
    Object data = DataAccess.storage(t);
    return data instanceof double[] || data instanceof float[] || data instanceof int[] || data instanceof short[]
        || data instanceof byte[] || data instanceof boolean[]
        || (data instanceof long[] && t.dtype().kind() != 'M' && t.dtype().kind() != 'm');
  }

  private static boolean plainName(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
        return false;
      }
    }
    return true;
  }

  private static void tensor(Tensor t, AsciiOut o) {
    long[] dims = DataAccess.dims(t);
    Object data = DataAccess.storage(t);
    boolean unsigned = t.dtype().kind() == 'u';
    if (dims.length == 0) {
      ElementRuns.run(data, unsigned, 0, 1, o);
    } else {
      nest(data, unsigned, dims, 0, 0, o);
    }
  }

  private static void nest(Object data, boolean unsigned, long[] dims, int axis, int offset, AsciiOut o) {
    long n = dims[axis];
    o.put((byte) '[');
    if (axis == dims.length - 1) {
      ElementRuns.run(data, unsigned, offset, offset + (int) n, o);
    } else {
      long stride = stride(dims, axis);
      for (long i = 0; i < n; i++) {
        if (i > 0) {
          ElementRuns.start(o, true);
        }
        nest(data, unsigned, dims, axis + 1, (int) (offset + i * stride), o);
      }
    }
    o.put((byte) ']');
  }

  /**
   * The elements one step along {@code axis} spans. An outer dimension may pass {@code int}'s range
   * only when an inner one is 0 (the elements fit one array), so the loops over it are {@code long}
   * and the stride is then 0: a cast would have written {@code (2147483648, 0)} as {@code []}.
   */
  static long stride(long[] dims, int axis) {
    long stride = 1;
    for (int a = dims.length - 1; a > axis; a--) {
      stride *= dims[a];
    }
    return stride;
  }
}
