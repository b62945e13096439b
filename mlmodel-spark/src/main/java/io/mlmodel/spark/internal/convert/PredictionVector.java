package io.mlmodel.spark.internal.convert;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Decimal;
import org.apache.spark.sql.vectorized.ColumnVector;
import org.apache.spark.sql.vectorized.ColumnarArray;
import org.apache.spark.sql.vectorized.ColumnarMap;
import org.apache.spark.unsafe.types.UTF8String;
import org.jspecify.annotations.Nullable;

/**
 * A batch's float or double predictions as Spark's public {@code ColumnVector}, read straight from
 * the model's output buffer: row {@code from + r} is the model's row {@code r}. {@link
 * io.mlmodel.spark.internal.exec.PredictedBatches} copies them from it, typed and with their nulls,
 * into the prediction vector of the output's column batch. Holds the same values as {@link
 * Predictions#write}: NaN is null for a column's output, stays NaN for a tensor's.
 */
final class PredictionVector extends ColumnVector {
  private final @Nullable FloatBuffer floats;
  private final @Nullable DoubleBuffer doubles;
  private final boolean nanIsNull;
  private final int from;

  PredictionVector(DataType type, @Nullable FloatBuffer floats, @Nullable DoubleBuffer doubles, boolean nanIsNull,
      int from) {
    super(type);
    this.floats = floats;
    this.doubles = doubles;
    this.nanIsNull = nanIsNull;
    this.from = from;
  }

  @Override
  public boolean isNullAt(int rowId) {
    return nanIsNull && Double.isNaN(getDouble(rowId));
  }

  @Override
  public float getFloat(int rowId) {
    return floats != null ? floats.get(rowId - from) : (float) doubles.get(rowId - from);
  }

  @Override
  public double getDouble(int rowId) {
    return floats != null ? floats.get(rowId - from) : doubles.get(rowId - from);
  }

  @Override
  public boolean hasNull() {
    return nanIsNull;
  }

  @Override
  public int numNulls() {
    throw unsupported();
  }

  @Override
  public void close() {}

  @Override
  public boolean getBoolean(int rowId) {
    throw unsupported();
  }

  @Override
  public byte getByte(int rowId) {
    throw unsupported();
  }

  @Override
  public short getShort(int rowId) {
    throw unsupported();
  }

  @Override
  public int getInt(int rowId) {
    throw unsupported();
  }

  @Override
  public long getLong(int rowId) {
    throw unsupported();
  }

  @Override
  public ColumnarArray getArray(int rowId) {
    throw unsupported();
  }

  @Override
  public ColumnarMap getMap(int ordinal) {
    throw unsupported();
  }

  @Override
  public Decimal getDecimal(int rowId, int precision, int scale) {
    throw unsupported();
  }

  @Override
  public UTF8String getUTF8String(int rowId) {
    throw unsupported();
  }

  @Override
  public byte[] getBinary(int rowId) {
    throw unsupported();
  }

  @Override
  public ColumnVector getChild(int ordinal) {
    throw unsupported();
  }

  private UnsupportedOperationException unsupported() {
    return new UnsupportedOperationException("a " + (dataType() == DataTypes.FloatType ? "float" : "double")
        + " prediction column has only float and double values");
  }
}
