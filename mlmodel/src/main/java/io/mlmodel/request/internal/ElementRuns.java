package io.mlmodel.request.internal;

import io.mlmodel.enforce.internal.PyFloat;
import tools.jackson.core.io.NumberOutput;

/**
 * The innermost axis of a tensor for {@link MlflowTensorJson}: a run of storage elements with
 * Python's {@code ", "} between them, each as {@link ValueWriter} in MLflow style writes the box
 * {@code Tensor.getObject} gives. Stateless. Internal.
 */
final class ElementRuns {
  /** Room for one element and the separator before it. */
  static final int ELEMENT = PyFloat.MAX_CHARS + 4;

  private ElementRuns() {}

  /** Elements {@code from} to {@code to} of the storage, with Python's {@code ", "} between them. */
  static void run(Object data, boolean unsigned, int from, int to, AsciiOut o) {
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
  static void start(AsciiOut o, boolean separator) {
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
}
