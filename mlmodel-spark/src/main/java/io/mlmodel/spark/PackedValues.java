package io.mlmodel.spark;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.vectorized.ColumnVector;
import org.apache.spark.unsafe.Platform;

/**
 * The values of {@link PackedRows}: a column vector's values written into the rows' slots (one
 * loop a column, typed, as Spark's {@code UnsafeRowWriter} writes them: a narrow value in a zeroed
 * 8-byte slot, a null as a set bit and a zero slot), and a column read back as one array for
 * {@link InputValues}, under the same rules as from rows (NaN for a null float, any value for a
 * null integer, which {@link ColumnBuilder} never reads).
 */
final class PackedValues {
  static final int DOUBLE = 0;
  static final int FLOAT = 1;
  static final int LONG = 2;
  static final int INT = 3;
  static final int SHORT = 4;
  static final int BYTE = 5;
  static final int BOOLEAN = 6;

  private PackedValues() {}

  /** The slot kind of Spark type {@code t}, or -1 for a type whose value is not fixed-width. */
  static int kind(DataType t) {
    return t == DataTypes.DoubleType ? DOUBLE : t == DataTypes.FloatType ? FLOAT
        : t == DataTypes.LongType || t == DataTypes.TimestampType || t == DataTypes.TimestampNTZType ? LONG
        : t == DataTypes.IntegerType || t == DataTypes.DateType ? INT : t == DataTypes.ShortType ? SHORT
        : t == DataTypes.ByteType ? BYTE : t == DataTypes.BooleanType ? BOOLEAN : -1;
  }

  /** Writes rows {@code from}.. ({@code n}) of {@code v} into column {@code c} of the rows from {@code first} on. */
  static void copy(ColumnVector v, int kind, int from, int n, byte[] buf, long first, int rowBytes, int bitsetBytes,
      int c) {
    boolean nulls = v.hasNull();
    long slot = first + bitsetBytes + 8L * c;
    long word = first + 8L * (c >> 6);
    long bit = 1L << (c & 63);
    for (int i = from; i < from + n; i++, slot += rowBytes, word += rowBytes) {
      if (nulls && v.isNullAt(i)) {
        Platform.putLong(buf, word, Platform.getLong(buf, word) | bit);
        Platform.putLong(buf, slot, 0L);
        continue;
      }
      switch (kind) {
        case DOUBLE -> Platform.putDouble(buf, slot, v.getDouble(i));
        case LONG -> Platform.putLong(buf, slot, v.getLong(i));
        default -> narrow(v, kind, i, buf, slot);
      }
    }
  }

  /** Rows {@code from}.. ({@code n}) of the double vector {@code v} into {@code to} from {@code at} on, NaN for null. */
  static void keep(ColumnVector v, int from, int n, double[] to, int at) {
    boolean nulls = v.hasNull();
    for (int i = 0; i < n; i++) {
      to[at + i] = nulls && v.isNullAt(from + i) ? Double.NaN : v.getDouble(from + i);
    }
  }

  private static void narrow(ColumnVector v, int kind, int i, byte[] buf, long slot) {
    Platform.putLong(buf, slot, 0L);
    switch (kind) {
      case FLOAT -> Platform.putFloat(buf, slot, v.getFloat(i));
      case INT -> Platform.putInt(buf, slot, v.getInt(i));
      case SHORT -> Platform.putShort(buf, slot, v.getShort(i));
      case BYTE -> Platform.putByte(buf, slot, v.getByte(i));
      default -> Platform.putBoolean(buf, slot, v.getBoolean(i));
    }
  }

  /**
   * The numeric columns {@code cols} of kinds {@code kinds} as doubles, NaN where null (the kept
   * arrays, which the next batch reuses, for the model's doubles); all zeros, {@link #DOUBLE}, for
   * double columns.
   */
  static double[][] doubles(PackedRows p, int[] cols, int[] kinds) {
    double[][] v = new double[cols.length][];
    byte[] buf = p.buffer();
    for (int j = 0; j < cols.length; j++) {
      v[j] = kinds[j] == DOUBLE ? p.kept(cols[j]) : null;
      if (v[j] != null) {
        continue;
      }
      v[j] = new double[p.size()];
      long at = slot(p, cols[j]);
      for (int i = 0; i < p.size(); i++, at += p.rowBytes()) {
        v[j][i] = isNull(p, i, cols[j]) ? Double.NaN : number(buf, at, kinds[j]);
      }
    }
    return v;
  }

  /** Column {@code c} of type float, NaN where null. */
  static float[] floats(PackedRows p, int c) {
    float[] v = new float[p.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = isNull(p, i, c) ? Float.NaN : (float) number(p.buffer(), slot(p, c) + (long) i * p.rowBytes(), FLOAT);
    }
    return v;
  }

  /** Column {@code c} of type long; 0 where null. */
  static long[] longs(PackedRows p, int c) {
    long[] v = new long[p.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = isNull(p, i, c) ? 0 : Platform.getLong(p.buffer(), slot(p, c) + (long) i * p.rowBytes());
    }
    return v;
  }

  /** Column {@code c} of type int, short or byte ({@code kind}) as ints; 0 where null. */
  static int[] ints(PackedRows p, int c, int kind) {
    int[] v = new int[p.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = isNull(p, i, c) ? 0 : (int) number(p.buffer(), slot(p, c) + (long) i * p.rowBytes(), kind);
    }
    return v;
  }

  /** Whether column {@code c} has a null in the rows. */
  static boolean hasNull(PackedRows p, int c) {
    for (int i = 0; i < p.size(); i++) {
      if (isNull(p, i, c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNull(PackedRows p, int i, int c) {
    long word = Platform.BYTE_ARRAY_OFFSET + (long) i * p.rowBytes() + 8L * (c >> 6);
    return (Platform.getLong(p.buffer(), word) & (1L << (c & 63))) != 0;
  }

  /** Where column {@code c} of row 0 is in {@link PackedRows#buffer()}; row {@code i}'s is {@code i * rowBytes} on. */
  private static long slot(PackedRows p, int c) {
    return Platform.BYTE_ARRAY_OFFSET + p.bitsetBytes() + 8L * c;
  }

  private static double number(byte[] buf, long at, int kind) {
    return switch (kind) {
      case DOUBLE -> Platform.getDouble(buf, at);
      case FLOAT -> Platform.getFloat(buf, at);
      case LONG -> Platform.getLong(buf, at);
      case INT -> Platform.getInt(buf, at);
      case SHORT -> Platform.getShort(buf, at);
      default -> Platform.getByte(buf, at);
    };
  }
}
