package io.mlmodel.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.JoinedRow;
import org.apache.spark.sql.catalyst.expressions.SpecificInternalRow;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * Scores a partition of Spark's own rows in batches of {@code batchSize}, lazily (one batch in
 * memory at a time): each input row is copied into the batch as it is (an {@code UnsafeRow}'s bytes
 * into the batch's reused arena), and each output row is that row joined with the prediction (and
 * the error, when the policy keeps bad rows), which Spark's scan turns into its own row format. No external
 * {@code Row} is made on the way in or out.
 *
 * @param scorer scores one batch
 * @param input the input rows' schema
 * @param prediction the prediction column's type
 * @param batchSize rows per model call
 * @param errorColumn whether the output rows carry an error column
 */
record PartitionScorer(BatchScorer scorer, StructType input, DataType prediction, int batchSize, boolean errorColumn)
    implements FlatMapFunction<Iterator<InternalRow>, InternalRow> {

  @Override
  public Iterator<InternalRow> call(Iterator<InternalRow> rows) {
    TaskContext task = TaskContext.get();
    int partition = task == null ? 0 : task.partitionId();
    StructType added = new StructType().add("prediction", prediction);
    SpecificInternalRow right = new SpecificInternalRow(errorColumn ? added.add("error", DataTypes.StringType) : added);
    return new Iterator<>() {
      private final RowBatch batch = new RowBatch(input, Math.min(batchSize, 1 << 16));
      private BatchScorer.Scored scored = new BatchScorer.Scored(Predictions.boxed(new Object[0], prediction), null);
      private int next;
      private long seen;
      // One output row object per partition: Spark's scan copies each row into its own format
      // before asking for the next (the iterator contract of Spark's rows), so it is reused; a
      // float or double prediction is set in it as a primitive.
      private final JoinedRow joined = new JoinedRow().withRight(right);

      @Override
      public boolean hasNext() {
        if (next < batch.size()) {
          return true;
        }
        batch.clear();
        next = 0;
        while (batch.size() < batchSize && rows.hasNext()) {
          batch.copyIn(rows.next());
        }
        if (batch.size() == 0) {
          return false;
        }
        scored = scorer.score(batch, partition, seen);
        seen += batch.size();
        return true;
      }

      @Override
      public InternalRow next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        scored.predictions().write(next, right, 0);
        if (errorColumn) {
          String error = scored.errors() == null ? null : scored.errors()[next];
          right.update(1, error == null ? null : UTF8String.fromString(error));
        }
        return joined.withLeft(batch.row(next++));
      }
    };
  }
}
