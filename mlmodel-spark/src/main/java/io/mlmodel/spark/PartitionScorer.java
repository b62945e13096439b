package io.mlmodel.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.catalyst.CatalystTypeConverters;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.expressions.JoinedRow;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Function1;

/**
 * Scores a partition of Spark's own rows in batches of {@code batchSize}, lazily (one batch in
 * memory at a time): each input row is copied into the batch as it is (an {@code UnsafeRow} copy is
 * one array copy), and each output row is that row joined with the prediction (and the error, when
 * the policy keeps bad rows), which Spark's scan turns into its own row format. No external
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
    Function1<Object, Object> toCatalyst = CatalystTypeConverters.createToCatalystConverter(prediction);
    Function1<Object, Object> toText = CatalystTypeConverters.createToCatalystConverter(DataTypes.StringType);
    return new Iterator<>() {
      private final RowBatch batch = new RowBatch(input, Math.min(batchSize, 1 << 16));
      private BatchScorer.Scored scored = new BatchScorer.Scored(new Object[0], null);
      private int next;
      private long seen;
      // One output row object per partition: Spark's scan copies each row into its own format
      // before asking for the next (the iterator contract of Spark's rows), so these are reused.
      private final Object[] added = new Object[errorColumn ? 2 : 1];
      private final JoinedRow joined = new JoinedRow().withRight(new GenericInternalRow(added));

      @Override
      public boolean hasNext() {
        if (next < batch.size()) {
          return true;
        }
        batch.clear();
        next = 0;
        while (batch.size() < batchSize && rows.hasNext()) {
          batch.add(rows.next().copy());
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
        added[0] = toCatalyst.apply(scored.predictions()[next]);
        if (errorColumn) {
          added[1] = scored.errors() == null ? null : toText.apply(scored.errors()[next]);
        }
        return joined.withLeft(batch.row(next++));
      }
    };
  }
}
