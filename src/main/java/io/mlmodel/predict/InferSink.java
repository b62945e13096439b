package io.mlmodel.predict;

import java.math.BigInteger;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A column without a declared type: keeps the values and gives them the dtype pandas would infer
 * (int64 for integers, float64 for numbers with a float or a null, bool, strings, else object).
 *
 * <p>While only numbers and nulls arrive they are kept unboxed (a {@code long[]} of values or
 * double bits, plus one byte a value saying which once kinds mix), so that a large numeric request
 * without a signature fits the memory its body limit promises; the first value of another kind
 * moves them, exactly, to boxed storage.
 */
final class InferSink extends Sink {
  private static final byte LONG = 0;
  private static final byte DOUBLE = 1;
  private static final byte NULL = 2;

  private @Nullable PlainSink plain;
  /** A long as is, a double as its bits; which one is in {@link #kinds} once they are mixed. */
  private long[] bits = new long[16];
  private byte @Nullable [] kinds;
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
    if (plain == null) {
      put(0, NULL);
    } else {
      plain.addNull();
      size++;
    }
  }

  @Override
  void addBoolean(boolean v) {
    bools = true;
    boxed().addBoolean(v);
    size++;
  }

  @Override
  void addLong(long v) {
    ints = true;
    if (plain == null) {
      put(v, LONG);
    } else {
      plain.addLong(v);
      size++;
    }
  }

  @Override
  void addBig(BigInteger v) {
    others = true;
    boxed().addBig(v);
    size++;
  }

  @Override
  void addDouble(double v) {
    floats = true;
    if (plain == null) {
      put(Double.doubleToRawLongBits(v), DOUBLE);
    } else {
      plain.addDouble(v);
      size++;
    }
  }

  @Override
  void addString(String v) {
    strings = true;
    boxed().addString(v);
    size++;
  }

  @Override
  void addOther(Object v) {
    others = true;
    boxed().addOther(v);
    size++;
  }

  private void put(long v, byte kind) {
    if (size == bits.length) {
      bits = Arrays.copyOf(bits, size + (size >> 1) + 16);
      if (kinds != null) {
        kinds = Arrays.copyOf(kinds, bits.length);
      }
    }
    if (kinds == null && kind != LONG) {
      kinds = new byte[bits.length];
    }
    if (kinds != null) {
      kinds[size] = kind;
    }
    bits[size++] = v;
  }

  private @Nullable Object boxedAt(int i) {
    byte k = kinds == null ? LONG : kinds[i];
    return k == LONG ? (Object) bits[i] : k == DOUBLE ? (Object) Double.longBitsToDouble(bits[i]) : null;
  }

  /** The values so far as boxed plain values, for a column that is not (only) numeric. */
  private PlainSink boxed() {
    if (plain == null) {
      PlainSink p = new PlainSink();
      for (int i = 0; i < size; i++) {
        p.addValue(boxedAt(i));
      }
      plain = p;
      bits = new long[0];
      kinds = null;
    }
    return plain;
  }

  @Override
  Column column(String name) {
    if (plain != null) {
      return infer(name, plain.values(), ints, floats, nulls, bools, strings, others);
    }
    if (!ints && !floats) {
      return new ObjectColumn(name, new Object[size]);
    }
    if (kinds == null) {
      return new LongColumn(name, Arrays.copyOf(bits, size));
    }
    double[] a = new double[size];
    for (int i = 0; i < size; i++) {
      byte k = kinds[i];
      a[i] = k == LONG ? bits[i] : k == DOUBLE ? Double.longBitsToDouble(bits[i]) : Double.NaN;
    }
    return new DoubleColumn(name, a);
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
    return boxed().storage();
  }
}
