package io.mlmodel.xgboost;

import java.util.Map;
import java.util.Optional;

/**
 * What the flavor's {@code model_class} makes pyfunc's {@code predict} return: {@code
 * mlflow.xgboost} instantiates that class, loads the file into it and calls its {@code predict}.
 */
enum ModelClass {
  /** {@code xgboost.core.Booster}: {@code Booster.predict(DMatrix(data))}, float32 for the objective. */
  BOOSTER,
  /** A scikit-learn classifier: class labels (see {@link Outputs#classify}). */
  CLASSIFIER,
  /** A scikit-learn regressor or ranker: {@code XGBModel.predict}, float32 values. */
  REGRESSOR;

  /** The default MLflow assumes for models saved before MLflow 1.22 wrote the key. */
  static final String DEFAULT = "xgboost.core.Booster";

  private static final Map<String, ModelClass> KNOWN = Map.of(
      "xgboost.core.Booster", BOOSTER,
      "xgboost.sklearn.XGBClassifier", CLASSIFIER,
      "xgboost.sklearn.XGBRFClassifier", CLASSIFIER,
      "xgboost.sklearn.XGBRegressor", REGRESSOR,
      "xgboost.sklearn.XGBRFRegressor", REGRESSOR,
      "xgboost.sklearn.XGBRanker", REGRESSOR,
      "xgboost.sklearn.XGBModel", REGRESSOR);

  static Optional<ModelClass> of(String modelClass) {
    return Optional.ofNullable(KNOWN.get(modelClass));
  }

  /** Whether predictions start from the model's best iteration, as the scikit-learn wrappers do. */
  boolean usesBestIteration() {
    return this != BOOSTER;
  }

  static String known() {
    return KNOWN.keySet().stream().sorted().toList().toString();
  }
}
