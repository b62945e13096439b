package io.mlmodel.validate;

import io.mlmodel.InputException;
import io.mlmodel.Location;
import io.mlmodel.MLModelException;
import io.mlmodel.ModelException;
import io.mlmodel.example.InputExample;
import io.mlmodel.example.InputExamples;
import io.mlmodel.example.ServingInputExample;
import io.mlmodel.io.SafePaths;
import io.mlmodel.io.TextFiles;
import io.mlmodel.model.MLModel;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The saved input example ({@code saved_input_example_info}): {@code bad-example} (error) when
 * its description or file cannot be read as MLflow reads it, {@code unknown-example-type} (error)
 * for a type MLflow cannot load, the JSON reader's codes ({@code json-syntax}...) for a broken
 * file; {@code example-mismatch} (error) when the example does not satisfy the signature, as
 * judged by the {@link ExampleCheck}. Missing or escaping files are left to {@link PathsRule}.
 */
final class ExampleRule implements Rule {
  private static final Set<String> PATH_CODES = Set.of("path-escape", "bad-path", "missing-file");

  private final ExampleCheck check;

  ExampleRule(ExampleCheck check) {
    this.check = check;
  }

  @Override
  public void check(ModelContext context) {
    MLModel model = context.model();
    if (!(model.toMap().get("saved_input_example_info") instanceof Map<?, ?> info)) {
      return;
    }
    Location infoAt = model.locate("saved_input_example_info");
    Optional<InputExample> example = Optional.empty();
    Optional<ServingInputExample> serving = Optional.empty();
    try {
      example = InputExamples.load(context.dir(), info, infoAt, context.options());
    } catch (ModelException e) {
      report(context, e);
    }
    try {
      serving = ServingInputExample.load(context.dir(), info, infoAt, context.options());
    } catch (ModelException e) {
      report(context, e);
    }
    if (example.isEmpty() || model.signature().isEmpty()) {
      return;
    }
    Optional<String> request = serving.map(ServingInputExample::json).or(() -> request(context, info));
    if (request.isPresent()) {
      try {
        check.check(model, request.get());
      } catch (InputException e) {
        mismatch(context, e);
      } catch (ModelException e) {
        mismatch(context, e);
      }
    }
  }

  /**
   * The scoring request MLflow's {@code convert_input_example_to_serving_input} makes of an input
   * example written before serving examples existed (MLflow before 2.15); empty where it cannot be
   * made from the file's text alone (sparse matrices, examples saved with params).
   */
  static Optional<String> request(ModelContext context, Map<?, ?> info) {
    if (!(info.get("artifact_path") instanceof String name) || info.get("params") != null) {
      return Optional.empty();
    }
    String text;
    try {
      text = TextFiles.read(SafePaths.resolveExisting(context.dir(), name, Location.UNKNOWN), context.options());
    } catch (ModelException e) {
      return Optional.empty();
    }
    Object type = info.get("type");
    if ("dataframe".equals(type)) {
      return Optional.of("{\"dataframe_split\": " + text + "}");
    } else if ("ndarray".equals(type)) {
      return Optional.of("tf-serving".equals(info.get("format")) ? text : "{\"inputs\": " + text + "}");
    } else if ("json_object".equals(type)) {
      return Optional.of("{\"inputs\": " + text + "}");
    }
    return Optional.empty();
  }

  private static void report(ModelContext context, ModelException e) {
    if (PATH_CODES.contains(e.code())) {
      return;
    }
    String key = e.location().keyPath();
    String prefix = "saved_input_example_info.";
    // The example reader knows only where the mapping is; point at the key itself.
    Location at = key.startsWith(prefix) && key.indexOf('.', prefix.length()) < 0
        ? context.model().locate("saved_input_example_info", key.substring(prefix.length())) : e.location();
    context.error(e.code(), at, e.problem());
  }

  private static void mismatch(ModelContext context, MLModelException e) {
    Location at = e.location().file() != null ? e.location()
        : context.model().locate("saved_input_example_info", "artifact_path");
    context.error("example-mismatch", at, "the saved input example does not satisfy the signature: " + e.problem());
  }
}
