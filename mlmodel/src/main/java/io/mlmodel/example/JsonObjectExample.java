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

  public JsonObjectExample {
    paramsOrNull = paramsOrNull == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(paramsOrNull));
  }
}
