package io.mlmodel.model;

import org.jspecify.annotations.Nullable;

/**
 * The typed view of the {@code sklearn} flavor (scikit-learn; format reference §8.1). Every key it does
 * not name stays in {@link #flavor()}.
 *
 * @param pickledModel the pickled estimator, normally model.pkl (pickled_model)
 * @param sklearnVersion the scikit-learn version (sklearn_version)
 * @param serializationFormat cloudpickle (the default) or pickle (serialization_format)
 * @param code the folder of copied code paths (code)
 * @param flavor the generic view, with every key
 */
public record SklearnFlavor(
    @Nullable String pickledModel,
    @Nullable String sklearnVersion,
    @Nullable String serializationFormat,
    @Nullable String code,
    Flavor flavor) {

  /** The flavor's name. */
  public static final String NAME = "sklearn";

  /**
   * Reads the typed view; fails with a located {@code bad-value} error on a wrongly typed key.
   *
   * @param f the {@code sklearn} flavor, as read or built; its name is not checked
   * @return the typed view of {@code f}
   * @throws io.mlmodel.ModelException code {@code bad-value} when a key has the wrong type
   */
  public static SklearnFlavor from(Flavor f) {
    return new SklearnFlavor(
        f.string("pickled_model").orElse(null),
        f.string("sklearn_version").orElse(null),
        f.string("serialization_format").orElse(null),
        f.string("code").orElse(null),
        f);
  }
}
