package io.mlmodel.validate;

import io.mlmodel.ModelException;
import io.mlmodel.model.Flavor;
import io.mlmodel.model.MLModel;
import io.mlmodel.model.PythonFunctionFlavor;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code bad-value} (error): a known key holding a value of the wrong type ({@code run_id: 12},
 * {@code env_vars: FOO}, {@code python_function.env: [a]}), which MLflow fails on when it uses the
 * key. Each key is checked on its own, so every wrong key is reported.
 */
final class ValueTypesRule implements Rule {
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
    m.flavor(PythonFunctionFlavor.NAME).ifPresent(f -> attempt(context, () -> PythonFunctionFlavor.from(f)));
  }

  private static void attempt(ModelContext context, Supplier<?> getter) {
    try {
      getter.get();
    } catch (ModelException e) {
      context.report(e);
    }
  }
}
