package io.mlmodel.spark;

import io.mlmodel.MLModels;
import io.mlmodel.model.MLModel;
import io.mlmodel.spark.internal.exec.Settings;
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
   * partitions; when the input is read in place from column batches (docs/spark.md, "Batches"),
   * nor two of the source's batches, so a call may take fewer rows. Predictions do not depend on it.
   *
   * @param rows at least 1
   * @return this builder
   */
  public SparkScoringBuilder batchSize(int rows) {
    this.batchSize = rows;
    return this;
  }

  /**
   * What a bad row does; default {@link BadRowPolicy#FAIL}.
   *
   * @param policy fail the job, or null the prediction and fill the error column
   * @return this builder
   */
  public SparkScoringBuilder badRows(BadRowPolicy policy) {
    this.badRows = Objects.requireNonNull(policy, "badRows");
    return this;
  }

  /**
   * The prediction column's name; default {@code prediction}.
   *
   * @param name a column name the input does not have
   * @return this builder
   */
  public SparkScoringBuilder predictionCol(String name) {
    this.predictionCol = Objects.requireNonNull(name, "predictionCol");
    return this;
  }

  /**
   * The error column's name; default {@code error}. Used with {@link BadRowPolicy#ERROR_COLUMN}.
   *
   * @param name a column name the input does not have
   * @return this builder
   */
  public SparkScoringBuilder errorCol(String name) {
    this.errorCol = Objects.requireNonNull(name, "errorCol");
    return this;
  }

  /**
   * Params for every prediction (plain values: numbers, strings, booleans, lists); default none.
   *
   * @param values params by name, copied
   * @return this builder
   */
  public SparkScoringBuilder params(Map<String, ?> values) {
    this.params = new LinkedHashMap<>(Objects.requireNonNull(values, "params"));
    return this;
  }

  /**
   * Resolves the URI and reads the model (on the driver); the model is shipped at first use.
   *
   * @return the scoring of this model with these settings
   */
  public SparkScoring build() {
    Settings s = new Settings(modelUri, batchSize, badRows, predictionCol, errorCol, params);
    MLModel model = MLModels.read(ModelLocations.resolve(modelUri));
    Path dir = model.directory().orElseThrow(() -> new IllegalArgumentException(modelUri + " is not a model folder"));
    return new SparkScoring(s, model, dir);
  }
}
