package io.mlmodel.spark.internal.convert;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.vectorized.ColumnVector;

/**
 * {@link InputValues} for rows read in place from a column batch ({@link VectorRows}): each
 * column's values taken from its vector in bulk ({@code getDoubles}, {@code getLongs}...), with the
 * nulls patched after, where the row-by-row reading would make a virtual call per value. Gives the
 * same arrays as reading the rows, each a new one: Spark's vectors give a new array from each bulk
 * read (the public {@code ColumnVector}'s own, {@code OnHeapColumnVector}'s and {@code
 * OffHeapColumnVector}'s copies), which the nulls are then written into.
 */
final class VectorValues {
  private VectorValues() {}

  /** Column {@code c} of numeric type {@code t} as doubles, NaN where null. */
  static double[] doubles(VectorRows rows, int c, DataType t) {
    int n = rows.size();
    ColumnVector col = rows.vector(c);
    int at = rows.from();
    double[] v;
    if (t == DataTypes.DoubleType) {
      v = col.getDoubles(at, n);
    } else {
      v = new double[n];
      long[] l = t == DataTypes.LongType ? longs(rows, c) : null;
      int[] i32 = l == null ? ints(rows, c, t) : null;
      for (int i = 0; i < n; i++) {
        v[i] = l != null ? l[i] : i32[i];
      }
    }
    if (col.hasNull()) {
      for (int i = 0; i < n; i++) {
        v[i] = col.isNullAt(at + i) ? Double.NaN : v[i];
      }
    }
    return v;
  }

  /** Column {@code c} of type float, NaN where null. */
  static float[] floats(VectorRows rows, int c) {
    ColumnVector col = rows.vector(c);
    float[] v = col.getFloats(rows.from(), rows.size());
    if (col.hasNull()) {
      for (int i = 0; i < v.length; i++) {
        v[i] = col.isNullAt(rows.from() + i) ? Float.NaN : v[i];
      }
    }
    return v;
  }

  /** Column {@code c} of type long; any value where null. */
  static long[] longs(VectorRows rows, int c) {
    return rows.vector(c).getLongs(rows.from(), rows.size());
  }

  /** Column {@code c} of type int, short or byte as ints; any value where null. */
  static int[] ints(VectorRows rows, int c, DataType t) {
    int n = rows.size();
    if (t == DataTypes.IntegerType) {
      return rows.vector(c).getInts(rows.from(), n);
    }
    int[] v = new int[n];
    ColumnVector col = rows.vector(c);
    for (int i = 0; i < n; i++) {
      v[i] = t == DataTypes.ShortType ? col.getShort(rows.from() + i) : col.getByte(rows.from() + i);
    }
    return v;
  }
}
