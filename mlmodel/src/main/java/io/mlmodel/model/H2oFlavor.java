package io.mlmodel.model;

import org.jspecify.annotations.Nullable;

/**
 * The typed view of the {@code h2o} flavor (H2O; format reference §8.1). Every key it does
 * not name stays in {@link #flavor()}.
 *
 * @param h2oVersion the h2o version (h2o_version)
 * @param data the model folder, normally model.h2o (data)
 * @param code the folder of copied code paths (code)
 * @param flavor the generic view, with every key
 */
public record H2oFlavor(
    @Nullable String h2oVersion,
    @Nullable String data,
    @Nullable String code,
    Flavor flavor) {

  /** The flavor's name. */
  public static final String NAME = "h2o";

  /**
   * Reads the typed view; fails with a located {@code bad-value} error on a wrongly typed key.
   *
   * @param f the {@code h2o} flavor, as read or built; its name is not checked
   * @return the typed view of {@code f}
   * @throws io.mlmodel.ModelException code {@code bad-value} when a key has the wrong type
   */
  public static H2oFlavor from(Flavor f) {
    return new H2oFlavor(
        f.string("h2o_version").orElse(null),
        f.string("data").orElse(null),
        f.string("code").orElse(null),
        f);
  }
}
