package io.mlmodel.spark;

import io.mlmodel.MLModels;
import io.mlmodel.model.MLModel;
import io.mlmodel.store.ModelLocations;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Builds a {@link SparkScoring}: {@code SparkScoring.builder(modelUri)...build()}. Not thread-safe.
 *
 * <pre>{@code
 * SparkScoring scoring = SparkScoring.builder("models:/churn/3").batchSize(4096)
 *     .badRows(BadRowPolicy.ERROR_COLUMN).build();
 * }</pre>
 */
public final class SparkScoringBuilder {
  private final String modelUri;
  private int batchSize = 1024;
  private BadRowPolicy badRows = BadRowPolicy.FAIL;
  private String predictionCol = "prediction";
  private String errorCol = "error";
  private Map<String, Object> params = Map.of();

  SparkScoringBuilder(String modelUri) {
    this.modelUri = Objects.requireNonNull(modelUri, "modelUri");
  }

  /**
   * The most rows per model call in each partition; default 1024. A call never spans two
   * partitions, nor two of the source's column batches when the input is read as column batches
   * (a cached DataFrame, a Parquet file read directly: docs/spark.md).
   */
  public SparkScoringBuilder batchSize(int rows) {
    this.batchSize = rows;
    return this;
  }

  /** What a bad row does; default {@link BadRowPolicy#FAIL}. */
  public SparkScoringBuilder badRows(BadRowPolicy policy) {
    this.badRows = policy;
    return this;
  }

  /** The prediction column's name; default {@code prediction}. */
  public SparkScoringBuilder predictionCol(String name) {
    this.predictionCol = name;
    return this;
  }

  /** The error column's name; default {@code error}. */
  public SparkScoringBuilder errorCol(String name) {
    this.errorCol = name;
    return this;
  }

  /** Params for every prediction (plain values: numbers, strings, booleans, lists); default none. */
  public SparkScoringBuilder params(Map<String, ?> values) {
    this.params = new LinkedHashMap<>(values);
    return this;
  }

  /** Resolves the URI and reads the model (on the driver); the model is shipped at first use. */
  public SparkScoring build() {
    Settings s = new Settings(modelUri, batchSize, badRows, predictionCol, errorCol, params);
    MLModel model = MLModels.read(ModelLocations.resolve(modelUri));
    Path dir = model.directory().orElseThrow(() -> new IllegalArgumentException(modelUri + " is not a model folder"));
    return new SparkScoring(s, model, dir);
  }
}
