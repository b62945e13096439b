package io.mlmodel.cli;

import io.mlmodel.signature.ModelSignature;

/** The signature part of the readable summary: each schema as its table, indented. */
final class SignatureSummary {
  private SignatureSummary() {}

  static void append(StringBuilder sb, ModelSignature sig) {
    sig.inputs().ifPresent(s -> block(sb, "inputs", s.toString()));
    sig.outputs().ifPresent(s -> block(sb, "outputs", s.toString()));
    sig.params().ifPresent(p -> block(sb, "params", p.toString()));
  }

  private static void block(StringBuilder sb, String title, String table) {
    sb.append("    ").append(title).append(":\n");
    for (String line : table.split("\n")) {
      sb.append("      ").append(line).append('\n');
    }
  }
}
