package io.mlmodel.model;

import org.jspecify.annotations.Nullable;

/**
 * The typed view of the {@code lightgbm} flavor (LightGBM; format reference §8.1). Every key it does
 * not name stays in {@link #flavor()}.
 *
 * @param lgbVersion the lightgbm version (lgb_version)
 * @param data model.lgb (a text Booster) or model.pkl (a pickled sklearn-API model) (data)
 * @param modelClass the fully qualified Python class (model_class)
 * @param code the folder of copied code paths (code)
 * @param flavor the generic view, with every key
 */
public record LightgbmFlavor(
    @Nullable String lgbVersion,
    @Nullable String data,
    @Nullable String modelClass,
    @Nullable String code,
    Flavor flavor) {

  /** The flavor's name. */
  public static final String NAME = "lightgbm";

  /**
   * Reads the typed view; fails with a located {@code bad-value} error on a wrongly typed key.
   *
   * @param f the {@code lightgbm} flavor, as read or built; its name is not checked
   * @return the typed view of {@code f}
   * @throws io.mlmodel.ModelException code {@code bad-value} when a key has the wrong type
   */
  public static LightgbmFlavor from(Flavor f) {
    return new LightgbmFlavor(
        f.string("lgb_version").orElse(null),
        f.string("data").orElse(null),
        f.string("model_class").orElse(null),
        f.string("code").orElse(null),
        f);
  }
}
