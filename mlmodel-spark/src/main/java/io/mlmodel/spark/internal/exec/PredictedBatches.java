package io.mlmodel.spark.internal.exec;

import io.mlmodel.spark.internal.convert.Predictions;
import io.mlmodel.spark.internal.convert.VectorRows;
import java.util.Iterator;
import org.apache.spark.sql.execution.vectorized.OnHeapColumnVector;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.vectorized.ColumnVector;
import org.apache.spark.sql.vectorized.ColumnarBatch;

/**
 * A partition's column batches, each given back with its float or double predictions as one more
 * column: the input's vectors as they are (nothing copied), and an {@code OnHeapColumnVector} the
 * partition reuses for the predictions. Each source batch is scored in place in slices of at most
 * {@code batchSize} rows ({@link VectorRows}), so a model call never spans two source batches (a
 * Parquet reader refills the same vectors for its next batch). A batch given out is valid until the
 * next call, as the source's own: Spark's {@code ColumnarToRowExec} reads each batch whole before it
 * asks for the next. Not thread-safe; one per partition.
 */
final class PredictedBatches implements Iterator<ColumnarBatch> {
  private final PartitionScorer settings;
  private final Iterator<ColumnarBatch> in;
  private final int partition;
  private final boolean asFloat;
  private OnHeapColumnVector predictions;
  private int capacity;
  private long seen;

  /**
   * @param settings the scorer, the input's columns (those of every batch of {@code in}) and the
   *     prediction's type, float or double; no error column
   * @param in the partition's column batches
   */
  PredictedBatches(PartitionScorer settings, Iterator<ColumnarBatch> in) {
    this.settings = settings;
    this.in = in;
    this.partition = PartitionScorer.currentPartition();
    this.asFloat = settings.prediction() == DataTypes.FloatType;
    this.capacity = 1;
    this.predictions = new OnHeapColumnVector(capacity, settings.prediction());
  }

  @Override
  public boolean hasNext() {
    return in.hasNext();
  }

  @Override
  public ColumnarBatch next() {
    ColumnarBatch batch = in.next();
    int n = batch.numRows();
    if (n > capacity) {
      capacity = n;
      predictions = new OnHeapColumnVector(n, settings.prediction());
    } else {
      predictions.reset();
    }
    for (int at = 0; at < n; at += settings.batchSize()) {
      int count = Math.min(settings.batchSize(), n - at);
      Predictions p = settings.scorer().score(new VectorRows(settings.input(), batch, at, count), partition,
          seen).predictions();
      seen += count;
      copy(p, at, count);
    }
    ColumnVector[] columns = new ColumnVector[batch.numCols() + 1];
    for (int c = 0; c < columns.length - 1; c++) {
      columns[c] = batch.column(c);
    }
    columns[columns.length - 1] = predictions;
    return new ColumnarBatch(columns, n);
  }

  /** Rows {@code 0..count-1} of {@code p} into the prediction vector from row {@code at}, null where they are. */
  private void copy(Predictions p, int at, int count) {
    ColumnVector v = p.vector(settings.prediction(), 0);
    for (int r = 0; r < count; r++) {
      if (v != null ? v.isNullAt(r) : p.get(r) == null) {
        predictions.putNull(at + r);
      } else if (asFloat) {
        predictions.putFloat(at + r, v != null ? v.getFloat(r) : (Float) p.get(r));
      } else {
        predictions.putDouble(at + r, v != null ? v.getDouble(r) : (Double) p.get(r));
      }
    }
  }
}
