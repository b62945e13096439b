package io.mlmodel.testing;

import io.mlmodel.model.MLModel;
import io.mlmodel.predict.Predictor;
import io.mlmodel.predict.Predictors;

/** Where the kit meets the predictor API: the service-loaded predictor loaders. */
final class PredictorBridge {
  private PredictorBridge() {}

  static boolean isPredictorType(Class<?> type) {
    return Predictor.class.isAssignableFrom(type);
  }

  static AutoCloseable load(MLModel model, Class<?> type) {
    return Predictors.resolve(model, type.asSubclass(Predictor.class));
  }
}
