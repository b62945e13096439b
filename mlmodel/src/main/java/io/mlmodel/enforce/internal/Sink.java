package io.mlmodel.enforce.internal;

import io.mlmodel.data.Column;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Receives the values of one column or tensor one by one, converts each to a target dtype and
 * stores it in a growing primitive array. The JSON and CSV decoders feed tokens straight in (no
 * boxing on the numeric path); {@link #addValue(Object)} feeds boxed values when a decoded column is
 * cast later. Conversion failures throw {@link ConversionException}. Not thread-safe. Internal.
 */
public abstract class Sink {
  protected int size;

  /** The number of values received. */
  public final int size() {
    return size;
  }

  /** The numpy name of the target dtype, for messages ({@code int32}, {@code float64}, {@code object}). */
  public abstract String target();

  public abstract void addNull();

  public abstract void addBoolean(boolean v);

  public abstract void addLong(long v);

  /** An integer beyond the range of {@code long}. */
  public abstract void addBig(BigInteger v);

  public abstract void addDouble(double v);

  public abstract void addString(String v);

  /** A list, a map, bytes, a date-time or another plain value. */
  public abstract void addOther(Object v);

  /** The values received, as a column. */
  public abstract Column column(String name);

  /** The values received, as the storage array of a tensor of the target dtype. */
  public abstract Object storage();

  /** Dispatches a boxed plain value to the typed methods. */
  public final void addValue(@Nullable Object v) {
    if (v == null) {
      addNull();
    } else if (v instanceof Boolean b) {
      addBoolean(b);
    } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
      addLong(((Number) v).longValue());
    } else if (v instanceof BigInteger b) {
      if (b.bitLength() < 64) {
        addLong(b.longValue());
      } else {
        addBig(b);
      }
    } else if (v instanceof Double || v instanceof Float) {
      addDouble(((Number) v).doubleValue());
    } else if (v instanceof String s) {
      addString(s);
    } else {
      addOther(v);
    }
  }

  static ConversionException cannot(@Nullable Object value, String target) {
    return new ConversionException("can not convert " + PyRepr.typeName(value) + " " + PyRepr.value(value)
        + " to " + target);
  }

  static boolean isContainer(Object v) {
    return v instanceof List<?> || v instanceof Map<?, ?> || v instanceof Temporal || v instanceof byte[];
  }
}
