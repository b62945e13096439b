package io.mlmodel.predict.onnx;

import io.mlmodel.model.MLModel;
import io.mlmodel.predict.Params;
import io.mlmodel.predict.PredictInput;

/** The signature enforcement that precedes every prediction, as in MLflow's PyFuncModel.predict. */
final class Enforce {
  private Enforce() {}

  static PredictInput input(MLModel model, PredictInput input, Params params) {
    // TODO(merge predict): apply io.mlmodel.predict enforcement of the input and params schemas.
    return input;
  }
}
