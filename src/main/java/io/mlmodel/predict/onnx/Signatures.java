package io.mlmodel.predict.onnx;

import io.mlmodel.ReadOptions;
import io.mlmodel.model.MLModel;
import io.mlmodel.signature.ModelSignature;
import io.mlmodel.signature.SignatureParser;
import java.util.Optional;

/** The typed signature of a model, read from its {@code signature} key. */
final class Signatures {
  private Signatures() {}

  static Optional<ModelSignature> of(MLModel model) {
    Object sig = model.toMap().get("signature");
    if (sig == null) {
      return Optional.empty();
    }
    return Optional.of(SignatureParser.fromYaml(sig,
        key -> key.isEmpty() ? model.locate("signature") : model.locate("signature", key), ReadOptions.defaults()));
  }
}
