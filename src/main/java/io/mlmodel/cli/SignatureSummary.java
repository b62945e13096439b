package io.mlmodel.cli;

import io.mlmodel.model.MLModel;
import java.util.Map;

/** The signature part of the readable summary. */
final class SignatureSummary {
  private SignatureSummary() {}

  static void append(StringBuilder sb, MLModel model) {
    Map<String, Object> sig = model.signatureStrings().orElse(Map.of());
    for (String part : new String[] {"inputs", "outputs", "params"}) {
      Object v = sig.get(part);
      if (v != null) {
        sb.append("    ").append(part).append(": ").append(v).append('\n');
      }
    }
  }
}
