package io.mlmodel.validate;

import io.mlmodel.example.InputExample;
import io.mlmodel.signature.ModelSignature;

/**
 * Whether a saved input example satisfies the model's signature: the schema enforcement of the
 * predict layer, seen from the validator. Throws an {@link io.mlmodel.InputException} (or a
 * {@link io.mlmodel.ModelException}) describing the first mismatch; returns normally when the
 * example is accepted. Implementations are stateless and thread-safe.
 */
@FunctionalInterface
interface ExampleCheck {
  /** Used until the predict layer's enforcement is wired in: accepts every example. */
  ExampleCheck NONE = (example, signature) -> { };

  void check(InputExample example, ModelSignature signature);
}
