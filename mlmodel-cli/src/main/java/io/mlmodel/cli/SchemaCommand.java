package io.mlmodel.cli;

import io.mlmodel.MLModels;
import io.mlmodel.model.MLModel;
import io.mlmodel.validate.SchemaExport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code schema DIR [--format json|openapi|v2] [--name NAME]}: what the model accepts, from its
 * signature (docs/schema-export.md). Exit 1 when the model cannot be read or has no signature.
 */
final class SchemaCommand implements CliCommand {
  /** The output formats. */
  enum Format { json, openapi, v2 }

  static final CommandSpec<SchemaCommand> SPEC = new CommandSpec<SchemaCommand>("schema",
      "Prints the model's signature as JSON, an OpenAPI 3.1 document or V2 metadata.")
      .option(List.of("--format"), "FORMAT", "json (the signature), openapi (OpenAPI 3.1 of /invocations) or v2"
          + " (Open Inference Protocol metadata). Default: json.",
          (c, v) -> c.format = OptionValues.toEnum("--format", Format.class, v))
      .option(List.of("--name"), "NAME", "The model name for v2 and the API title for openapi; default: the folder name.",
          (c, v) -> c.name = v)
      .params("DIR", 1, 1, "A model folder, MLmodel file or model URI.", (c, v) -> c.dir = v.get(0));

  Format format = Format.json;
  @Nullable String name;
  String dir = "";

  @Override
  public int call(PrintWriter out, PrintWriter unused) {
    Path path = Targets.resolve(dir);
    MLModel model = MLModels.read(path);
    String label = name != null ? name : defaultName(path);
    switch (format) {
      // streamed: a signature of long names makes a document several times the MLmodel's size
      case openapi -> SchemaExport.writeOpenApi(model, label, out);
      case json -> out.print(SchemaExport.toJson(model));
      case v2 -> out.print(SchemaExport.toOpenInference(model, label));
    }
    out.flush();
    return 0;
  }

  private static String defaultName(Path path) {
    Path p = path.toAbsolutePath().normalize();
    if (p.getFileName() != null && p.getFileName().toString().equals(MLModels.MLMODEL)) {
      p = p.getParent();
    }
    return p == null || p.getFileName() == null ? "model" : p.getFileName().toString();
  }
}
