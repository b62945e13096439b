package io.mlmodel.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The typed view of the {@code tensorflow} flavor (TensorFlow; format reference §8.1). Every key it does
 * not name stays in {@link #flavor()}.
 *
 * @param modelType keras or tf2-module; absent for MLflow 1.x TF1 estimators (model_type)
 * @param data the Keras model folder or file, for model_type keras (data)
 * @param savedModelDir the SavedModel folder (tf2model or tfmodel) (saved_model_dir)
 * @param kerasVersion the Keras (TensorFlow) version (keras_version)
 * @param saveFormat tf or h5 (save_format)
 * @param signatureDefKey the SavedModel signature of a TF1 estimator (signature_def_key)
 * @param code the folder of copied code paths (code)
 * @param metaGraphTags the SavedModel tags of a TF1 estimator
 * @param flavor the generic view, with every key
 */
public record TensorflowFlavor(
    @Nullable String modelType,
    @Nullable String data,
    @Nullable String savedModelDir,
    @Nullable String kerasVersion,
    @Nullable String saveFormat,
    @Nullable String signatureDefKey,
    @Nullable String code,
    List<String> metaGraphTags,
    Flavor flavor) {

  /** The flavor's name. */
  public static final String NAME = "tensorflow";

  /**
   * Reads the typed view; fails with a located {@code bad-value} error on a wrongly typed key.
   *
   * @param f the {@code tensorflow} flavor, as read or built; its name is not checked
   * @return the typed view of {@code f}; {@code metaGraphTags} is empty when absent or null
   * @throws io.mlmodel.ModelException code {@code bad-value} when a key has the wrong type
   */
  public static TensorflowFlavor from(Flavor f) {
    return new TensorflowFlavor(
        f.string("model_type").orElse(null),
        f.string("data").orElse(null),
        f.string("saved_model_dir").orElse(null),
        f.string("keras_version").orElse(null),
        f.string("save_format").orElse(null),
        f.string("signature_def_key").orElse(null),
        f.string("code").orElse(null),
        f.strings("meta_graph_tags").orElse(List.of()),
        f);
  }
}
