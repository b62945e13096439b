package io.mlmodel.onnx;

import io.mlmodel.data.PredictInput;
import io.mlmodel.enforce.EnforcedInput;
import io.mlmodel.enforce.Enforcement;
import io.mlmodel.enforce.EnforcementOptions;
import io.mlmodel.enforce.Params;
import io.mlmodel.signature.ModelSignature;
import java.util.List;
import java.util.Optional;

/**
 * The signature enforcement that precedes every prediction, as in MLflow's {@code
 * PyFuncModel.predict}: the input schema unless the signature came from type hints, then the params
 * schema.
 */
final class Enforce {
  private Enforce() {}

  static EnforcedInput apply(boolean signatureFromTypeHint, Optional<ModelSignature> signature, PredictInput input,
      Params params, EnforcementOptions options) {
    if (signature.isPresent() && signatureFromTypeHint) {
      Params p = Enforcement.enforceParams(params.asMap(), signature.get().params().orElse(null), options);
      return new EnforcedInput(input, p, List.of());
    }
    return Enforcement.enforce(input, params.asMap(), signature.orElse(null), options);
  }
}
