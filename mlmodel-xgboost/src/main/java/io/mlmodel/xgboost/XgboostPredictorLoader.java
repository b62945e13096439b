package io.mlmodel.xgboost;

import io.mlmodel.model.MLModel;
import io.mlmodel.model.XgboostFlavor;
import io.mlmodel.predict.Predictor;
import io.mlmodel.predict.PredictorLoader;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Runs the {@code xgboost} flavor with xgboost4j, giving an {@link XgboostPredictor}. It is found
 * through {@link java.util.ServiceLoader}; it is public only for that and for explicit
 * registration. It declines, so that resolution moves on, when the flavor's file is a pickle (no JVM
 * reader exists), its {@code model_class} is one it does not know, or xgboost4j's native library
 * does not load. Stateless and thread-safe.
 */
public final class XgboostPredictorLoader implements PredictorLoader {

  /** The loader; {@link java.util.ServiceLoader} calls this too. */
  public XgboostPredictorLoader() {}

  @Override
  public String name() {
    return "xgboost4j";
  }

  @Override
  public List<String> flavors() {
    return List.of(XgboostFlavor.NAME);
  }

  @Override
  public Class<? extends Predictor> predictorType() {
    return XgboostPredictor.class;
  }

  @Override
  public Optional<String> declines(MLModel model) {
    Optional<XgboostFlavor> flavor = model.flavor(XgboostFlavor.NAME).map(XgboostFlavor::from);
    if (flavor.isEmpty()) {
      return Optional.of("the model has no xgboost flavor");
    }
    String data = flavor.get().data();
    if (data != null && isPickle(data)) {
      return Optional.of(data + " is a Python pickle, which has no JVM reader");
    }
    String modelClass = flavor.get().modelClass() == null ? ModelClass.DEFAULT : flavor.get().modelClass();
    if (ModelClass.of(modelClass).isEmpty()) {
      return Optional.of("model_class " + modelClass + " is not one of " + ModelClass.known());
    }
    return Runtime4j.problem();
  }

  static boolean isPickle(String data) {
    String d = data.toLowerCase(Locale.ROOT);
    return d.endsWith(".pkl") || d.endsWith(".pickle");
  }

  @Override
  public XgboostPredictor load(MLModel model) {
    Optional<String> problem = declines(model);
    if (problem.isPresent()) {
      throw new IllegalStateException("cannot load with the xgboost4j loader: " + problem.get());
    }
    return XgboostPredictor.open(model);
  }

  @Override
  public String toString() {
    return "XgboostPredictorLoader[xgboost4j]";
  }
}
