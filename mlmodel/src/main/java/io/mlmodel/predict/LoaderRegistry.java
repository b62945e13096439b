package io.mlmodel.predict;

import io.mlmodel.ModelException;
import io.mlmodel.model.MLModel;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * An ordered list of {@link PredictorLoader}s and the rule that picks one for a model.
 *
 * <p>{@link #resolve(MLModel)} walks the loaders in order. A loader applies when the model has one
 * of its flavors; it then may {@linkplain PredictorLoader#declines decline} (its runtime is missing,
 * or it cannot run this model), and the walk goes on to the next. The first loader that accepts
 * loads the model, and its failure is final. When no loader accepts, a {@link ModelException}
 * (code {@code no-predictor}) names the model's flavors and every loader with what it runs and
 * why it declined:
 *
 * <pre>{@code
 * /m/MLmodel:1:1: flavors: no predictor loader can run this model; it has flavors [python_function, sklearn];
 * loaders: onnx (runs [onnx])
 * /m/MLmodel:1:1: flavors: no OnnxPredictor loader can run this model; it has flavors [onnx]; loaders: onnx
 * (runs [onnx], gives OnnxPredictor) declined: onnxruntime is not on the class path (...)
 * }</pre>
 *
 * <p>Explicitly registered loaders ({@link #with(PredictorLoader)}) come before the ones found
 * earlier, so an application can override a built-in loader. {@linkplain PredictorLoader#fallback()
 * Fallback} loaders come after all others, whatever the order they were registered in. Instances
 * are immutable and thread-safe.
 */
public final class LoaderRegistry {
  private final List<PredictorLoader> loaders;
  private final List<String> broken;

  private LoaderRegistry(List<PredictorLoader> loaders, List<String> broken) {
    // Fallback loaders go last, each group keeping its order, so that registering one first
    // (with, or ServiceLoader's class path order) never lets it shadow an in-JVM runtime.
    List<PredictorLoader> ordered = new ArrayList<>(loaders.size());
    loaders.stream().filter(l -> !l.fallback()).forEach(ordered::add);
    loaders.stream().filter(PredictorLoader::fallback).forEach(ordered::add);
    this.loaders = List.copyOf(ordered);
    this.broken = List.copyOf(broken);
  }

  /**
   * A registry with no loader.
   *
   * @return a registry whose {@link #resolve(MLModel)} always fails with {@code no-predictor};
   *     add loaders with {@link #with(PredictorLoader)}
   */
  public static LoaderRegistry empty() {
    return new LoaderRegistry(List.of(), List.of());
  }

  /**
   * The loaders {@link ServiceLoader} finds for this library's class loader and module layer. A
   * provider that fails to instantiate is left out and named in resolution errors.
   *
   * @return a new registry of the loaders found, in {@link ServiceLoader}'s order (fallback
   *     loaders last); empty when none is found
   */
  public static LoaderRegistry serviceLoaded() {
    return fromServiceLoader(ServiceLoader.load(PredictorLoader.class, LoaderRegistry.class.getClassLoader()));
  }

  /**
   * The loaders {@link ServiceLoader} finds through {@code classLoader}. A provider that fails to
   * instantiate is left out and named in resolution errors.
   *
   * @param classLoader where to look: providers in named modules defined to it or its ancestors,
   *     and {@code META-INF/services} entries on its class path
   * @return a new registry of the loaders found, in {@link ServiceLoader}'s order (fallback
   *     loaders last); empty when none is found
   */
  public static LoaderRegistry serviceLoaded(ClassLoader classLoader) {
    return fromServiceLoader(ServiceLoader.load(PredictorLoader.class, Objects.requireNonNull(classLoader, "classLoader")));
  }

  private static LoaderRegistry fromServiceLoader(ServiceLoader<PredictorLoader> sl) {
    List<PredictorLoader> found = new ArrayList<>();
    List<String> broken = new ArrayList<>();
    Iterator<PredictorLoader> it = sl.iterator();
    while (true) {
      try {
        if (!it.hasNext()) {
          break;
        }
        found.add(it.next());
      } catch (ServiceConfigurationError e) {
        broken.add(e.getMessage());
      }
    }
    return new LoaderRegistry(found, broken);
  }

  /**
   * A registry that tries {@code loader} first, then this registry's loaders; a {@linkplain
   * PredictorLoader#fallback() fallback} loader is tried first among the fallbacks only.
   *
   * @param loader the loader to add
   * @return a new registry; this one is unchanged
   */
  public LoaderRegistry with(PredictorLoader loader) {
    Objects.requireNonNull(loader, "loader");
    List<PredictorLoader> l = new ArrayList<>(loaders.size() + 1);
    l.add(loader);
    l.addAll(loaders);
    return new LoaderRegistry(l, broken);
  }

  /**
   * The loaders, in the order they are tried (fallback loaders last).
   *
   * @return the loaders, unmodifiable; empty for {@link #empty()}
   */
  public List<PredictorLoader> loaders() {
    return loaders;
  }

  /**
   * Loads {@code model} with the first loader that applies and accepts.
   *
   * @param model the model to run
   * @return a new predictor for the model, from the chosen loader; the caller closes it
   * @throws ModelException code {@code no-predictor} when none does; whatever the chosen loader
   *     throws when the model is broken
   */
  public Predictor resolve(MLModel model) {
    return resolve(model, Predictor.class);
  }

  /**
   * Loads {@code model} with the first loader that gives a {@code type} and accepts the model, as
   * in {@code resolve(model, OnnxPredictor.class)}; loaders of other predictor types are skipped.
   *
   * @param <T> the predictor type wanted
   * @param model the model to run
   * @param type the predictor type wanted, such as {@code Predictor.class} for any loader
   * @return a new predictor of that type for the model, from the chosen loader; the caller closes
   *     it
   * @throws ModelException code {@code no-predictor} when no loader fits; whatever the chosen loader
   *     throws when the model is broken
   * @throws IllegalStateException when the chosen loader breaks its contract and gives a predictor
   *     that is not of its declared {@link PredictorLoader#predictorType()}; that predictor is
   *     closed first
   */
  public <T extends Predictor> T resolve(MLModel model, Class<T> type) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(type, "type");
    List<String> seen = new ArrayList<>();
    for (PredictorLoader loader : loaders) {
      String about = describe(loader, type);
      if (!type.isAssignableFrom(loader.predictorType()) || !applies(loader, model)) {
        seen.add(about);
        continue;
      }
      Optional<String> reason = loader.declines(model);
      if (reason.isPresent()) {
        seen.add(about + " declined: " + reason.get());
        continue;
      }
      Predictor p = loader.load(model);
      if (!type.isInstance(p)) {
        p.close();
        throw new IllegalStateException("loader " + loader.name() + " promised " + loader.predictorType().getName()
            + " but gave " + p.getClass().getName());
      }
      return type.cast(p);
    }
    seen.addAll(broken.stream().map(b -> "broken provider: " + b).toList());
    String what = type == Predictor.class ? "predictor" : type.getSimpleName();
    throw new ModelException("no-predictor", model.locateKey("flavors"),
        "no " + what + " loader can run this model; it has flavors " + List.copyOf(model.flavors().keySet())
            + "; loaders: " + (seen.isEmpty() ? "none" : String.join("; ", seen)));
  }

  private static boolean applies(PredictorLoader loader, MLModel model) {
    return loader.flavors().stream().anyMatch(f -> model.flavors().containsKey(f));
  }

  private static String describe(PredictorLoader loader, Class<?> type) {
    String s = loader.name() + " (runs " + loader.flavors();
    return (type == Predictor.class ? s : s + ", gives " + loader.predictorType().getSimpleName()) + ")";
  }

  @Override
  public String toString() {
    return "LoaderRegistry" + loaders.stream().map(PredictorLoader::name).toList();
  }
}
