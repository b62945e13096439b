package io.mlmodel.validate;

import io.mlmodel.model.MLModel;

/**
 * {@code bad-timestamp} (warning): {@code utc_time_created} is not a time in MLflow's format
 * {@code yyyy-MM-dd HH:mm:ss[.ffffff]}, such as a template placeholder or a mangled R timestamp.
 * MLflow loads the model but cannot sort or compare it by creation time.
 */
final class TimestampRule implements Rule {
  @Override
  public void check(ModelContext context) {
    MLModel model = context.model();
    Object value = model.toMap().get("utc_time_created");
    if (value != null && model.createdAt().isEmpty()) {
      context.warning("bad-timestamp", model.locate("utc_time_created"), "utc_time_created '" + value
          + "' is not a time in MLflow's format yyyy-MM-dd HH:mm:ss.ffffff");
    }
  }
}
