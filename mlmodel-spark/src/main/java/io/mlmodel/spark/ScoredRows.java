package io.mlmodel.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.JoinedRow;
import org.apache.spark.sql.catalyst.expressions.SpecificInternalRow;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.vectorized.ColumnVector;
import org.apache.spark.sql.vectorized.ColumnarBatch;
import org.apache.spark.unsafe.types.UTF8String;
import org.jspecify.annotations.Nullable;

/**
 * The output rows of a partition, lazily: takes the partition's next batch when the last one's
 * rows are given out, scores it, and gives each input row joined with its prediction (and its
 * error, when the policy keeps bad rows), which Spark's scan turns into its own row format; rows of
 * column batches packed into output rows ({@link PackedRows}) are given as they are, with the
 * prediction set in its slot; other rows of a column batch with float or double predictions are
 * the batch's own row view over its vectors and a {@link PredictionVector}. One output row object serves the whole partition: Spark's scan copies each row before asking for
 * the next (the iterator contract of Spark's rows), and a float or double prediction is set in it
 * as a primitive. Not thread-safe; one per partition.
 */
final class ScoredRows implements Iterator<InternalRow> {
  private final PartitionScorer settings;
  private final Supplier<RowBatch> batches;
  private final int partition;
  private final SpecificInternalRow right;
  private final JoinedRow joined;
  private RowBatch batch;
  /** The input's column batch with the predictions as one more column, when they are primitives. */
  private @Nullable ColumnarBatch withPredictions;
  private BatchScorer.Scored scored;
  private int next;
  private long seen;

  /**
   * @param settings the scorer and the output's columns
   * @param batches the partition's batches in order, one call at a time, each valid until the
   *     next call; an empty batch ends the partition
   */
  ScoredRows(PartitionScorer settings, Supplier<RowBatch> batches) {
    this.settings = settings;
    this.batches = batches;
    TaskContext task = TaskContext.get();
    this.partition = task == null ? 0 : task.partitionId();
    StructType added = new StructType().add("prediction", settings.prediction());
    this.right = new SpecificInternalRow(settings.errorColumn() ? added.add("error", DataTypes.StringType) : added);
    this.joined = new JoinedRow().withRight(right);
    this.batch = new RowBatch(settings.input(), 1);
    this.scored = new BatchScorer.Scored(Predictions.boxed(new Object[0], settings.prediction()), null);
  }

  @Override
  public boolean hasNext() {
    if (next < batch.size()) {
      return true;
    }
    batch = batches.get();
    next = 0;
    if (batch.size() == 0) {
      return false;
    }
    scored = settings.scorer().score(batch, partition, seen);
    seen += batch.size();
    withPredictions = null;
    if (batch instanceof VectorRows v && !settings.errorColumn()) {
      ColumnVector p = scored.predictions().vector(settings.prediction(), v.from());
      if (p != null) {
        ColumnVector[] columns = new ColumnVector[v.batch().numCols() + 1];
        for (int c = 0; c < columns.length - 1; c++) {
          columns[c] = v.batch().column(c);
        }
        columns[columns.length - 1] = p;
        withPredictions = new ColumnarBatch(columns, v.batch().numRows());
      }
    }
    return true;
  }

  @Override
  public InternalRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    if (batch instanceof PackedRows p) {
      InternalRow row = p.row(next);
      scored.predictions().writePrimitive(next++, row, p.predictionOrdinal());
      return row;
    }
    if (withPredictions != null) {
      return withPredictions.getRow(((VectorRows) batch).from() + next++);
    }
    scored.predictions().write(next, right, 0);
    if (settings.errorColumn()) {
      String error = scored.errors() == null ? null : scored.errors()[next];
      right.update(1, error == null ? null : UTF8String.fromString(error));
    }
    return joined.withLeft(batch.row(next++));
  }
}
