package io.mlmodel.cli;

import io.mlmodel.model.MLModel;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The signature as inspect prints it: each schema as the JSON array MLflow's to_dict embeds. */
final class SignatureJson {
  private SignatureJson() {}

  static JsonNode of(MLModel model) {
    Map<String, Object> sig = model.signatureStrings().orElse(null);
    if (sig == null) {
      return JsonValues.F.nullNode();
    }
    ObjectNode o = JsonValues.F.objectNode();
    for (String part : new String[] {"inputs", "outputs", "params"}) {
      Object v = sig.get(part);
      o.set(part, v instanceof String s && !s.isEmpty() ? InspectCommand.JSON.readTree(s) : JsonValues.F.nullNode());
    }
    return o;
  }
}
