package io.mlmodel.onnx;

import io.mlmodel.model.MLModel;
import io.mlmodel.model.OnnxFlavor;
import io.mlmodel.predict.Predictor;
import io.mlmodel.predict.PredictorLoader;
import java.util.List;
import java.util.Optional;

/**
 * Runs the {@code onnx} flavor with ONNX Runtime, giving an {@link OnnxPredictor}. It is found
 * through {@link java.util.ServiceLoader}; it is public only for that and for explicit
 * registration. It declines, so that resolution moves on, when ONNX Runtime is not on the class
 * path or its native library does not load. Stateless and thread-safe.
 */
public final class OnnxPredictorLoader implements PredictorLoader {

  /** The loader; {@link java.util.ServiceLoader} calls this too. */
  public OnnxPredictorLoader() {}

  @Override
  public String name() {
    return "onnx";
  }

  @Override
  public List<String> flavors() {
    return List.of(OnnxFlavor.NAME);
  }

  @Override
  public Class<? extends Predictor> predictorType() {
    return OnnxPredictor.class;
  }

  @Override
  public Optional<String> declines(MLModel model) {
    if (model.flavor(OnnxFlavor.NAME).isEmpty()) {
      return Optional.of("the model has no onnx flavor");
    }
    return OrtRuntime.problem();
  }

  @Override
  public OnnxPredictor load(MLModel model) {
    Optional<String> problem = declines(model);
    if (problem.isPresent()) {
      throw new IllegalStateException("cannot load with the onnx loader: " + problem.get());
    }
    return OnnxPredictor.open(model);
  }

  @Override
  public String toString() {
    return "OnnxPredictorLoader[onnx]";
  }
}
