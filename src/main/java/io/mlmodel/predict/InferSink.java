package io.mlmodel.predict;

import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * A column without a declared type: keeps the values and gives them the dtype pandas would infer
 * (int64 for integers, float64 for numbers with a float or a null, bool, strings, else object).
 */
final class InferSink extends Sink {
  private final PlainSink plain = new PlainSink();
  private boolean ints;
  private boolean floats;
  private boolean nulls;
  private boolean bools;
  private boolean strings;
  private boolean others;

  @Override
  String target() {
    return "object";
  }

  @Override
  void addNull() {
    nulls = true;
    plain.addNull();
    size++;
  }

  @Override
  void addBoolean(boolean v) {
    bools = true;
    plain.addBoolean(v);
    size++;
  }

  @Override
  void addLong(long v) {
    ints = true;
    plain.addLong(v);
    size++;
  }

  @Override
  void addBig(BigInteger v) {
    others = true;
    plain.addBig(v);
    size++;
  }

  @Override
  void addDouble(double v) {
    floats = true;
    plain.addDouble(v);
    size++;
  }

  @Override
  void addString(String v) {
    strings = true;
    plain.addString(v);
    size++;
  }

  @Override
  void addOther(Object v) {
    others = true;
    plain.addOther(v);
    size++;
  }

  @Override
  Column column(String name) {
    return infer(name, plain.values(), ints, floats, nulls, bools, strings, others);
  }

  /** The column pandas would build from these plain values. */
  static Column infer(String name, @Nullable Object[] values) {
    InferSink s = new InferSink();
    for (Object v : values) {
      s.addValue(v);
    }
    return s.column(name);
  }

  private static Column infer(String name, @Nullable Object[] v, boolean ints, boolean floats, boolean nulls,
      boolean bools, boolean strings, boolean others) {
    int n = v.length;
    if (others || (bools && (ints || floats || strings)) || (strings && (ints || floats))) {
      return new ObjectColumn(name, v);
    }
    if (ints && !floats && !nulls) {
      long[] a = new long[n];
      for (int i = 0; i < n; i++) {
        a[i] = (Long) v[i];
      }
      return new LongColumn(name, a);
    }
    if (ints || floats) {
      double[] a = new double[n];
      for (int i = 0; i < n; i++) {
        a[i] = v[i] == null ? Double.NaN : ((Number) v[i]).doubleValue();
      }
      return new DoubleColumn(name, a);
    }
    if (bools) {
      boolean[] a = new boolean[n];
      boolean[] m = new boolean[n];
      for (int i = 0; i < n; i++) {
        m[i] = v[i] == null;
        a[i] = v[i] != null && (Boolean) v[i];
      }
      return new BooleanColumn(name, a, m);
    }
    if (strings) {
      String[] a = new String[n];
      for (int i = 0; i < n; i++) {
        a[i] = (String) v[i];
      }
      return new StringColumn(name, a);
    }
    return new ObjectColumn(name, v);
  }

  @Override
  Object storage() {
    return plain.storage();
  }
}
