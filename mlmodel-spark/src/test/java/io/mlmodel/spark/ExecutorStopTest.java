package io.mlmodel.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.spark.internal.ship.PredictorCache;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * ScoringPlugin closes the executor's models when Spark stops the executor (here: the local one).
 * It stops the module's shared session, so it runs last (src/test/resources/junit-platform.properties
 * orders the classes by {@code @Order}): no class after it pays for a second Spark start.
 */
@Order(Integer.MAX_VALUE)
class ExecutorStopTest {

  @Test
  void stoppingSparkClosesTheLoadedModels() {
    SparkScoring.builder(LocalSpark.testdata("onnx/columns_multi_input").toString()).build()
        .transform(LocalSpark.get().sql("SELECT 1.0D AS a, 2L AS b")).collectAsList();
    assertThat(PredictorCache.size()).isPositive();

    LocalSpark.stop();

    assertThat(PredictorCache.size()).isZero();
  }
}
