package io.mlmodel.validate;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.model.Flavor;
import io.mlmodel.model.MLModel;
import io.mlmodel.model.PythonFunctionFlavor;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code bad-value} (error): a known key holding a value of the wrong type ({@code run_id: 12},
 * {@code env_vars: FOO}, {@code python_function.env: [a]}), which MLflow fails on when it uses the
 * key. Each key is checked on its own, so every wrong key is reported.
 */
final class ValueTypesRule implements Rule {
  private static final List<String> STRING_KEYS = List.of("loader_module", "python_version", "data", "code",
      "python_model", "model_code_path", "predict_fn");

  @Override
  public void check(ModelContext context) {
    MLModel m = context.model();
    List<Supplier<?>> getters = List.of(m::artifactPath, m::runId, m::modelUuid, m::mlflowVersion,
        m::databricksRuntime, m::modelId, m::metadata, m::modelSizeBytes, m::resources, m::envVars,
        m::prompts, m::authPolicy, m::savedInputExampleInfo, m::signatureStrings,
        m::isSignatureFromTypeHint, m::typeHintFromExample);
    for (Supplier<?> getter : getters) {
      attempt(context, getter);
    }
    for (Flavor f : m.flavors().values()) {
      attempt(context, f::libraryVersion);
      attempt(context, f::dataPath);
    }
    m.flavor(PythonFunctionFlavor.NAME).ifPresent(f -> pythonFunction(context, f));
  }

  /** Each key on its own, so that one wrong key does not hide the next. */
  private static void pythonFunction(ModelContext context, Flavor f) {
    for (String key : STRING_KEYS) {
      attempt(context, () -> f.string(key));
    }
    attempt(context, () -> f.bool("streamable"));
    attempt(context, () -> f.mapping("config"));
    attempt(context, () -> f.mapping("artifacts"));
    Object env = f.config().get("env");
    if (env != null) {
      try {
        PythonFunctionFlavor.from(Flavor.of(f.name(), Map.of("env", env)));
      } catch (ModelException e) {
        String key = e.location().keyPath();
        Location at = key.endsWith(".conda") ? f.locate("env", "conda")
            : key.endsWith(".virtualenv") ? f.locate("env", "virtualenv") : f.locate("env");
        context.error(e.code(), at, e.problem());
      }
    }
    attempt(context, () -> PythonFunctionFlavor.from(f));
  }

  private static void attempt(ModelContext context, Supplier<?> getter) {
    try {
      getter.get();
    } catch (ModelException e) {
      context.report(e);
    }
  }
}
