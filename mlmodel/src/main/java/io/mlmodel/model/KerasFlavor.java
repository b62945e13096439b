package io.mlmodel.model;

import org.jspecify.annotations.Nullable;

/**
 * The typed view of the {@code keras} flavor (Keras; format reference §8.1). Every key it does
 * not name stays in {@link #flavor()}.
 *
 * @param data the folder holding the model, normally data (data)
 * @param kerasVersion the Keras version (keras_version)
 * @param kerasModule the Keras module of MLflow 1.x models (keras_module)
 * @param kerasBackend tensorflow, jax or torch (Keras 3) (keras_backend)
 * @param saveFormat tf or h5 (Keras 2) (save_format)
 * @param saveExportedModel whether a SavedModel was exported (Keras 3) (save_exported_model)
 * @param flavor the generic view, with every key
 */
public record KerasFlavor(
    @Nullable String data,
    @Nullable String kerasVersion,
    @Nullable String kerasModule,
    @Nullable String kerasBackend,
    @Nullable String saveFormat,
    @Nullable Boolean saveExportedModel,
    Flavor flavor) {

  /** The flavor's name. */
  public static final String NAME = "keras";

  /**
   * Reads the typed view; fails with a located {@code bad-value} error on a wrongly typed key.
   *
   * @param f the {@code keras} flavor, as read or built; its name is not checked
   * @return the typed view of {@code f}
   * @throws io.mlmodel.ModelException code {@code bad-value} when a key has the wrong type
   */
  public static KerasFlavor from(Flavor f) {
    return new KerasFlavor(
        f.string("data").orElse(null),
        f.string("keras_version").orElse(null),
        f.string("keras_module").orElse(null),
        f.string("keras_backend").orElse(null),
        f.string("save_format").orElse(null),
        f.bool("save_exported_model").orElse(null),
        f);
  }
}
