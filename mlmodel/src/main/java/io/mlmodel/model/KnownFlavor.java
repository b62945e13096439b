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
  /** {@code python_function}: MLflow's generic pyfunc flavor, which names the Python loader of the model. */
  PYTHON_FUNCTION("python_function", null, "data", "model_path"),
  /** {@code sklearn}: a pickled scikit-learn estimator. */
  SKLEARN("sklearn", "sklearn_version", "pickled_model"),
  /** {@code xgboost}: an XGBoost booster in its native format. */
  XGBOOST("xgboost", "xgb_version", "data"),
  /** {@code lightgbm}: a LightGBM text model, or a pickled model of its scikit-learn API. */
  LIGHTGBM("lightgbm", "lgb_version", "data"),
  /** {@code catboost}: a CatBoost model in one of CatBoost's save formats. */
  CATBOOST("catboost", "catboost_version", "data"),
  /** {@code onnx}: an ONNX model file. */
  ONNX("onnx", "onnx_version", "data"),
  /** {@code pytorch}: a pickled PyTorch module or a TorchScript archive. */
  PYTORCH("pytorch", "pytorch_version", "model_data"),
  /** {@code tensorflow}: a TensorFlow SavedModel or Keras model (MLflow 2.0 to 2.10 wrote it for Keras too). */
  TENSORFLOW("tensorflow", "keras_version", "saved_model_dir", "data"),
  /** {@code keras}: a Keras model (MLflow 1.x, and Keras 3 since MLflow 2.11). */
  KERAS("keras", "keras_version", "data"),
  /** {@code spark}: a Spark MLlib model in Spark ML persistence format. */
  SPARK("spark", "pyspark_version", "model_data"),
  /** {@code mleap}: an MLeap bundle (removed in MLflow 3.0). */
  MLEAP("mleap", "mleap_version", "model_data"),
  /** {@code h2o}: an H2O binary model. */
  H2O("h2o", "h2o_version", "data"),
  /** {@code statsmodels}: a saved statsmodels model. */
  STATSMODELS("statsmodels", "statsmodels_version", "data"),
  /** {@code prophet}: a Prophet model saved as JSON. */
  PROPHET("prophet", "prophet_version", "data"),
  /** {@code pmdarima}: a pickled pmdarima model. */
  PMDARIMA("pmdarima", "pmdarima_version", "data"),
  /** {@code diviner}: a Diviner forecasting model (removed after MLflow 3.6). */
  DIVINER("diviner", "diviner_version", "data"),
  /** {@code paddle}: a PaddlePaddle model, named by a file prefix. */
  PADDLE("paddle", "paddle_version", "pickled_model"),
  /** {@code spacy}: a spaCy pipeline folder. */
  SPACY("spacy", "spacy_version", "data"),
  /** {@code fastai}: an exported fastai Learner (MLflow 1.9 to 2.22). */
  FASTAI("fastai", "fastai_version", "data"),
  /** {@code gluon}: an exported MXNet Gluon network (removed after MLflow 2.19); it writes no data key. */
  GLUON("gluon", "mxnet_version"),
  /** {@code shap}: a saved SHAP explainer with its underlying model. */
  SHAP("shap", "shap_version", "serialized_explainer"),
  /** {@code transformers}: a Hugging Face transformers pipeline. */
  TRANSFORMERS("transformers", "transformers_version", "model_binary"),
  /** {@code sentence_transformers}: a sentence-transformers model; it writes no data key. */
  SENTENCE_TRANSFORMERS("sentence_transformers", "sentence_transformers_version"),
  /** {@code langchain}: a LangChain chain, agent or runnable. */
  LANGCHAIN("langchain", "langchain_version", "model_data"),
  /** {@code openai}: an OpenAI model descriptor. */
  OPENAI("openai", "openai_version", "data"),
  /** {@code llama_index}: a LlamaIndex index or engine; it writes no data key. */
  LLAMA_INDEX("llama_index", "llama_index_version"),
  /** {@code dspy}: a pickled DSPy program; it writes no version key. */
  DSPY("dspy", null, "model_path"),
  /** {@code johnsnowlabs}: a John Snow Labs (Spark NLP) model. */
  JOHNSNOWLABS("johnsnowlabs", "pyspark_version", "model_data"),
  /** {@code promptflow}: a Prompt flow folder (MLflow 2.12.1 to 3.6). */
  PROMPTFLOW("promptflow", "version", "entry"),
  /** {@code crate}: an R function crate, written by MLflow's R client. */
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

  /**
   * The name under {@code flavors:}.
   *
   * @return the flavor's name as MLflow writes it, such as {@code sklearn}
   */
  public String flavorName() {
    return flavorName;
  }

  /**
   * The key holding the saving library's version, or null when the flavor writes none.
   *
   * @return the key, such as {@code sklearn_version}; null for {@code python_function} and {@code dspy}
   */
  public @Nullable String versionKey() {
    return versionKey;
  }

  /**
   * The keys that may name the model's data, in the order they are tried.
   *
   * @return an unmodifiable list; empty for flavors that write no data key ({@code gluon},
   *     {@code sentence_transformers}, {@code llama_index})
   */
  public List<String> dataKeys() {
    return dataKeys;
  }

  /**
   * The known flavor of that name.
   *
   * @param name a flavor name as written under {@code flavors}, such as {@code onnx} (case-sensitive)
   * @return the known flavor; empty for a name not in this table
   */
  public static Optional<KnownFlavor> byName(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }
}
