package io.mlmodel.data;

import java.math.BigInteger;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The typed reads of single values behind {@link ColumnTable}'s {@code getDouble} and friends, and
 * {@link Tensor}'s {@code doubleAt} and friends: one place that decides which Java type each kind
 * of value can be read as, and says so when it cannot.
 */
final class Cells {
  private Cells() {}

  static double toDouble(@Nullable Object v, String what) {
    if (v == null) {
      return Double.NaN;
    }
    if (v instanceof Number n && !(v instanceof BigInteger)) {
      return n.doubleValue();
    }
    if (v instanceof BigInteger b) {
      return b.doubleValue();
    }
    throw new IllegalStateException(what + " holds " + kind(v) + ", not a number");
  }

  static long toLong(@Nullable Object v, String what) {
    if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue();
    }
    if (v instanceof BigInteger b) {
      if (b.bitLength() < 64) {
        return b.longValue();
      }
      throw new ArithmeticException(what + " is " + b + ", more than a long holds");
    }
    throw new IllegalStateException(what + " holds " + kind(v) + ", not an integer");
  }

  static boolean toBoolean(@Nullable Object v, String what) {
    if (v instanceof Boolean b) {
      return b;
    }
    throw new IllegalStateException(what + " holds " + kind(v) + ", not a boolean");
  }

  static @Nullable String toText(@Nullable Object v, String what, boolean missingAllowed) {
    if (v instanceof String s) {
      return s;
    }
    if (v == null && missingAllowed) {
      return null;
    }
    throw new IllegalStateException(what + " holds " + kind(v) + ", not a string");
  }

  /** The column {@code name} of {@code table}, or an exception naming the columns there are. */
  static Column column(ColumnTable table, String name) {
    Objects.requireNonNull(name, "column");
    return table.column(name).orElseThrow(() ->
        new IllegalArgumentException("no column '" + name + "'; the columns are " + table.names()));
  }

  /** The value at {@code row} of column {@code name}, boxed, after a bounds check. */
  static @Nullable Object cell(ColumnTable table, int row, String name) {
    Column c = column(table, name);
    Objects.checkIndex(row, c.size());
    return c.getObject(row);
  }

  static String where(int row, String column) {
    return "row " + row + " of column '" + column + "'";
  }

  private static String kind(@Nullable Object v) {
    return v == null ? "a missing value" : "a " + v.getClass().getSimpleName();
  }
}
