package io.mlmodel.onnx;

import io.mlmodel.signature.ModelSignature;
import io.mlmodel.signature.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Matches the signature's input names to the graph's. They are normally the same; when a signature
 * names as many tensors as the graph has inputs but none of its names is a graph input name (the
 * signature was written by hand, or the graph renamed), its i-th name feeds the i-th graph input.
 */
final class SignatureNames {
  private SignatureNames() {}

  /** Signature name to graph input name, for the positional case only; empty otherwise. */
  static Map<String, String> aliases(Optional<ModelSignature> signature, List<String> graphInputs) {
    List<String> names = signature.flatMap(ModelSignature::inputs)
        .filter(Schema::hasInputNames)
        .map(Schema::inputNames)
        .orElse(List.of());
    if (names.size() != graphInputs.size() || names.stream().anyMatch(graphInputs::contains)) {
      return Map.of();
    }
    Map<String, String> aliases = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      aliases.put(names.get(i), graphInputs.get(i));
    }
    return aliases;
  }
}
