package io.mlmodel.testing;

import io.mlmodel.ModelException;
import io.mlmodel.io.SafePaths;
import io.mlmodel.model.Flavor;
import io.mlmodel.model.MLModel;
import io.mlmodel.validate.ValidationReport;
import io.mlmodel.validate.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * AssertJ assertions on an {@link MLModel}. Get one from {@link MLModelAssertions#assertThat(MLModel)}.
 * Every assertion names the model's folder and says what it has instead.
 */
public class MLModelAssert extends AbstractAssert<MLModelAssert, MLModel> {

  /**
   * Assertions on {@code actual}; tests get them from {@link MLModelAssertions}, subclasses call this.
   *
   * @param actual the model under test
   */
  protected MLModelAssert(MLModel actual) {
    super(actual, MLModelAssert.class);
  }

  /**
   * The model declares the flavor {@code name}.
   *
   * @param name the flavor's key under {@code flavors}, such as {@code onnx}
   * @return this assertion, for chaining
   */
  public MLModelAssert hasFlavor(String name) {
    isNotNull();
    if (!actual.hasFlavor(name)) {
      failWithMessage("%nExpecting model %s%nto have the flavor '%s' but its flavors are %s", where(), name, flavors());
    }
    return this;
  }

  /**
   * The model declares exactly these flavors, in this order.
   *
   * @param names the flavor keys, in the file's order
   * @return this assertion, for chaining
   */
  public MLModelAssert hasExactlyFlavors(String... names) {
    isNotNull();
    if (!flavors().equals(List.of(names))) {
      failWithMessage("%nExpecting model %s%nto have exactly the flavors %s but they are %s", where(), List.of(names), flavors());
    }
    return this;
  }

  /**
   * The model does not declare the flavor {@code name}.
   *
   * @param name the flavor's key under {@code flavors}
   * @return this assertion, for chaining
   */
  public MLModelAssert doesNotHaveFlavor(String name) {
    isNotNull();
    if (actual.hasFlavor(name)) {
      failWithMessage("%nExpecting model %s%nnot to have the flavor '%s', but it has it", where(), name);
    }
    return this;
  }

  /**
   * The flavor {@code flavor} has {@code key} set to {@code value} (YAML-typed: a Long, not an Integer).
   *
   * @param flavor the flavor's key under {@code flavors}
   * @param key the key inside the flavor
   * @param value the expected value as the YAML reader types it; null for a YAML null
   * @return this assertion, for chaining
   */
  public MLModelAssert hasFlavorValue(String flavor, String key, @Nullable Object value) {
    hasFlavor(flavor);
    Flavor f = actual.flavor(flavor).orElseThrow();
    if (!f.has(key) || !Objects.equals(f.config().get(key), value)) {
      failWithMessage("%nExpecting flavor '%s' of model %s%nto have %s = %s but it has %s", flavor, where(), key,
          value, f.has(key) ? f.config().get(key) : "no such key");
    }
    return this;
  }

  /**
   * The python_function flavor loads with {@code module} ({@code mlflow.onnx}, ...).
   *
   * @param module the expected {@code loader_module}
   * @return this assertion, for chaining
   */
  public MLModelAssert hasLoaderModule(String module) {
    hasFlavor("python_function");
    Optional<String> loader = actual.pythonFunction().flatMap(f -> Optional.ofNullable(f.loaderModule()));
    if (!loader.equals(Optional.of(module))) {
      failWithMessage("%nExpecting model %s%nto load with '%s' but its loader_module is %s", where(), module,
          loader.orElse("absent"));
    }
    return this;
  }

  /**
   * The top-level key {@code key} is present with this (YAML-typed) value.
   *
   * @param key the top-level MLmodel key
   * @param value the expected value as the YAML reader types it; null for a YAML null
   * @return this assertion, for chaining
   */
  public MLModelAssert hasValue(String key, @Nullable Object value) {
    isNotNull();
    Map<String, Object> map = actual.toMap();
    if (!map.containsKey(key) || !Objects.equals(map.get(key), value)) {
      failWithMessage("%nExpecting model %s%nto have %s = %s but it has %s", where(), key, value,
          map.containsKey(key) ? map.get(key) : "no such key");
    }
    return this;
  }

  /**
   * {@code mlflow_version} is {@code version}.
   *
   * @param version the expected version text, such as {@code 2.17.2}
   * @return this assertion, for chaining
   */
  public MLModelAssert hasMlflowVersion(String version) {
    return hasValue("mlflow_version", version);
  }

  /**
   * {@code run_id} is {@code runId}.
   *
   * @param runId the expected run id
   * @return this assertion, for chaining
   */
  public MLModelAssert hasRunId(String runId) {
    return hasValue("run_id", runId);
  }

  /**
   * The model has a signature (a {@code signature} mapping).
   *
   * @return this assertion, for chaining
   */
  public MLModelAssert hasSignature() {
    isNotNull();
    if (actual.signature().isEmpty()) {
      failWithMessage("%nExpecting model %s%nto have a signature, but it has none", where());
    }
    return this;
  }

  /**
   * The model has no signature.
   *
   * @return this assertion, for chaining
   */
  public MLModelAssert hasNoSignature() {
    isNotNull();
    if (actual.signatureStrings().isPresent()) {
      failWithMessage("%nExpecting model %s%nto have no signature, but it has %s", where(), actual.signatureStrings().get());
    }
    return this;
  }

  /**
   * The model records a saved input example whose file is in its folder.
   *
   * @return this assertion, for chaining
   */
  public MLModelAssert hasInputExample() {
    isNotNull();
    Optional<Object> file = actual.savedInputExampleInfo().map(i -> i.get("artifact_path"));
    if (file.isEmpty() || !(file.get() instanceof String name)) {
      failWithMessage("%nExpecting model %s%nto have a saved input example, but saved_input_example_info is %s",
          where(), actual.savedInputExampleInfo().map(Object::toString).orElse("absent"));
      return this;
    }
    if (actual.directory().isPresent()) {
      Path path;
      try { // by SafePaths' rules: a file outside the folder is no example of this model
        path = SafePaths.resolve(actual.directory().get(), name, actual.locate("saved_input_example_info", "artifact_path"));
      } catch (ModelException e) {
        failWithMessage("%nExpecting model %s%nto have its input example file '%s' inside its folder, but %s", where(),
            name, e.problem());
        return this;
      }
      if (!Files.isRegularFile(path)) {
        failWithMessage("%nExpecting model %s%nto have its input example file '%s', but it is missing", where(), name);
      }
    }
    return this;
  }

  /**
   * Assertions on the model's signature (read with the model, as MLflow reads it); fails when it has none.
   *
   * @return assertions on the signature, described as the signature of this model in failure messages
   */
  public SignatureAssert signature() {
    hasSignature();
    return new SignatureAssert(actual.signature().orElseThrow()).as("signature of model %s", where());
  }

  /**
   * Assertions on what the default {@link Validator} finds in the model's folder; fails when the
   * model was not read from a folder.
   *
   * @return assertions on the findings, described with this model's folder in failure messages
   */
  public FindingsAssert validation() {
    isNotNull();
    if (actual.directory().isEmpty()) {
      failWithMessage("%nExpecting a model read from a folder to validate, but this one was built in memory");
    }
    ValidationReport report = Validator.defaults().validate(actual.directory().orElseThrow());
    return new FindingsAssert(report.findings()).as("findings of %s", where());
  }

  String where() {
    return actual.directory().map(Object::toString).orElse("<in memory>");
  }

  List<String> flavors() {
    return List.copyOf(actual.flavors().keySet());
  }
}
