package io.mlmodel.spark;

import java.util.List;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.UnsafeRow;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.vectorized.ColumnVector;
import org.apache.spark.sql.vectorized.ColumnarBatch;
import org.apache.spark.unsafe.Platform;
import org.jspecify.annotations.Nullable;

/**
 * Rows of Spark's column batches copied, column by column, into the output rows themselves: one
 * byte array the partition keeps, holding fixed-width {@code UnsafeRow}s of the input's columns and
 * then the prediction's slot, which {@link ScoredRows} fills once the batch is scored. Spark's scan
 * then copies each row as it is, instead of reading every value of a column batch's row view
 * through two virtual calls; and since the values are copied, a model batch may span column batches.
 * Only for inputs whose every column is fixed-width ({@link #packs}). The model's columns are read
 * from the array ({@link PackedValues}), or, for the model's doubles, kept as they are copied in,
 * under {@link InputValues}' rules. Not thread-safe; one per
 * partition.
 */
final class PackedRows extends RowBatch {
  private final int[] kinds;
  private final int bitsetBytes;
  private final int rowBytes;
  private final int capacity;
  private final byte[] buf;
  private final UnsafeRow view;
  /** Per column, the model's doubles as they are copied in (NaN for null), or null for a column it does not read so. */
  private final double[][] kept;
  private int size;

  /**
   * @param input the input's columns, each of a fixed-width type
   * @param batchSize the most rows a batch holds; fewer when that many would take more than
   *     {@link RowBatch#ARENA_LIMIT} bytes
   * @param doubles per column, whether the model reads it as doubles: those values are also kept
   *     as arrays while they are copied in, so that the model's columns are not read back
   */
  PackedRows(StructType input, int batchSize, boolean[] doubles) {
    super(input, 1);
    this.kinds = new int[input.fields().length];
    for (int c = 0; c < kinds.length; c++) {
      kinds[c] = PackedValues.kind(input.fields()[c].dataType());
    }
    this.bitsetBytes = UnsafeRow.calculateBitSetWidthInBytes(kinds.length + 1);
    this.rowBytes = bitsetBytes + 8 * (kinds.length + 1);
    this.capacity = (int) Math.max(1, Math.min(batchSize, (long) ARENA_LIMIT / rowBytes));
    this.buf = new byte[capacity * rowBytes];
    this.view = new UnsafeRow(kinds.length + 1);
    this.kept = new double[kinds.length][];
    for (int c = 0; c < kinds.length; c++) {
      kept[c] = doubles[c] && kinds[c] == PackedValues.DOUBLE ? new double[capacity] : null;
    }
  }

  /** Whether rows of {@code input} with a prediction of type {@code prediction} pack: all fixed-width. */
  static boolean packs(StructType input, DataType prediction) {
    for (StructField f : input.fields()) {
      if (PackedValues.kind(f.dataType()) < 0) {
        return false;
      }
    }
    return prediction == DataTypes.FloatType || prediction == DataTypes.DoubleType;
  }

  /** Copies rows {@code from}.. of {@code b}, as many as fit and at most {@code max}; returns how many. */
  int append(ColumnarBatch b, int from, int max) {
    int n = Math.min(Math.min(max, b.numRows() - from), capacity - size);
    long first = Platform.BYTE_ARRAY_OFFSET + (long) size * rowBytes;
    long prediction = bitsetBytes + 8L * kinds.length;
    for (long at = first; at < first + (long) n * rowBytes; at += rowBytes) {
      for (int w = 0; w < bitsetBytes; w += 8) {
        Platform.putLong(buf, at + w, 0L);
      }
      Platform.putLong(buf, at + prediction, 0L);
    }
    for (int c = 0; c < kinds.length; c++) {
      PackedValues.copy(b.column(c), kinds[c], from, n, buf, first, rowBytes, bitsetBytes, c);
      if (kept[c] != null) {
        PackedValues.keep(b.column(c), from, n, kept[c], size);
      }
    }
    size += n;
    return n;
  }

  /** The most rows the batch holds. */
  int capacity() {
    return capacity;
  }

  @Override
  int size() {
    return size;
  }

  /** Row {@code i}, the input's columns and then the prediction, as one row object that the next call moves. */
  @Override
  InternalRow row(int i) {
    view.pointTo(buf, Platform.BYTE_ARRAY_OFFSET + (long) i * rowBytes, rowBytes);
    return view;
  }

  @Override
  RowBatch slice(int i) {
    return RowBatch.of(schema(), List.of(row(i).copy()));
  }

  @Override
  void add(InternalRow row) {
    throw new IllegalStateException("rows of a column batch are packed with append, not added");
  }

  @Override
  void clear() {
    size = 0;
  }

  /** The rows' values, for {@link PackedValues}. */
  byte[] buffer() {
    return buf;
  }

  int rowBytes() {
    return rowBytes;
  }

  int bitsetBytes() {
    return bitsetBytes;
  }

  /** Column {@code c}'s doubles, NaN where null, when they were kept as they were copied in; else null. */
  double @Nullable [] kept(int c) {
    double[] k = kept[c];
    return k == null || size == k.length ? k : java.util.Arrays.copyOf(k, size);
  }

  /** The prediction's ordinal in each row. */
  int predictionOrdinal() {
    return kinds.length;
  }
}
