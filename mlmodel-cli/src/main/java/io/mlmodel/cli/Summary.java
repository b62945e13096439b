package io.mlmodel.cli;

import io.mlmodel.MLModelException;
import io.mlmodel.env.Environment;
import io.mlmodel.env.Requirement;
import io.mlmodel.model.Flavor;
import io.mlmodel.model.MLModel;
import java.util.stream.Collectors;

/**
 * The readable summary of one model folder that {@code inspect} prints. What the model holds is
 * printed with its control characters escaped: each value stays on its line, and no escape
 * sequence reaches the terminal.
 */
final class Summary {
  private Summary() {}

  static String of(String path, MLModel model) {
    StringBuilder sb = new StringBuilder();
    sb.append(CliMessages.oneLine(path)).append('\n');
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
      StringBuilder flavor = new StringBuilder(f.name());
      f.libraryVersion().ifPresent(v -> flavor.append(' ').append(v));
      f.dataPath().ifPresent(d -> flavor.append("  data: ").append(d));
      f.string("loader_module").ifPresent(l -> flavor.append("  loader: ").append(l));
      sb.append("    ").append(CliMessages.oneLine(flavor.toString())).append('\n');
    }
    sb.append("  signature:");
    if (model.signature().isEmpty()) {
      sb.append(" (none)\n");
    } else {
      sb.append('\n');
      SignatureSummary.append(sb, model.signature().get());
    }
    environment(sb, model);
    model.savedInputExampleInfo().ifPresent(info -> line(sb, "input example",
        info.getOrDefault("type", "?") + " (" + info.getOrDefault("artifact_path", "?") + ")"));
    if (!model.unknownKeys().isEmpty()) {
      line(sb, "other keys", String.join(", ", model.unknownKeys().keySet()));
    }
    // the signature's tables escape their cells' control characters (Schema.toString); what else
    // was appended without oneLine keeps its line breaks, and its other control characters are escaped
    return CliMessages.printable(sb.toString());
  }

  /** The environment in one line; a broken side file is reported, not fatal to the summary. */
  private static void environment(StringBuilder sb, MLModel model) {
    if (model.directory().isEmpty()) {
      return;
    }
    try {
      Environment env = model.environment();
      StringBuilder e = new StringBuilder();
      e.append("python ").append(env.pythonVersion().orElse("(not recorded)"));
      env.requirements().ifPresent(r -> e.append("; requirements: ").append(r.requirements().stream()
          .map(Requirement::text).collect(Collectors.joining(", "))));
      line(sb, "environment", e.toString());
    } catch (MLModelException ex) {
      line(sb, "environment", "unreadable: " + ex.getMessage());
    }
  }

  static void line(StringBuilder sb, String label, String value) {
    sb.append("  ").append(label).append(": ").append(CliMessages.oneLine(value)).append('\n');
  }
}
