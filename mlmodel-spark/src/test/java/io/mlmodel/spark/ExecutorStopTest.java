package io.mlmodel.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** ScoringPlugin closes the executor's models when Spark stops the executor (here: the local one). */
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
