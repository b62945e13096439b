package io.mlmodel.request.internal;

import io.mlmodel.data.PredictOutput;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.TensorMap;
import io.mlmodel.data.internal.DataAccess;
import io.mlmodel.enforce.internal.PyFloat;
import java.io.OutputStream;
import java.util.Map;
import tools.jackson.core.io.NumberOutput;

/**
 * MLflow's answer for a numeric {@link Tensor} or a {@link TensorMap} of them (what the ONNX,
 * XGBoost and LightGBM runtimes return), written straight into bytes: the same text as {@link
 * PythonJson}'s generator with {@link ValueWriter} in MLflow style ({@code {"predictions": {"y":
 * [[1.125, -1.4375], ...]}}}, floats as {@link PyFloat}), without a generator call and its checks
 * for every number, which on a large batch were a third of the answer's time. Tensors of other
 * storage, and names that would need an escape, are left to the generator ({@link #handles}).
 * Stateless. Internal.
 */
public final class MlflowTensorJson {
  private static final int ELEMENT = PyFloat.MAX_CHARS + 4;

  private MlflowTensorJson() {}

  /**
   * Whether {@link #write} takes {@code output}.
   *
   * @param output a model's output
   * @return true for a tensor of numbers or booleans, or a map of them under names of printable
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
    AsciiOut o = new AsciiOut(out);
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

  static boolean direct(Tensor t) {
    Object data = DataAccess.storage(t);
    return data instanceof double[] || data instanceof float[] || data instanceof int[] || data instanceof short[]
        || data instanceof byte[] || data instanceof boolean[] || (data instanceof long[] && t.dtype().kind() != 'M');
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
      run(data, unsigned, 0, 1, o);
    } else {
      nest(data, unsigned, dims, 0, 0, o);
    }
  }

  private static void nest(Object data, boolean unsigned, long[] dims, int axis, int offset, AsciiOut o) {
    int n = (int) dims[axis];
    o.put((byte) '[');
    if (axis == dims.length - 1) {
      run(data, unsigned, offset, offset + n, o);
    } else {
      int stride = 1;
      for (int a = axis + 1; a < dims.length; a++) {
        stride *= (int) dims[a];
      }
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          separator(o);
        }
        nest(data, unsigned, dims, axis + 1, offset + i * stride, o);
      }
    }
    o.put((byte) ']');
  }

  /** Elements {@code from} to {@code to} of the storage, with Python's {@code ", "} between them. */
  private static void run(Object data, boolean unsigned, int from, int to, AsciiOut o) {
    // the float loops on their own: they are nearly every large answer, and the check of the
    // storage's class is then made once, not per element
    if (data instanceof float[] a) {
      for (int i = from; i < to; i++) {
        start(o, i > from);
        o.pos = PyFloat.write(a[i], o.buf, o.pos);
      }
    } else if (data instanceof double[] a) {
      for (int i = from; i < to; i++) {
        start(o, i > from);
        o.pos = PyFloat.write(a[i], o.buf, o.pos);
      }
    } else {
      for (int i = from; i < to; i++) {
        start(o, i > from);
        o.pos = element(data, unsigned, i, o.buf, o.pos);
      }
    }
  }

  /** Room for one element, after Python's separator when it is not the first. */
  private static void start(AsciiOut o, boolean separator) {
    o.room(ELEMENT);
    if (separator) {
      o.buf[o.pos++] = ',';
      o.buf[o.pos++] = ' ';
    }
  }

  /** One integer or boolean element, as {@code ValueWriter} writes the box {@code Tensor.getObject} gives. */
  private static int element(Object data, boolean unsigned, int i, byte[] b, int p) {
    if (data instanceof long[] a) {
      long v = a[i];
      return unsigned && v < 0 ? ascii(Long.toUnsignedString(v), b, p) : NumberOutput.outputLong(v, b, p);
    } else if (data instanceof int[] a) {
      return NumberOutput.outputLong(unsigned ? Integer.toUnsignedLong(a[i]) : a[i], b, p);
    } else if (data instanceof short[] a) {
      return NumberOutput.outputInt(unsigned ? Short.toUnsignedInt(a[i]) : a[i], b, p);
    } else if (data instanceof byte[] a) {
      return NumberOutput.outputInt(unsigned ? Byte.toUnsignedInt(a[i]) : a[i], b, p);
    }
    return ascii(((boolean[]) data)[i] ? "true" : "false", b, p);
  }

  private static int ascii(String s, byte[] b, int p) {
    for (int k = 0; k < s.length(); k++) {
      b[p++] = (byte) s.charAt(k);
    }
    return p;
  }

  private static void separator(AsciiOut o) {
    start(o, true);
  }
}
