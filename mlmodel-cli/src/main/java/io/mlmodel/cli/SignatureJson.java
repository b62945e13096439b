package io.mlmodel.cli;

import io.mlmodel.io.JsonValues;
import io.mlmodel.model.MLModel;
import io.mlmodel.signature.ModelSignature;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The signature as inspect prints it: each schema as the JSON array MLflow's {@code to_dict}
 * embeds (the canonical JSON, whatever spelling the file used), or null.
 */
final class SignatureJson {
  private SignatureJson() {}

  static JsonNode of(MLModel model) {
    ModelSignature sig = model.signature().orElse(null);
    if (sig == null) {
      return JsonValues.F.nullNode();
    }
    ObjectNode o = JsonValues.F.objectNode();
    for (Map.Entry<String, String> e : sig.toDict().entrySet()) {
      o.set(e.getKey(), e.getValue() == null ? JsonValues.F.nullNode() : Json.MAPPER.readTree(e.getValue()));
    }
    return o;
  }
}
