package io.mlmodel.spark.internal.exec;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.spark.BadRowPolicy;
import io.mlmodel.spark.ColumnarInputTest;
import io.mlmodel.spark.LocalSpark;
import io.mlmodel.spark.SparkScoring;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import scala.jdk.javaapi.CollectionConverters;

/**
 * A DataFrame scored from column batches into column batches ({@link ScoredBatches}, planned by
 * {@link ScoredBatchesExec}) in the queries a user runs on it: an aggregate (a shuffle, whose
 * planning canonicalizes the plan), a cache, a self-join, a join with a small table, its rows
 * asked of the node itself; each against the same rows scored on the row path.
 */
class ScoredBatchesTest {
  static final String ONNX = "onnx/columns_single_input";
  static SparkSession spark;
  private Dataset<Row> cached;
  private Dataset<Row> scored;
  private List<Row> expected;

  @BeforeAll
  static void start() {
    spark = LocalSpark.get();
  }

  @BeforeEach
  void score() {
    SparkScoring scoring = ColumnarInputTest.scoring(ONNX, 3000, BadRowPolicy.FAIL);
    expected = scoring.transform(ColumnarInputTest.rows(ONNX, "false")).orderBy("id").collectAsList();
    cached = ColumnarInputTest.rows(ONNX, "false").cache();
    scored = scoring.transform(cached);
  }

  @AfterEach
  void unpersist() {
    cached.unpersist();
  }

  @Test
  void theScoredDataFrameIsTheColumnarNodeTurnedIntoRowsOnceBySpark() {
    String plan = ((org.apache.spark.sql.classic.Dataset<Row>) scored).queryExecution().executedPlan().toString();

    assertThat(plan).contains("ColumnarToRow").contains("ScoredBatches [id#").doesNotContain("Scan ExistingRDD");
    assertThat(scored.orderBy("id").collectAsList()).isEqualTo(expected);
  }

  /** Regression: the canonical node was the node itself, marked by Spark as never to be executed. */
  @Test
  void anAggregateWithAShuffleRunsAndSumsThePredictions() {
    double sum = 0;
    for (Row r : expected) {
      sum += r.isNullAt(4) ? 0 : r.getFloat(4);
    }

    Row total = scored.agg(functions.sum("prediction"), functions.count("prediction")).first();

    assertThat(total.getDouble(0)).isCloseTo(sum, org.assertj.core.data.Offset.offset(Math.abs(sum) * 1e-9));
    assertThat(total.getLong(1)).isEqualTo(expected.stream().filter(r -> !r.isNullAt(4)).count());
  }

  @Test
  void theScoredDataFrameCachesAndJoinsItself() {
    Dataset<Row> again = scored.cache();
    Dataset<Row> left = again.select(again.col("id"), again.col("prediction").as("p1"));
    Dataset<Row> right = again.select(again.col("id"), again.col("prediction").as("p2"));

    assertThat(again.orderBy("id").collectAsList()).isEqualTo(expected);
    assertThat(left.join(right, "id").filter("p1 <=> p2").count()).isEqualTo(ColumnarInputTest.N);
    again.unpersist();
  }

  @Test
  void itHasSparksDefaultSizeSoAJoinDoesNotBroadcastIt() {
    long size = ((org.apache.spark.sql.classic.Dataset<Row>) scored).queryExecution().optimizedPlan().stats()
        .sizeInBytes().longValue();
    Dataset<Row> small = spark.range(0, 10).toDF("id");

    assertThat(size).isEqualTo(spark.sessionState().conf().defaultSizeInBytes());
    assertThat(scored.join(functions.broadcast(small), "id").count()).isEqualTo(10);
  }

  @Test
  void theNodeGivesRowsWhenAskedForThemAndIsRegisteredOnce() {
    SparkPlan exec = ((org.apache.spark.sql.classic.Dataset<Row>) scored).queryExecution().executedPlan()
        .collectLeaves().head();
    ColumnarInputTest.scoring(ONNX, 3000, BadRowPolicy.FAIL).transform(cached);

    assertThat(exec).isInstanceOf(ScoredBatchesExec.class);
    assertThat(exec.execute().count()).isEqualTo(ColumnarInputTest.N);
    assertThat(CollectionConverters.asJava(((org.apache.spark.sql.classic.SparkSession) spark).experimental()
        .extraStrategies())).containsOnlyOnce(ScoredBatchesExec.STRATEGY);
  }
}
