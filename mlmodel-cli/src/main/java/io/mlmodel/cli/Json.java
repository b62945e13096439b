package io.mlmodel.cli;

import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CLI's one JSON mapper, built on first use: in its own class, it is built (hundreds of
 * Jackson classes loaded) only by the commands that print JSON, not for a plain-text
 * {@code inspect}. Thread-safe: a configured mapper is immutable.
 *
 * <p>It reads and writes JSON as Python's {@code json} module does, since that is what MLflow
 * writes: {@code NaN}, {@code Infinity} and {@code -Infinity} are bare tokens both ways (a
 * signature with a {@code float("nan")} param default holds one).
 */
final class Json {
  static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
      .build();

  private Json() {}
}
