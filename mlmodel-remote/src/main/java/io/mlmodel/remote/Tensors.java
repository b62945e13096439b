package io.mlmodel.remote;

import io.mlmodel.data.DateTimeColumn;
import io.mlmodel.data.Tensor;
import io.mlmodel.signature.NumpyDtype;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Output tensors from nested JSON lists: of a declared dtype, or inferred as numpy would. Internal. */
final class Tensors {
  private Tensors() {}

  /**
   * Flattens rectangular nested lists into {@code flat} and their dimensions into {@code shape};
   * false when they are ragged. The rank is the nesting depth along the first elements.
   */
  static boolean flatten(List<?> nested, List<Long> shape, List<@Nullable Object> flat) {
    Object cur = nested;
    while (cur instanceof List<?> l) {
      shape.add((long) l.size());
      cur = l.isEmpty() ? null : l.get(0);
    }
    return walk(nested, 0, shape, flat);
  }

  private static boolean walk(List<?> l, int depth, List<Long> shape, List<@Nullable Object> flat) {
    if (l.size() != shape.get(depth)) {
      return false;
    }
    boolean leaves = depth == shape.size() - 1;
    for (Object x : l) {
      if (leaves == x instanceof List) {
        return false;
      }
      if (leaves) {
        flat.add(x);
      } else if (!walk((List<?>) x, depth + 1, shape, flat)) {
        return false;
      }
    }
    return true;
  }

  /** The tensor of {@code dtype}, or null when a value does not fit it. */
  static @Nullable Tensor typed(NumpyDtype dtype, List<@Nullable Object> flat, long[] shape) {
    int n = flat.size();
    try {
      Object data;
      switch (dtype.kind()) {
        case 'f': {
          if (dtype == NumpyDtype.FLOAT64) {
            double[] d = new double[n];
            for (int i = 0; i < n; i++) {
              d[i] = Columns.number(flat.get(i));
            }
            data = d;
          } else if (dtype == NumpyDtype.FLOAT32 || dtype == NumpyDtype.FLOAT16) {
            float[] f = new float[n];
            for (int i = 0; i < n; i++) {
              f[i] = (float) Columns.number(flat.get(i));
            }
            data = f;
          } else {
            return null;
          }
          break;
        }
        case 'i':
        case 'u':
          data = integers(dtype, flat);
          break;
        case 'b': {
          boolean[] b = new boolean[n];
          for (int i = 0; i < n; i++) {
            b[i] = (Boolean) flat.get(i);
          }
          data = b;
          break;
        }
        case 'U':
          data = flat.stream().map(v -> (String) java.util.Objects.requireNonNull(v)).toArray(String[]::new);
          break;
        case 'S':
          data = flat.stream().map(v -> Columns.bytes(java.util.Objects.requireNonNull(v))).toArray(byte[][]::new);
          break;
        case 'O':
          data = flat.toArray();
          break;
        case 'M': {
          if (dtype != NumpyDtype.DATETIME64_NS) {
            return null;
          }
          long[] t = new long[n];
          for (int i = 0; i < n; i++) {
            var dt = Columns.dateTime(flat.get(i));
            t[i] = dt == null ? DateTimeColumn.NAT : DateTimeColumn.toNanos(dt);
          }
          data = t;
          break;
        }
        default:
          return null;
      }
      return Tensor.wrap(dtype, data, shape);
    } catch (ClassCastException | IllegalArgumentException | NullPointerException | java.time.DateTimeException e) {
      return null;
    }
  }

  private static Object integers(NumpyDtype dtype, List<@Nullable Object> flat) {
    int bits = dtype.bytesPerElement() * 8;
    boolean unsigned = dtype.kind() == 'u';
    long min = unsigned ? 0 : bits == 64 ? Long.MIN_VALUE : -(1L << (bits - 1));
    long max = bits == 64 ? Long.MAX_VALUE : unsigned ? (1L << bits) - 1 : (1L << (bits - 1)) - 1;
    int n = flat.size();
    long[] l = new long[n];
    for (int i = 0; i < n; i++) {
      l[i] = bits == 64 && unsigned ? Columns.unsigned64(flat.get(i)) : Columns.integral(flat.get(i), min, max);
    }
    switch (bits) {
      case 8: {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
          b[i] = (byte) l[i];
        }
        return b;
      }
      case 16: {
        short[] s = new short[n];
        for (int i = 0; i < n; i++) {
          s[i] = (short) l[i];
        }
        return s;
      }
      case 32: {
        int[] s = new int[n];
        for (int i = 0; i < n; i++) {
          s[i] = (int) l[i];
        }
        return s;
      }
      default:
        return l;
    }
  }

  /**
   * What {@code np.array(values)} makes: bool, int64, uint64, float64, str, else object (an
   * integer past uint64's range is one).
   */
  static Tensor inferred(List<@Nullable Object> flat, long[] shape) {
    if (flat.isEmpty()) {
      return Tensor.wrap(NumpyDtype.FLOAT64, new double[0], shape);
    }
    NumpyDtype d = flat.stream().allMatch(Boolean.class::isInstance) ? NumpyDtype.BOOL
        : flat.stream().allMatch(Columns::isIntegral) ? NumpyDtype.INT64
        : flat.stream().allMatch(Columns::isUnsigned64) ? NumpyDtype.UINT64 // integers past int64, none negative
        : flat.stream().allMatch(v -> v instanceof Number && !Columns.pastUnsigned64(v)) ? NumpyDtype.FLOAT64
        : flat.stream().allMatch(String.class::isInstance) ? NumpyDtype.STR
        : NumpyDtype.OBJECT;
    Tensor t = typed(d, flat, shape);
    return t != null ? t : Tensor.wrap(NumpyDtype.OBJECT, flat.toArray(), shape);
  }
}
