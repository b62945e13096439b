package io.mlmodel.model;

import org.jspecify.annotations.Nullable;

/**
 * The typed view of the {@code spark} flavor (Spark MLlib; format reference §8.1). Every key it does
 * not name stays in {@link #flavor()}.
 *
 * @param pysparkVersion the pyspark version (pyspark_version)
 * @param modelData the Spark ML persistence folder, normally sparkml (model_data)
 * @param modelClass the Python class, such as pyspark.ml.pipeline.PipelineModel (model_class)
 * @param code the folder of copied code paths (code)
 * @param flavor the generic view, with every key
 */
public record SparkFlavor(
    @Nullable String pysparkVersion,
    @Nullable String modelData,
    @Nullable String modelClass,
    @Nullable String code,
    Flavor flavor) {

  /** The flavor's name. */
  public static final String NAME = "spark";

  /**
   * Reads the typed view; fails with a located {@code bad-value} error on a wrongly typed key.
   *
   * @param f the {@code spark} flavor, as read or built; its name is not checked
   * @return the typed view of {@code f}
   * @throws io.mlmodel.ModelException code {@code bad-value} when a key has the wrong type
   */
  public static SparkFlavor from(Flavor f) {
    return new SparkFlavor(
        f.string("pyspark_version").orElse(null),
        f.string("model_data").orElse(null),
        f.string("model_class").orElse(null),
        f.string("code").orElse(null),
        f);
  }
}
