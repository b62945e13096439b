package io.mlmodel.spark.internal.convert;

import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.vectorized.ColumnVector;
import org.apache.spark.sql.vectorized.ColumnarBatch;

/**
 * Rows {@code from} to {@code from + size - 1} of one of Spark's column batches, read in place: the
 * model's columns are read from the batch's vectors in bulk ({@link InputValues}), any other value
 * through the batch's row view. Nothing is copied, so the view is valid only while its source
 * still holds that batch (a Parquet reader refills the same vectors for its next batch): a
 * partition's batch is scored and its rows given to Spark before the next batch is read. The
 * model's columns are read into new arrays, which the model's columns then take over.
 *
 * <p>Internal: public for the scorers of {@code io.mlmodel.spark.internal.exec}, which slice
 * column batches; not API.
 */
public final class VectorRows extends RowBatch {
  private final ColumnarBatch batch;
  private final int from;
  private final int count;

  public VectorRows(StructType schema, ColumnarBatch batch, int from, int count) {
    super(schema, 1);
    this.batch = batch;
    this.from = from;
    this.count = count;
  }

  @Override
  public int size() {
    return count;
  }

  /** Row {@code i} as the batch's own row view, which the next call to this method moves. */
  @Override
  public InternalRow row(int i) {
    return batch.getRow(from + i);
  }

  @Override
  public RowBatch slice(int i) {
    return new VectorRows(schema(), batch, from + i, 1);
  }

  @Override
  void add(InternalRow row) {
    throw new IllegalStateException("rows of a column batch are read in place, not added");
  }

  @Override
  public void clear() {
    throw new IllegalStateException("rows of a column batch are read in place, not cleared");
  }

  /** The vector of column {@code c}. */
  ColumnVector vector(int c) {
    return batch.column(c);
  }

  /** The column batch the rows are read from. */
  ColumnarBatch batch() {
    return batch;
  }

  /** The batch's row of this view's first row. */
  int from() {
    return from;
  }
}
