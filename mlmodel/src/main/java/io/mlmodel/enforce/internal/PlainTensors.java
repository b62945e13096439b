package io.mlmodel.enforce.internal;

import io.mlmodel.data.Tensor;
import io.mlmodel.data.internal.DataAccess;
import io.mlmodel.signature.NumpyDtype;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * numpy's {@code np.array(value, dtype)} over plain values: nested lists become dimensions, the
 * leaves are converted by the dtype's {@link Sink}. A ragged nesting fails as in numpy, except for
 * dtype object, where it gives a 1-d array of the top-level elements. Internal.
 */
public final class PlainTensors {
  private PlainTensors() {}

  public static Tensor of(@Nullable Object value, NumpyDtype dtype, boolean mlflow, boolean decodeBase64) {
    List<Long> dims = new ArrayList<>();
    Object v = value;
    while (v instanceof List<?> l) {
      dims.add((long) l.size());
      if (l.isEmpty()) {
        break;
      }
      v = l.get(0);
    }
    long[] shape = dims.stream().mapToLong(Long::longValue).toArray();
    Sink sink = Sinks.forDtype(dtype, mlflow, decodeBase64);
    if (!regular(value, shape, 0)) {
      if (dtype != NumpyDtype.OBJECT || !(value instanceof List<?> top)) {
        throw new ConversionException("setting an array element with a sequence. The requested array has an"
            + " inhomogeneous shape after " + consistentDepth(value, shape) + " dimensions.");
      }
      for (Object x : top) {
        sink.addOther(x == null ? NONE : x);
      }
      return DataAccess.tensor(dtype, new long[] {top.size()}, unwrapNone(sink.storage()));
    }
    feed(value, shape.length, sink);
    return DataAccess.tensor(dtype, shape, sink.storage());
  }

  private static final Object NONE = new Object();

  private static Object unwrapNone(Object storage) {
    Object[] a = (Object[]) storage;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == NONE) {
        a[i] = null;
      }
    }
    return a;
  }

  private static boolean regular(@Nullable Object v, long[] shape, int depth) {
    if (depth == shape.length) {
      return !(v instanceof List<?>);
    }
    if (!(v instanceof List<?> l) || l.size() != shape[depth]) {
      return false;
    }
    for (Object x : l) {
      if (!regular(x, shape, depth + 1)) {
        return false;
      }
    }
    return true;
  }

  private static int consistentDepth(@Nullable Object v, long[] shape) {
    int d = 0;
    while (d < shape.length && allAt(v, shape, 0, d)) {
      d++;
    }
    return d;
  }

  private static boolean allAt(@Nullable Object v, long[] shape, int depth, int target) {
    if (!(v instanceof List<?> l) || l.size() != shape[depth]) {
      return false;
    }
    if (depth == target) {
      return true;
    }
    for (Object x : l) {
      if (!allAt(x, shape, depth + 1, target)) {
        return false;
      }
    }
    return true;
  }

  private static void feed(@Nullable Object v, int rank, Sink sink) {
    if (rank == 0) {
      sink.addValue(v);
      return;
    }
    for (Object x : (List<?>) v) {
      feed(x, rank - 1, sink);
    }
  }

  /** A shape as Python prints a tuple: {@code (2,)}, {@code (-1, 3)}, {@code ()}. */
  static String tuple(long[] shape) {
    if (shape.length == 1) {
      return "(" + shape[0] + ",)";
    }
    StringJoiner j = new StringJoiner(", ", "(", ")");
    for (long d : shape) {
      j.add(Long.toString(d));
    }
    return j.toString();
  }
}
