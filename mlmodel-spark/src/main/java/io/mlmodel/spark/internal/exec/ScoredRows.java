package io.mlmodel.spark.internal.exec;

import io.mlmodel.spark.internal.convert.Predictions;
import io.mlmodel.spark.internal.convert.RowBatch;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.JoinedRow;
import org.apache.spark.sql.catalyst.expressions.SpecificInternalRow;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * The output rows of a partition, lazily: takes the partition's next batch when the last one's
 * rows are given out, scores it, and gives each input row joined with its prediction (and its
 * error, when the policy keeps bad rows), which Spark's scan turns into its own row format. One
 * output row object serves the whole partition: Spark's scan copies each row before asking for the
 * next (the iterator contract of Spark's rows), and a float or double prediction is set in it as a
 * primitive. (Column batches scored for a float or double prediction without an error column are
 * given back as column batches instead: {@link PredictedBatches}.) Not thread-safe; one per
 * partition.
 */
final class ScoredRows implements Iterator<InternalRow> {
  private final PartitionScorer settings;
  private final Supplier<RowBatch> batches;
  private final int partition;
  private final SpecificInternalRow right;
  private final JoinedRow joined;
  private RowBatch batch;
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
    this.partition = PartitionScorer.currentPartition();
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
    return true;
  }

  @Override
  public InternalRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    scored.predictions().write(next, right, 0);
    if (settings.errorColumn()) {
      String error = scored.errors() == null ? null : scored.errors()[next];
      right.update(1, error == null ? null : UTF8String.fromString(error));
    }
    return joined.withLeft(batch.row(next++));
  }
}
