package io.mlmodel.spark.internal.exec;

import io.mlmodel.spark.internal.convert.RowBatch;
import io.mlmodel.spark.internal.convert.VectorRows;
import java.io.Serializable;
import java.util.Iterator;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.vectorized.ColumnarBatch;

/**
 * Scores a partition in batches of at most {@code batchSize} rows, lazily (one batch in memory at
 * a time). The input is either Spark's rows, each copied into the batch as it is (an {@code
 * UnsafeRow}'s bytes into the batch's reused arena), or Spark's column batches, read in place in
 * slices of at most {@code batchSize} rows ({@link VectorRows}; such a slice does not span two
 * column batches, since a source may refill one batch's vectors for the next). The output is rows
 * ({@link ScoredRows}), or, for column batches with a float or double prediction and no error
 * column, the same column batches with the predictions as one more vector ({@link
 * PredictedBatches}). No external {@code Row} is made on the way in or out.
 *
 * @param scorer scores one batch
 * @param input the input rows' schema
 * @param prediction the prediction column's type
 * @param batchSize the most rows per model call
 * @param errorColumn whether the output rows carry an error column
 */
record PartitionScorer(BatchScorer scorer, StructType input, DataType prediction, int batchSize, boolean errorColumn)
    implements Serializable {

  /** The output rows of a partition of rows. */
  Iterator<InternalRow> rows(Iterator<InternalRow> rows) {
    RowBatch batch = new RowBatch(input, Math.min(batchSize, 1 << 16));
    return new ScoredRows(this, () -> {
      batch.clear();
      while (batch.size() < batchSize && rows.hasNext()) {
        batch.copyIn(rows.next());
      }
      return batch;
    });
  }

  /**
   * The output rows of a partition of column batches whose columns are the {@code input} schema's,
   * read in place: for an error column or a prediction that is not a float or double.
   */
  Iterator<InternalRow> columnar(Iterator<ColumnarBatch> batches) {
    return new ScoredRows(this, new java.util.function.Supplier<>() {
      private @org.jspecify.annotations.Nullable ColumnarBatch current;
      private int at;

      @Override
      public RowBatch get() {
        while (current == null || at >= current.numRows()) {
          if (!batches.hasNext()) {
            return new RowBatch(input, 1);
          }
          current = batches.next();
          at = 0;
        }
        int n = Math.min(batchSize, current.numRows() - at);
        at += n;
        return new VectorRows(input, current, at - n, n);
      }
    });
  }

  /** The running task's partition, which failures name; 0 outside a task (a call on the driver). */
  static int currentPartition() {
    TaskContext task = TaskContext.get();
    return task == null ? 0 : task.partitionId();
  }

  /**
   * The partition's column batches with the predictions as one more column ({@link
   * PredictedBatches}): for a float or double prediction and no error column.
   */
  Iterator<ColumnarBatch> predicted(Iterator<ColumnarBatch> batches) {
    return new PredictedBatches(this, batches);
  }
}
