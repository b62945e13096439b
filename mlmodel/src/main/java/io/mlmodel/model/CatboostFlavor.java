package io.mlmodel.model;

import org.jspecify.annotations.Nullable;

/**
 * The typed view of the {@code catboost} flavor (CatBoost; format reference §8.1). Every key it does
 * not name stays in {@link #flavor()}.
 *
 * @param catboostVersion the catboost version (catboost_version)
 * @param modelType the class name, such as CatBoostClassifier (model_type)
 * @param saveFormat cbm (the default), json, onnx, cpp, python, coreml or pmml (save_format)
 * @param data the model file, normally model.cb (data)
 * @param code the folder of copied code paths (code)
 * @param flavor the generic view, with every key
 */
public record CatboostFlavor(
    @Nullable String catboostVersion,
    @Nullable String modelType,
    @Nullable String saveFormat,
    @Nullable String data,
    @Nullable String code,
    Flavor flavor) {

  /** The flavor's name. */
  public static final String NAME = "catboost";

  /**
   * Reads the typed view; fails with a located {@code bad-value} error on a wrongly typed key.
   *
   * @param f the {@code catboost} flavor as read
   * @return the typed view of {@code f}
   * @throws io.mlmodel.ModelException when a key has the wrong type
   */
  public static CatboostFlavor from(Flavor f) {
    return new CatboostFlavor(
        f.string("catboost_version").orElse(null),
        f.string("model_type").orElse(null),
        f.string("save_format").orElse(null),
        f.string("data").orElse(null),
        f.string("code").orElse(null),
        f);
  }
}
