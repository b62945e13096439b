package io.mlmodel.model;

import org.jspecify.annotations.Nullable;

/**
 * The typed view of the {@code xgboost} flavor (XGBoost; format reference §8.1). Every key it does
 * not name stays in {@link #flavor()}.
 *
 * @param xgbVersion the xgboost version (xgb_version)
 * @param data the booster file: model.ubj, model.json or model.xgb (data)
 * @param modelClass the fully qualified Python class, such as xgboost.sklearn.XGBClassifier (model_class)
 * @param modelFormat ubj, json or xgb; absent before MLflow 2.0.1, when it was always xgb (model_format)
 * @param code the folder of copied code paths (code)
 * @param flavor the generic view, with every key
 */
public record XgboostFlavor(
    @Nullable String xgbVersion,
    @Nullable String data,
    @Nullable String modelClass,
    @Nullable String modelFormat,
    @Nullable String code,
    Flavor flavor) {

  /** The flavor's name. */
  public static final String NAME = "xgboost";

  /**
   * Reads the typed view; fails with a located {@code bad-value} error on a wrongly typed key.
   *
   * @param f the {@code xgboost} flavor, as read or built; its name is not checked
   * @return the typed view of {@code f}
   * @throws io.mlmodel.ModelException code {@code bad-value} when a key has the wrong type
   */
  public static XgboostFlavor from(Flavor f) {
    return new XgboostFlavor(
        f.string("xgb_version").orElse(null),
        f.string("data").orElse(null),
        f.string("model_class").orElse(null),
        f.string("model_format").orElse(null),
        f.string("code").orElse(null),
        f);
  }
}
