package io.mlmodel.enforce.internal;

import io.mlmodel.data.BooleanColumn;
import io.mlmodel.data.Column;
import io.mlmodel.data.DoubleColumn;
import io.mlmodel.data.LongColumn;
import io.mlmodel.data.ObjectColumn;
import io.mlmodel.data.StringColumn;
import io.mlmodel.data.internal.DataAccess;
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
public final class InferSink extends Sink {
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
  public String target() {
    return "object";
  }

  @Override
  public void addNull() {
    nulls = true;
    if (plain == null) {
      put(0, NULL);
    } else {
      plain.addNull();
      size++;
    }
  }

  @Override
  public void addBoolean(boolean v) {
    bools = true;
    boxed().addBoolean(v);
    size++;
  }

  @Override
  public void addLong(long v) {
    ints = true;
    if (plain == null) {
      put(v, LONG);
    } else {
      plain.addLong(v);
      size++;
    }
  }

  @Override
  public void addBig(BigInteger v) {
    others = true;
    boxed().addBig(v);
    size++;
  }

  @Override
  public void addDouble(double v) {
    floats = true;
    if (plain == null) {
      put(Double.doubleToRawLongBits(v), DOUBLE);
    } else {
      plain.addDouble(v);
      size++;
    }
  }

  @Override
  public void addString(String v) {
    strings = true;
    boxed().addString(v);
    size++;
  }

  @Override
  public void addOther(Object v) {
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
  public Column column(String name) {
    if (plain != null) {
      return infer(name, plain.values(), ints, floats, nulls, bools, strings, others);
    }
    if (!ints && !floats) {
      return DataAccess.column(ObjectColumn.class, name, new Object[size]);
    }
    if (kinds == null) {
      return DataAccess.column(LongColumn.class, name, Arrays.copyOf(bits, size));
    }
    double[] a = new double[size];
    for (int i = 0; i < size; i++) {
      byte k = kinds[i];
      a[i] = k == LONG ? bits[i] : k == DOUBLE ? Double.longBitsToDouble(bits[i]) : Double.NaN;
    }
    return DataAccess.column(DoubleColumn.class, name, a);
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
      return DataAccess.column(ObjectColumn.class, name, v);
    }
    if (ints && !floats && !nulls) {
      long[] a = new long[n];
      for (int i = 0; i < n; i++) {
        a[i] = (Long) v[i];
      }
      return DataAccess.column(LongColumn.class, name, a);
    }
    if (ints || floats) {
      double[] a = new double[n];
      for (int i = 0; i < n; i++) {
        a[i] = v[i] == null ? Double.NaN : ((Number) v[i]).doubleValue();
      }
      return DataAccess.column(DoubleColumn.class, name, a);
    }
    if (bools) {
      boolean[] a = new boolean[n];
      boolean[] m = new boolean[n];
      for (int i = 0; i < n; i++) {
        m[i] = v[i] == null;
        a[i] = v[i] != null && (Boolean) v[i];
      }
      return DataAccess.booleans(name, a, m);
    }
    if (strings) {
      String[] a = new String[n];
      for (int i = 0; i < n; i++) {
        a[i] = (String) v[i];
      }
      return DataAccess.column(StringColumn.class, name, a);
    }
    return DataAccess.column(ObjectColumn.class, name, v);
  }

  @Override
  public Object storage() {
    return boxed().storage();
  }
}
