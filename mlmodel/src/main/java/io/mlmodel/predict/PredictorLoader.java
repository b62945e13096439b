package io.mlmodel.predict;

import io.mlmodel.model.MLModel;
import java.util.List;
import java.util.Optional;

/**
 * The service interface of a model runtime: it turns a model folder with one of its {@link
 * #flavors()} into a {@link Predictor}. Implementations are found with {@link
 * java.util.ServiceLoader} ({@code META-INF/services/io.mlmodel.predict.PredictorLoader}, or {@code
 * provides io.mlmodel.predict.PredictorLoader with ...} in a module) and can be registered
 * explicitly with {@link LoaderRegistry#with(PredictorLoader)}.
 *
 * <p>Resolution asks {@link #declines(MLModel)} first, so that a loader whose runtime is missing or
 * which cannot run this particular model steps aside and the next loader gets its turn; only then
 * is {@link #load(MLModel)} called, and its failures are final. Implementations must be thread-safe
 * and cheap to construct: the registry instantiates each once and shares it.
 */
public interface PredictorLoader {

  /**
   * A short name for messages and listings, such as {@code onnx}.
   *
   * @return the name, lower case
   */
  String name();

  /**
   * The flavor names this loader can run, in order of preference, such as {@code [onnx]}.
   *
   * @return the flavor names, most preferred first
   */
  List<String> flavors();

  /**
   * The type of predictor {@link #load(MLModel)} returns, for typed resolution.
   *
   * @return the class of the predictors this loader makes
   */
  Class<? extends Predictor> predictorType();

  /**
   * Whether this loader is a last resort: the registry tries it only after every other loader did
   * not apply or declined, wherever it was registered. A loader that runs models out of process
   * (through an MLflow scoring server) is one, so that an in-JVM runtime always wins. Default false.
   *
   * @return true for a last-resort loader
   */
  default boolean fallback() {
    return false;
  }

  /**
   * Why this loader cannot run {@code model}, as a short sentence (such as {@code onnxruntime is not
   * on the class path}), or empty when it will try. Must not throw for a model that has one of
   * {@link #flavors()}, and must be cheap: it may not load the model's data.
   *
   * @param model a model that has one of this loader's flavors
   * @return the reason, or empty
   */
  Optional<String> declines(MLModel model);

  /**
   * Loads the model. Called only when {@link #declines(MLModel)} was empty.
   *
   * @param model the model to load
   * @return an open predictor, which the caller closes
   * @throws io.mlmodel.ModelException when the model is broken (missing file, bad configuration,
   *     data the runtime rejects), with the location of the cause
   */
  Predictor load(MLModel model);
}
