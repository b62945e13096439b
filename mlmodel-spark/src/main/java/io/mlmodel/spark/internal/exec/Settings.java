package io.mlmodel.spark.internal.exec;

import io.mlmodel.spark.BadRowPolicy;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The settings of a {@link io.mlmodel.spark.SparkScoring}. Internal: public for the API package, which
 * makes them; not API.
 *
 * @param modelUri the model's URI, as given
 * @param batchSize rows per model call (at least 1)
 * @param badRows what a bad row does
 * @param predictionCol the prediction column's name
 * @param errorCol the error column's name (used with {@link BadRowPolicy#ERROR_COLUMN})
 * @param params the params given to every prediction, enforced against the signature's params
 */
public record Settings(String modelUri, int batchSize, BadRowPolicy badRows, String predictionCol,
    String errorCol, Map<String, Object> params) {
  /** Checks the values; see the builder. */
  public Settings {
    Objects.requireNonNull(modelUri, "modelUri");
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1, found " + batchSize);
    }
    Objects.requireNonNull(badRows, "badRows");
    if (predictionCol.isEmpty() || errorCol.isEmpty() || predictionCol.equals(errorCol)) {
      throw new IllegalArgumentException("predictionCol and errorCol must be two different non-empty names");
    }
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }
}
