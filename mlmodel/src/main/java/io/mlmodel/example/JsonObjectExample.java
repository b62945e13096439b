package io.mlmodel.example;

import io.mlmodel.io.FrozenValues;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A {@code json_object} example (MLflow 2.10+): any JSON value (a dict such as {@code
 * {"messages": [...]}}, a list, a string, a number), given to the model as parsed.
 *
 * @param value the value
 * @param paramsOrNull the saved inference params, or null
 */
public record JsonObjectExample(@Nullable Object value, @Nullable Map<String, @Nullable Object> paramsOrNull)
    implements InputExample {

  /**
   * Keeps deeply unmodifiable copies of the value and the params.
   *
   * @param value the value, as JSON gives it; null for a JSON {@code null}; copied, so later
   *     changes to the caller's lists and mappings do not show
   * @param paramsOrNull the saved inference params, or null when the example has none
   */
  public JsonObjectExample {
    value = FrozenValues.copy(value);
    paramsOrNull = paramsOrNull == null ? null : FrozenValues.copyMap(paramsOrNull);
  }
}
