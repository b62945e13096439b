package io.mlmodel.model;

import org.jspecify.annotations.Nullable;

/**
 * The typed view of the {@code statsmodels} flavor (statsmodels; format reference §8.1). Every key it does
 * not name stays in {@link #flavor()}.
 *
 * @param statsmodelsVersion the statsmodels version (statsmodels_version)
 * @param data the saved model, normally model.statsmodels (data)
 * @param code the folder of copied code paths (code)
 * @param flavor the generic view, with every key
 */
public record StatsmodelsFlavor(
    @Nullable String statsmodelsVersion,
    @Nullable String data,
    @Nullable String code,
    Flavor flavor) {

  /** The flavor's name. */
  public static final String NAME = "statsmodels";

  /**
   * Reads the typed view; fails with a located {@code bad-value} error on a wrongly typed key.
   *
   * @param f the {@code statsmodels} flavor, as read or built; its name is not checked
   * @return the typed view of {@code f}
   * @throws io.mlmodel.ModelException code {@code bad-value} when a key has the wrong type
   */
  public static StatsmodelsFlavor from(Flavor f) {
    return new StatsmodelsFlavor(
        f.string("statsmodels_version").orElse(null),
        f.string("data").orElse(null),
        f.string("code").orElse(null),
        f);
  }
}
