package io.mlmodel.enforce;

import io.mlmodel.data.PredictInput;
import java.util.List;
import java.util.Objects;

/**
 * An input after schema enforcement, exactly as MLflow's pyfunc would hand it to the model: the
 * converted data (columns in schema order, extra columns dropped), the params with defaults applied
 * and the warnings MLflow would log (extra columns ignored, unknown params dropped).
 *
 * @param input the converted input
 * @param params the converted params, defaults included
 * @param warnings what was dropped or ignored, in MLflow's words
 */
public record EnforcedInput(PredictInput input, Params params, List<String> warnings) {

  /**
   * Keeps an unmodifiable copy of {@code warnings}.
   *
   * @param input the converted input
   * @param params the converted params, defaults included
   * @param warnings what was dropped or ignored, in MLflow's words; no null entry
   * @throws NullPointerException when {@code input} or {@code params} is null or {@code warnings}
   *     holds a null
   */
  public EnforcedInput {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(params, "params");
    warnings = List.copyOf(warnings);
  }
}
