package io.mlmodel.cli;

import io.mlmodel.MLModels;
import io.mlmodel.model.MLModel;
import io.mlmodel.validate.SchemaExport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code schema DIR [--format json|openapi|v2] [--name NAME]}: what the model accepts, from its
 * signature (docs/schema-export.md). Exit 1 when the model cannot be read or has no signature.
 */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Prints the model's signature as JSON, an OpenAPI 3.1 document or V2 metadata.")
final class SchemaCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format { json, openapi, v2 }

  @Spec CommandSpec spec;

  @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT",
      description = "json (the signature), openapi (OpenAPI 3.1 of /invocations) or v2 (Open Inference Protocol metadata). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--name", paramLabel = "NAME",
      description = "The model name for v2 and the API title for openapi; default: the folder name.")
  String name;

  @Parameters(index = "0", paramLabel = "DIR", description = "A model folder, MLmodel file or model URI.")
  String dir;

  @Override
  public Integer call() {
    Path path = Targets.resolve(dir);
    MLModel model = MLModels.read(path);
    String label = name != null ? name : defaultName(path);
    PrintWriter out = spec.commandLine().getOut();
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
