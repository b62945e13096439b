package io.mlmodel.cli;

import io.mlmodel.model.Flavor;
import io.mlmodel.model.MLModel;

/** The readable summary of one model folder that {@code inspect} prints. */
final class Summary {
  private Summary() {}

  static String of(String path, MLModel model) {
    StringBuilder sb = new StringBuilder();
    sb.append(path).append('\n');
    line(sb, "mlflow version", model.mlflowVersion().orElse("(not recorded)"));
    model.utcTimeCreated().ifPresent(t -> line(sb, "created (UTC)", t));
    model.modelUuid().ifPresent(u -> line(sb, "model uuid", u));
    model.modelId().ifPresent(u -> line(sb, "model id", u));
    model.runId().ifPresent(r -> line(sb, "run id", r));
    model.artifactPath().ifPresent(a -> line(sb, "artifact path", a));
    model.modelSizeBytes().ifPresent(s -> line(sb, "size", s + " bytes"));
    sb.append("  flavors:\n");
    if (model.flavors().isEmpty()) {
      sb.append("    (none)\n");
    }
    for (Flavor f : model.flavors().values()) {
      sb.append("    ").append(f.name());
      f.libraryVersion().ifPresent(v -> sb.append(' ').append(v));
      f.dataPath().ifPresent(d -> sb.append("  data: ").append(d));
      f.string("loader_module").ifPresent(l -> sb.append("  loader: ").append(l));
      sb.append('\n');
    }
    sb.append("  signature:");
    if (model.signature().isEmpty()) {
      sb.append(" (none)\n");
    } else {
      sb.append('\n');
      SignatureSummary.append(sb, model.signature().get());
    }
    model.savedInputExampleInfo().ifPresent(info -> line(sb, "input example",
        info.getOrDefault("type", "?") + " (" + info.getOrDefault("artifact_path", "?") + ")"));
    if (!model.unknownKeys().isEmpty()) {
      line(sb, "other keys", String.join(", ", model.unknownKeys().keySet()));
    }
    return sb.toString();
  }

  static void line(StringBuilder sb, String label, String value) {
    sb.append("  ").append(label).append(": ").append(value).append('\n');
  }
}
