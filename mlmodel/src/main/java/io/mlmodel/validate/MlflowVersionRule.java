package io.mlmodel.validate;

import io.mlmodel.model.MLModel;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code mlflow-version} (warning): {@code mlflow_version} is not a version number, or names an
 * MLflow newer than {@value #NEWEST_KNOWN}, the newest whose files this library has been tested
 * on; a newer MLflow may have changed the format in ways this library does not know.
 */
final class MlflowVersionRule implements Rule {
  static final String NEWEST_KNOWN = "3.15";
  private static final int KNOWN_MAJOR = 3;
  private static final int KNOWN_MINOR = 15;
  private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)(\\.\\d+)?([.+-]?[A-Za-z0-9.+-]*)");

  @Override
  public void check(ModelContext context) {
    MLModel model = context.model();
    if (!(model.toMap().get("mlflow_version") instanceof String version)) {
      return;
    }
    Matcher m = VERSION.matcher(version);
    if (!m.matches()) {
      context.warning("mlflow-version", model.locate("mlflow_version"),
          "mlflow_version '" + version + "' is not an MLflow version number");
      return;
    }
    long major = Long.parseLong(m.group(1));
    long minor = Long.parseLong(m.group(2));
    if (major > KNOWN_MAJOR || major == KNOWN_MAJOR && minor > KNOWN_MINOR) {
      context.warning("mlflow-version", model.locate("mlflow_version"), "the model was written by MLflow " + version
          + ", newer than " + NEWEST_KNOWN + ", the newest format this library knows; check the result");
    }
  }
}
