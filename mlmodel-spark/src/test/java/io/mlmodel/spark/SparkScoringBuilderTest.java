package io.mlmodel.spark;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The builder's checks, made before any model is read. No Spark. */
class SparkScoringBuilderTest {
  static SparkScoringBuilder builder() {
    return SparkScoring.builder(LocalSpark.testdata("onnx/columns_single_input").toString());
  }

  /**
   * Regression: a null column name or params map was taken, and build() failed with a bare
   * NullPointerException from inside the settings ("Cannot invoke String.isEmpty()...").
   */
  @Test
  void aNullSettingIsRefusedByItsSetterNamingIt() {
    assertThatThrownBy(() -> builder().predictionCol(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("predictionCol");
    assertThatThrownBy(() -> builder().errorCol(null)).isInstanceOf(NullPointerException.class).hasMessage("errorCol");
    assertThatThrownBy(() -> builder().params(null)).isInstanceOf(NullPointerException.class).hasMessage("params");
    assertThatThrownBy(() -> builder().badRows(null)).isInstanceOf(NullPointerException.class).hasMessage("badRows");
  }

  @Test
  void aBatchSizeBelowOneIsRefused() {
    assertThatThrownBy(() -> builder().batchSize(0).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("batchSize must be at least 1, found 0");
  }
}
