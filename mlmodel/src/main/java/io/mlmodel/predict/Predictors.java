package io.mlmodel.predict;

import io.mlmodel.MLModels;
import io.mlmodel.data.PredictOutput;
import io.mlmodel.enforce.Params;
import io.mlmodel.model.MLModel;
import java.nio.file.Path;

/**
 * Loads models into {@link Predictor}s with the loaders found on the class path or module path.
 *
 * <pre>{@code
 * try (Predictor p = Predictors.load(Path.of("models/onnx_linear"))) {
 *   PredictOutput out = p.predict(input, Params.empty());
 * }
 * try (OnnxPredictor p = Predictors.resolve(MLModels.read(dir), OnnxPredictor.class)) {
 *   p.session();                        // the ONNX Runtime session itself
 * }
 * }</pre>
 *
 * <p>The default registry is built once, on first use, with {@link LoaderRegistry#serviceLoaded()};
 * for another set of loaders build a {@link LoaderRegistry} and call it directly. Stateless apart
 * from that registry; thread-safe.
 */
public final class Predictors {
  private Predictors() {}

  private static final class Default {
    static final LoaderRegistry REGISTRY = LoaderRegistry.serviceLoaded();
  }

  /**
   * The registry of the loaders {@link java.util.ServiceLoader} found.
   *
   * @return the registry, found once and shared
   */
  public static LoaderRegistry registry() {
    return Default.REGISTRY;
  }

  /**
   * Reads the model folder and loads it; see {@link LoaderRegistry#resolve(MLModel)}.
   *
   * @param dir a model folder or its MLmodel file
   * @return an open predictor, which the caller closes
   */
  public static Predictor load(Path dir) {
    return registry().resolve(MLModels.read(dir));
  }

  /**
   * Reads and loads the model a location names (a path or a model URI, see {@link
   * MLModels#read(String)}).
   *
   * @param location a path, {@code file:} URI or model URI
   * @return an open predictor, which the caller closes
   */
  public static Predictor load(String location) {
    return registry().resolve(MLModels.read(location));
  }

  /**
   * Loads {@code model} with the default registry; see {@link LoaderRegistry#resolve(MLModel)}.
   *
   * @param model the model to load
   * @return an open predictor, which the caller closes
   */
  public static Predictor resolve(MLModel model) {
    return registry().resolve(model);
  }

  /**
   * Loads {@code model} as a {@code type}; see {@link LoaderRegistry#resolve(MLModel, Class)}.
   *
   * @param <T> the predictor type asked for
   * @param model the model to load
   * @param type the predictor class, such as {@code OnnxPredictor.class}
   * @return an open predictor of that type, which the caller closes
   */
  public static <T extends Predictor> T resolve(MLModel model, Class<T> type) {
    return registry().resolve(model, type);
  }
}
