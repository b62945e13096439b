package io.mlmodel.request;

import io.mlmodel.data.PredictInput;
import io.mlmodel.enforce.Enforcement;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A decoded scoring request, before enforcement: the input as MLflow's scoring server hands it to
 * {@code predict} (already cast per column to the signature's types, as the server's pre-parse
 * does) and the params as given. Pass both to {@link Enforcement#enforce}.
 *
 * @param format the request form
 * @param input the decoded input
 * @param params the {@code params} object as plain values (empty when absent)
 */
public record ScoringRequest(RequestFormat format, PredictInput input, Map<String, @Nullable Object> params) {

  /**
   * Keeps an unmodifiable copy of {@code params}, in its iteration order.
   *
   * @param format the request form
   * @param input the decoded input
   * @param params the {@code params} object as plain values (empty when absent); values may be null
   * @throws NullPointerException when {@code format} or {@code input} is null
   */
  public ScoringRequest {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(input, "input");
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }
}
