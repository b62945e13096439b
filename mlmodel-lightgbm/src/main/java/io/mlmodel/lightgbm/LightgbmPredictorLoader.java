package io.mlmodel.lightgbm;

import io.mlmodel.model.LightgbmFlavor;
import io.mlmodel.model.MLModel;
import io.mlmodel.predict.Predictor;
import io.mlmodel.predict.PredictorLoader;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Runs the {@code lightgbm} flavor with lightgbm4j, giving a {@link LightgbmPredictor}. It is found
 * through {@link java.util.ServiceLoader}; it is public only for that and for explicit
 * registration. It declines, so that resolution moves on, a scikit-learn-API model (MLflow pickles
 * those to {@code model.pkl}, and no JVM reader exists for a pickle), and any model when
 * lightgbm4j's native library does not load. Stateless and thread-safe.
 */
public final class LightgbmPredictorLoader implements PredictorLoader {
  static final String BOOSTER = "lightgbm.basic.Booster";

  /** The loader; {@link java.util.ServiceLoader} calls this too. */
  public LightgbmPredictorLoader() {}

  @Override
  public String name() {
    return "lightgbm4j";
  }

  @Override
  public List<String> flavors() {
    return List.of(LightgbmFlavor.NAME);
  }

  @Override
  public Class<? extends Predictor> predictorType() {
    return LightgbmPredictor.class;
  }

  @Override
  public Optional<String> declines(MLModel model) {
    Optional<LightgbmFlavor> flavor = model.flavor(LightgbmFlavor.NAME).map(LightgbmFlavor::from);
    if (flavor.isEmpty()) {
      return Optional.of("the model has no lightgbm flavor");
    }
    String data = flavor.get().data() == null ? "" : flavor.get().data();
    String modelClass = flavor.get().modelClass() == null ? BOOSTER : flavor.get().modelClass();
    String lower = data.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".pkl") || lower.endsWith(".pickle") || !modelClass.equals(BOOSTER)) {
      return Optional.of(data + " is a pickled " + modelClass + " (a scikit-learn-API model, which MLflow saves"
          + " with cloudpickle) and a pickle has no JVM reader; log the model's booster_ instead");
    }
    return NativeLgbm.problem();
  }

  @Override
  public LightgbmPredictor load(MLModel model) {
    Optional<String> problem = declines(model);
    if (problem.isPresent()) {
      throw new IllegalStateException("cannot load with the lightgbm4j loader: " + problem.get());
    }
    return LightgbmPredictor.open(model);
  }

  @Override
  public String toString() {
    return "LightgbmPredictorLoader[lightgbm4j]";
  }
}
