package io.mlmodel.example;

import java.util.Collections;
import java.util.LinkedHashMap;
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
   * Keeps an unmodifiable copy of the params; {@code value} is kept as given, not copied.
   *
   * @param value the value, as JSON gives it; null for a JSON {@code null}
   * @param paramsOrNull the saved inference params, or null when the example has none
   */
  public JsonObjectExample {
    paramsOrNull = paramsOrNull == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(paramsOrNull));
  }
}
