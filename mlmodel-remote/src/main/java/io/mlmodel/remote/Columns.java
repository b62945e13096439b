package io.mlmodel.remote;

import io.mlmodel.data.BinaryColumn;
import io.mlmodel.data.BooleanColumn;
import io.mlmodel.data.Column;
import io.mlmodel.data.DateTimeColumn;
import io.mlmodel.data.DoubleColumn;
import io.mlmodel.data.FloatColumn;
import io.mlmodel.data.IntColumn;
import io.mlmodel.data.LongColumn;
import io.mlmodel.data.ObjectColumn;
import io.mlmodel.data.StringColumn;
import io.mlmodel.signature.DataType;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Output columns from JSON values: of a declared type, or inferred as pandas would. Internal. */
final class Columns {
  private Columns() {}

  /** The column of {@code type}, or null when a value does not fit it. */
  static @Nullable Column typed(String name, DataType type, List<@Nullable Object> values) {
    int n = values.size();
    try {
      switch (type) {
        case DOUBLE: {
          double[] d = new double[n];
          for (int i = 0; i < n; i++) {
            d[i] = values.get(i) == null ? Double.NaN : number(values.get(i));
          }
          return DoubleColumn.of(name, d);
        }
        case FLOAT: {
          float[] f = new float[n];
          for (int i = 0; i < n; i++) {
            f[i] = values.get(i) == null ? Float.NaN : (float) number(values.get(i));
          }
          return FloatColumn.of(name, f);
        }
        case LONG: {
          long[] l = new long[n];
          for (int i = 0; i < n; i++) {
            l[i] = integral(values.get(i), Long.MIN_VALUE, Long.MAX_VALUE);
          }
          return LongColumn.of(name, l);
        }
        case INTEGER: {
          int[] l = new int[n];
          for (int i = 0; i < n; i++) {
            l[i] = (int) integral(values.get(i), Integer.MIN_VALUE, Integer.MAX_VALUE);
          }
          return IntColumn.of(name, l);
        }
        case BOOLEAN:
          return BooleanColumn.ofNullable(name, values.stream().map(v -> v == null ? null : (Boolean) v)
              .toArray(Boolean[]::new));
        case STRING:
          return StringColumn.of(name, values.stream().map(v -> v == null ? null : (String) v).toArray(String[]::new));
        case BINARY:
          return BinaryColumn.of(name, values.stream().map(v -> v == null ? null : bytes(v)).toArray(byte[][]::new));
        case DATETIME:
          return DateTimeColumn.of(name, values.stream().map(Columns::dateTime).toArray(LocalDateTime[]::new));
        default:
          return null;
      }
    } catch (ClassCastException | IllegalArgumentException | java.time.DateTimeException e) {
      return null;
    }
  }

  /** What pandas makes of the values: bool, int64, float64 (nulls as NaN), strings, else objects. */
  static Column inferred(String name, List<@Nullable Object> values) {
    boolean anyValue = values.stream().anyMatch(v -> v != null);
    if (anyValue && values.stream().allMatch(v -> v == null || v instanceof Boolean)) {
      return typed(name, DataType.BOOLEAN, values);
    }
    if (anyValue && values.stream().allMatch(Columns::isIntegral)) {
      return typed(name, DataType.LONG, values);
    }
    if (anyValue && values.stream().allMatch(v -> v == null || v instanceof Number && !(v instanceof BigInteger))) {
      return typed(name, DataType.DOUBLE, values); // an integer past int64 stays exact, an object: no uint64 column
    }
    if (anyValue && values.stream().allMatch(v -> v == null || v instanceof String)) {
      return typed(name, DataType.STRING, values);
    }
    return ObjectColumn.of(name, values.toArray());
  }

  static boolean isIntegral(@Nullable Object v) {
    return v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte;
  }

  /** Whether {@code v} is an integer from 0 to 2^64 - 1 (past 2^63 Jackson reads a BigInteger). */
  static boolean isUnsigned64(@Nullable Object v) {
    return isIntegral(v) && ((Number) v).longValue() >= 0 || v instanceof BigInteger b && b.signum() >= 0 && b.bitLength() <= 64;
  }

  /** Whether {@code v} is an integer outside int64 and uint64 alike, which numpy keeps as an object. */
  static boolean pastUnsigned64(@Nullable Object v) {
    return v instanceof BigInteger b && b.bitLength() > 64;
  }

  /** A uint64 value as its long bits (as a uint64 tensor holds it), else an IllegalArgumentException. */
  static long unsigned64(@Nullable Object v) {
    if (!isUnsigned64(v)) {
      throw new IllegalArgumentException("not a uint64: " + v);
    }
    return ((Number) v).longValue();
  }

  static double number(@Nullable Object v) {
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    throw new IllegalArgumentException("not a number: " + v);
  }

  static long integral(@Nullable Object v, long min, long max) {
    if (!isIntegral(v)) {
      throw new IllegalArgumentException("not an integer: " + v);
    }
    long l = ((Number) v).longValue();
    if (l < min || l > max) {
      throw new IllegalArgumentException("out of range: " + v);
    }
    return l;
  }

  /** base64 as MLflow's NumpyEncoder writes bytes ({@code base64.encodebytes}: with line breaks). */
  static byte[] bytes(Object v) {
    return Base64.getMimeDecoder().decode((String) v);
  }

  static @Nullable LocalDateTime dateTime(@Nullable Object v) {
    if (v == null || "NaT".equals(v)) {
      return null;
    }
    return LocalDateTime.parse(((String) v).replace(' ', 'T'));
  }
}
