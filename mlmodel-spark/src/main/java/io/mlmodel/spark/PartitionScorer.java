package io.mlmodel.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Scores a partition in batches of {@code batchSize} rows, lazily (one batch in memory at a time),
 * appending the prediction (and the error, when the policy keeps bad rows) to each input row.
 *
 * @param scorer scores one batch
 * @param batchSize rows per model call
 * @param errorColumn whether the output rows carry an error column
 */
record PartitionScorer(BatchScorer scorer, int batchSize, boolean errorColumn) implements MapPartitionsFunction<Row, Row> {

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    TaskContext task = TaskContext.get();
    int partition = task == null ? 0 : task.partitionId();
    return new Iterator<>() {
      private final List<Row> batch = new ArrayList<>(Math.min(batchSize, 1 << 16));
      private BatchScorer.Scored scored = new BatchScorer.Scored(new Object[0], null);
      private int next;
      private long seen;

      @Override
      public boolean hasNext() {
        if (next < batch.size()) {
          return true;
        }
        batch.clear();
        next = 0;
        while (batch.size() < batchSize && rows.hasNext()) {
          batch.add(rows.next());
        }
        if (batch.isEmpty()) {
          return false;
        }
        scored = scorer.score(batch, partition, seen);
        seen += batch.size();
        return true;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Row in = batch.get(next);
        int width = in.length();
        Object[] values = new Object[width + (errorColumn ? 2 : 1)];
        for (int i = 0; i < width; i++) {
          values[i] = in.get(i);
        }
        values[width] = scored.predictions()[next];
        if (errorColumn) {
          values[width + 1] = scored.errors() == null ? null : scored.errors()[next];
        }
        next++;
        return RowFactory.create(values);
      }
    };
  }
}
