package io.mlmodel.validate;

import io.mlmodel.model.MLModel;

/**
 * Whether a scoring request body satisfies the model's signature: the schema enforcement of the
 * predict layer, seen from the validator (MLflow's {@code validate_serving_input}). Throws an
 * {@link io.mlmodel.InputException} (or a {@link io.mlmodel.ModelException}) describing the first
 * mismatch; returns normally when the request is accepted. Implementations are stateless and
 * thread-safe.
 */
@FunctionalInterface
interface ExampleCheck {
  /** Accepts every request (for testing the other checks of the example rule alone). */
  ExampleCheck NONE = (model, requestJson) -> { };

  /**
   * @param model the model, with a signature
   * @param requestJson a JSON scoring request ({@code {"dataframe_split": ...}}, {@code {"inputs": ...}}...)
   */
  void check(MLModel model, String requestJson);
}
