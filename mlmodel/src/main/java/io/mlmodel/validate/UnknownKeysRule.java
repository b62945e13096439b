package io.mlmodel.validate;

import io.mlmodel.model.MLModel;

/**
 * {@code unknown-key} (info): a top-level key MLflow does not write. MLflow keeps it as an
 * attribute, so it is no error, but it is often a typo ({@code time_created}) or content from
 * another file ({@code entry_points} of an MLproject).
 */
final class UnknownKeysRule implements Rule {
  @Override
  public void check(ModelContext context) {
    MLModel model = context.model();
    for (String key : model.unknownKeys().keySet()) {
      context.info("unknown-key", model.locateKey(key), "'" + key + "' is not a key MLflow writes; MLflow keeps it as is");
    }
  }
}
