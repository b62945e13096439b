package io.mlmodel.data;

import org.jspecify.annotations.Nullable;

/**
 * The columns' trusted constructors and arrays, behind {@link io.mlmodel.data.internal.DataAccess}:
 * the decoders fill arrays of their own and hand them over, so no cell is copied twice.
 */
final class ColumnArrays {
  private ColumnArrays() {}

  static Column adopt(Class<? extends Column> type, String name, Object values, boolean @Nullable [] missing) {
    if (type == DoubleColumn.class) {
      return new DoubleColumn(name, (double[]) values);
    } else if (type == FloatColumn.class) {
      return new FloatColumn(name, (float[]) values);
    } else if (type == LongColumn.class) {
      return new LongColumn(name, (long[]) values);
    } else if (type == IntColumn.class) {
      return new IntColumn(name, (int[]) values);
    } else if (type == BooleanColumn.class) {
      return new BooleanColumn(name, (boolean[]) values, missing);
    } else if (type == StringColumn.class) {
      return new StringColumn(name, (@Nullable String[]) values);
    } else if (type == BinaryColumn.class) {
      return new BinaryColumn(name, (byte @Nullable [][]) values);
    } else if (type == DateTimeColumn.class) {
      return new DateTimeColumn(name, (long[]) values);
    } else if (type == ObjectColumn.class) {
      return new ObjectColumn(name, (@Nullable Object[]) values);
    }
    throw new IllegalArgumentException("not a column type: " + type.getName());
  }

  static Object array(Column c) {
    if (c instanceof DoubleColumn d) {
      return d.array();
    } else if (c instanceof FloatColumn f) {
      return f.array();
    } else if (c instanceof LongColumn l) {
      return l.array();
    } else if (c instanceof IntColumn i) {
      return i.array();
    } else if (c instanceof BooleanColumn b) {
      return b.array();
    } else if (c instanceof StringColumn s) {
      return s.array();
    } else if (c instanceof BinaryColumn b) {
      return b.array();
    } else if (c instanceof DateTimeColumn t) {
      return t.array();
    }
    return ((ObjectColumn) c).array();
  }
}
