package io.mlmodel.spark.internal.convert;

import io.mlmodel.signature.NumpyDtype;
import java.util.List;

/**
 * The elements of a tensor input, read from the rows in C order as plain values, cast to the
 * tensor's dtype as numpy's {@code astype} would (numbers narrowed, anything to {@code str}), into
 * the primitive array the core's {@code Tensor} wraps. An element that does not convert is a
 * {@code schema-mismatch} of the input.
 */
final class TensorCast {
  private TensorCast() {}

  /** The storage array of {@code dtype} holding {@code flat}. */
  static Object storage(NumpyDtype dtype, List<Object> flat, InputField f) {
    int n = flat.size();
    try {
      switch (dtype) {
        case BOOL -> {
          boolean[] a = new boolean[n];
          for (int i = 0; i < n; i++) {
            a[i] = (Boolean) flat.get(i);
          }
          return a;
        }
        case INT8, UINT8 -> {
          byte[] a = new byte[n];
          for (int i = 0; i < n; i++) {
            a[i] = ((Number) flat.get(i)).byteValue();
          }
          return a;
        }
        case INT16, UINT16 -> {
          short[] a = new short[n];
          for (int i = 0; i < n; i++) {
            a[i] = ((Number) flat.get(i)).shortValue();
          }
          return a;
        }
        case INT32, UINT32 -> {
          int[] a = new int[n];
          for (int i = 0; i < n; i++) {
            a[i] = ((Number) flat.get(i)).intValue();
          }
          return a;
        }
        case INT64, UINT64 -> {
          long[] a = new long[n];
          for (int i = 0; i < n; i++) {
            a[i] = ((Number) flat.get(i)).longValue();
          }
          return a;
        }
        case FLOAT16, FLOAT32 -> {
          float[] a = new float[n];
          for (int i = 0; i < n; i++) {
            a[i] = ((Number) flat.get(i)).floatValue();
          }
          return a;
        }
        case FLOAT64 -> {
          double[] a = new double[n];
          for (int i = 0; i < n; i++) {
            a[i] = ((Number) flat.get(i)).doubleValue();
          }
          return a;
        }
        case STR -> {
          String[] a = new String[n];
          for (int i = 0; i < n; i++) {
            a[i] = String.valueOf(flat.get(i));
          }
          return a;
        }
        case BYTES -> {
          byte[][] a = new byte[n][];
          for (int i = 0; i < n; i++) {
            a[i] = (byte[]) flat.get(i);
          }
          return a;
        }
        case OBJECT -> {
          return flat.toArray();
        }
        default -> throw TensorBuilder.bad(f, "tensor input '" + f.name() + "' has dtype " + dtype.numpyName()
            + ", which a Spark column cannot feed");
      }
    } catch (ClassCastException | NullPointerException e) {
      throw TensorBuilder.bad(f, "an element of the row cannot be converted to " + dtype.numpyName()
          + " for tensor input '" + f.name() + "'");
    }
  }
}
