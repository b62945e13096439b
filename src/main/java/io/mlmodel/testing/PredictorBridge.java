package io.mlmodel.testing;

import io.mlmodel.model.MLModel;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/** Where the kit meets the predictor API (io.mlmodel.predict). */
final class PredictorBridge {
  private PredictorBridge() {}

  static boolean isPredictorType(Class<?> type) {
    return false;
  }

  static AutoCloseable load(MLModel model, Class<?> type) {
    throw new ParameterResolutionException("predictors are not available in this build");
  }
}
