package io.mlmodel.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.mlmodel.spark.internal.exec.ScoredBatches;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.apache.spark.SparkException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.execution.LogicalRDD;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which plans {@link SparkScoring#transform} reads as column batches (a cached DataFrame, alone or
 * with its columns picked and reordered), which as rows (anything with a filter, an uncached
 * query), and that a bad row fails the job with the row path's message and position (cache and
 * Parquet).
 */
class ColumnarPathTest {
  static final String ONNX = "onnx/columns_single_input";
  static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.get();
  }

  /**
   * Whether the scored DataFrame's rows come from column batches: the row path reads the input's
   * {@code toRdd()}, Spark's {@code SQLExecutionRDD}, which the columnar path never makes; a
   * float or double prediction without an error column gives column batches out ({@link ScoredBatches}).
   */
  static boolean readsColumnBatches(Dataset<Row> scored) {
    LogicalPlan plan = ((org.apache.spark.sql.classic.Dataset<Row>) scored).logicalPlan();
    if (plan instanceof ScoredBatches) {
      return true;
    }
    return !((LogicalRDD) plan).rdd().toDebugString().contains("SQLExecutionRDD");
  }

  /** {@code body}'s value with Spark's vectorized Parquet reader off (Parquet read as rows). */
  static <T> T withoutVectorizedParquet(Supplier<T> body) {
    SparkSession session = LocalSpark.get();
    session.conf().set("spark.sql.parquet.enableVectorizedReader", "false");
    try {
      return body.get();
    } finally {
      session.conf().unset("spark.sql.parquet.enableVectorizedReader");
    }
  }

  @Test
  void cachedColumnsPickedInAnotherOrderAreStillReadFromTheirBatches() {
    SparkScoring scoring = ColumnarInputTest.scoring(ONNX, 2048, BadRowPolicy.FAIL);
    List<Row> expected = scoring.transform(ColumnarInputTest.rows(ONNX, "false").select("c", "b", "a", "id"))
        .collectAsList();
    Dataset<Row> cached = ColumnarInputTest.rows(ONNX, "false").cache();

    Dataset<Row> fromBatches = scoring.transform(cached.select("c", "b", "a", "id"));

    assertThat(readsColumnBatches(fromBatches)).isTrue();
    assertThat(fromBatches.collectAsList()).isEqualTo(expected);
    cached.unpersist();
  }

  @Test
  void aFilterOverACachedDataFrameTakesTheRowPath() {
    Dataset<Row> cached = ColumnarInputTest.rows(ONNX, "false").cache();
    SparkScoring scoring = ColumnarInputTest.scoring(ONNX, 1024, BadRowPolicy.FAIL);

    Dataset<Row> scored = scoring.transform(cached.filter("id % 2 = 0"));

    assertThat(readsColumnBatches(scoring.transform(cached))).isTrue();
    assertThat(readsColumnBatches(scored)).isFalse();
    assertThat(scored.count()).isEqualTo(ColumnarInputTest.N / 2);
    cached.unpersist();
  }

  @Test
  void aBadRowFailsTheJobWithTheRowPathsPositionAndMessage() {
    // row 10,500 of partition 1: in the cache's second batch of that partition, in no batch's first slice
    String bad = "id = 23000";
    SparkScoring scoring = ColumnarInputTest.scoring(ONNX, 3333, BadRowPolicy.FAIL);
    Dataset<Row> fromRows = scoring.transform(ColumnarInputTest.rows(ONNX, bad));
    Dataset<Row> cached = ColumnarInputTest.rows(ONNX, bad).cache();
    Dataset<Row> fromBatches = scoring.transform(cached);

    String columnar = failure(fromBatches);
    String rows = failure(fromRows);

    assertThat(readsColumnBatches(fromRows)).isFalse();
    assertThat(readsColumnBatches(fromBatches)).isTrue();
    assertThat(columnar).startsWith("<input>: partition 1, row 10500: " + BadRowsTest.MESSAGE).isEqualTo(rows);
    cached.unpersist();
  }

  @Test
  void aBadRowOfAParquetFileFailsTheJobAsWhenTheFileIsReadAsRows(@TempDir Path dir) {
    String path = dir.resolve("bad.parquet").toString();
    ColumnarInputTest.rows(ONNX, "id = 23000").write().parquet(path);
    SparkScoring scoring = ColumnarInputTest.scoring(ONNX, 3333, BadRowPolicy.FAIL);
    Dataset<Row> fromBatches = scoring.transform(spark.read().parquet(path));

    String columnar = failure(fromBatches);
    String rows = withoutVectorizedParquet(() -> failure(scoring.transform(spark.read().parquet(path))));

    assertThat(readsColumnBatches(fromBatches)).isTrue();
    assertThat(columnar).contains(", row ").contains(": " + BadRowsTest.MESSAGE).isEqualTo(rows);
  }

  /** The message of the task's failure, from the model's {@code <input>: ...} to the end of its line. */
  private static String failure(Dataset<Row> scored) {
    Throwable t = catchThrowable(scored::collectAsList);
    assertThat(t).isInstanceOf(SparkException.class);
    String m = t.getMessage();
    int from = m.indexOf("<input>:");
    assertThat(from).as(m).isNotNegative();
    int end = m.indexOf('\n', from);
    return m.substring(from, end < 0 ? m.length() : end);
  }
}
