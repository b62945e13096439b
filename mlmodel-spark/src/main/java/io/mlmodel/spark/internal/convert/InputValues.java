package io.mlmodel.spark.internal.convert;

import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * The values of a primitive column of a batch as one array, for {@link ColumnBuilder}: read row by
 * row with the rows' typed getters, or from the column's vector in bulk for rows read in place from
 * a column batch ({@link VectorValues}). Both give the same arrays, each a new one that nothing
 * else holds (the columns take them over, without a copy); which Column they become is {@link
 * ColumnBuilder}'s rule.
 */
final class InputValues {
  private InputValues() {}

  /** Column {@code c} of numeric type {@code t} as doubles, NaN where null. */
  static double[] doubles(RowBatch rows, int c, DataType t) {
    if (rows instanceof VectorRows vr) {
      return VectorValues.doubles(vr, c, t);
    }
    int n = rows.size();
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      InternalRow r = rows.row(i);
      v[i] = r.isNullAt(c) ? Double.NaN : t == DataTypes.DoubleType ? r.getDouble(c) : integer(r, c, t);
    }
    return v;
  }

  /**
   * The double columns {@code cols} as doubles, NaN where null: from rows, in one pass over them
   * (each row's fields while it is in cache, rather than one pass over every row per column).
   */
  static double[][] doubles(RowBatch rows, int[] cols) {
    int n = rows.size();
    double[][] v = new double[cols.length][];
    if (rows instanceof VectorRows vr) {
      for (int j = 0; j < cols.length; j++) {
        v[j] = VectorValues.doubles(vr, cols[j], DataTypes.DoubleType);
      }
      return v;
    }
    for (int j = 0; j < cols.length; j++) {
      v[j] = new double[n];
    }
    for (int i = 0; i < n; i++) {
      InternalRow r = rows.row(i);
      for (int j = 0; j < cols.length; j++) {
        v[j][i] = r.isNullAt(cols[j]) ? Double.NaN : r.getDouble(cols[j]);
      }
    }
    return v;
  }

  /** Column {@code c} of type float, NaN where null. */
  static float[] floats(RowBatch rows, int c) {
    if (rows instanceof VectorRows vr) {
      return VectorValues.floats(vr, c);
    }
    int n = rows.size();
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      InternalRow r = rows.row(i);
      v[i] = r.isNullAt(c) ? Float.NaN : r.getFloat(c);
    }
    return v;
  }

  /** Column {@code c} of type long; any value where null. */
  static long[] longs(RowBatch rows, int c) {
    if (rows instanceof VectorRows vr) {
      return VectorValues.longs(vr, c);
    }
    int n = rows.size();
    long[] v = new long[n];
    for (int i = 0; i < n; i++) {
      InternalRow r = rows.row(i);
      v[i] = r.isNullAt(c) ? 0 : r.getLong(c);
    }
    return v;
  }

  /** Column {@code c} of type int, short or byte as ints; any value where null. */
  static int[] ints(RowBatch rows, int c, DataType t) {
    if (rows instanceof VectorRows vr) {
      return VectorValues.ints(vr, c, t);
    }
    int n = rows.size();
    int[] v = new int[n];
    for (int i = 0; i < n; i++) {
      InternalRow r = rows.row(i);
      v[i] = r.isNullAt(c) ? 0 : (int) integer(r, c, t);
    }
    return v;
  }

  /** Whether column {@code c} has a null in the batch. */
  static boolean hasNull(RowBatch rows, int c) {
    if (rows instanceof VectorRows vr && !vr.vector(c).hasNull()) {
      return false;
    }
    for (int i = 0; i < rows.size(); i++) {
      if (rows.row(i).isNullAt(c)) {
        return true;
      }
    }
    return false;
  }

  private static long integer(InternalRow r, int c, DataType t) {
    return t == DataTypes.LongType ? r.getLong(c) : t == DataTypes.IntegerType ? r.getInt(c)
        : t == DataTypes.ShortType ? r.getShort(c) : r.getByte(c);
  }
}
