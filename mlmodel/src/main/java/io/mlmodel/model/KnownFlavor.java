package io.mlmodel.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Every flavor MLflow (and its R client) has written, with the key that holds the saving library's
 * version and the keys that name the model data, per the format reference §8.1. A table, so one
 * place answers "is this a flavor MLflow knows" for the reader, the validator and the CLI.
 */
public enum KnownFlavor {
  PYTHON_FUNCTION("python_function", null, "data", "model_path"),
  SKLEARN("sklearn", "sklearn_version", "pickled_model"),
  XGBOOST("xgboost", "xgb_version", "data"),
  LIGHTGBM("lightgbm", "lgb_version", "data"),
  CATBOOST("catboost", "catboost_version", "data"),
  ONNX("onnx", "onnx_version", "data"),
  PYTORCH("pytorch", "pytorch_version", "model_data"),
  TENSORFLOW("tensorflow", "keras_version", "saved_model_dir", "data"),
  KERAS("keras", "keras_version", "data"),
  SPARK("spark", "pyspark_version", "model_data"),
  MLEAP("mleap", "mleap_version", "model_data"),
  H2O("h2o", "h2o_version", "data"),
  STATSMODELS("statsmodels", "statsmodels_version", "data"),
  PROPHET("prophet", "prophet_version", "data"),
  PMDARIMA("pmdarima", "pmdarima_version", "data"),
  DIVINER("diviner", "diviner_version", "data"),
  PADDLE("paddle", "paddle_version", "pickled_model"),
  SPACY("spacy", "spacy_version", "data"),
  FASTAI("fastai", "fastai_version", "data"),
  GLUON("gluon", "mxnet_version"),
  SHAP("shap", "shap_version", "serialized_explainer"),
  TRANSFORMERS("transformers", "transformers_version", "model_binary"),
  SENTENCE_TRANSFORMERS("sentence_transformers", "sentence_transformers_version"),
  LANGCHAIN("langchain", "langchain_version", "model_data"),
  OPENAI("openai", "openai_version", "data"),
  LLAMA_INDEX("llama_index", "llama_index_version"),
  DSPY("dspy", null, "model_path"),
  JOHNSNOWLABS("johnsnowlabs", "pyspark_version", "model_data"),
  PROMPTFLOW("promptflow", "version", "entry"),
  CRATE("crate", "version", "model");

  private static final Map<String, KnownFlavor> BY_NAME = new HashMap<>();

  static {
    for (KnownFlavor k : values()) {
      BY_NAME.put(k.flavorName, k);
    }
  }

  private final String flavorName;
  private final @Nullable String versionKey;
  private final List<String> dataKeys;

  KnownFlavor(String flavorName, @Nullable String versionKey, String... dataKeys) {
    this.flavorName = flavorName;
    this.versionKey = versionKey;
    this.dataKeys = List.of(dataKeys);
  }

  /** The name under {@code flavors:}. */
  public String flavorName() {
    return flavorName;
  }

  /** The key holding the saving library's version, or null when the flavor writes none. */
  public @Nullable String versionKey() {
    return versionKey;
  }

  /** The keys that may name the model's data, in the order they are tried. */
  public List<String> dataKeys() {
    return dataKeys;
  }

  /** The known flavor of that name. */
  public static Optional<KnownFlavor> byName(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }
}
