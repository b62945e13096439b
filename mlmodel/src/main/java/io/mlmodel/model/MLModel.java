package io.mlmodel.model;

import io.mlmodel.Location;
import io.mlmodel.ReadOptions;
import io.mlmodel.env.Environment;
import io.mlmodel.example.InputExample;
import io.mlmodel.example.InputExamples;
import io.mlmodel.example.ServingInputExample;
import io.mlmodel.signature.ModelSignature;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An MLflow model descriptor: the typed content of one {@code MLmodel} file.
 *
 * <p>It holds every top-level key MLflow 1.x to 3.x writes (format reference §2.2) with a typed
 * getter, and every other key, at the top level and inside each flavor, in document order with
 * its typed value ({@link #unknownKeys()}, {@link Flavor#config()}), so that a rewrite loses
 * nothing. Getters of keys that may be absent return {@link Optional}; a key present with a null
 * value reads as absent, and {@link #toMap()} tells the two apart.
 *
 * <p>Read one with {@link io.mlmodel.MLModels#read(Path)}; build one with {@link #builder()}.
 * Instances are immutable and thread-safe.
 */
public final class MLModel {
  /** The top-level keys MLflow writes, as of MLflow 3.6. Any other key is an unknown key. */
  public static final Set<String> KNOWN_KEYS = Set.of("artifact_path", "run_id", "utc_time_created",
      "flavors", "signature", "saved_input_example_info", "databricks_runtime", "model_uuid",
      "mlflow_version", "metadata", "model_size_bytes", "resources", "env_vars",
      "is_signature_from_type_hint", "type_hint_from_example", "prompts", "auth_policy", "model_id",
      "wheels");

  private static final DateTimeFormatter MLFLOW_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSSSSS]");

  private final @Nullable Path directory;
  private final Map<String, Object> values;
  private final Map<String, Flavor> flavors;
  private final @Nullable ModelSignature signature;
  private final Locator locator;
  private final ReadOptions options;

  MLModel(@Nullable Path directory, Map<String, Object> values, Map<String, Flavor> flavors,
      @Nullable ModelSignature signature, Locator locator, ReadOptions options) {
    this.directory = directory;
    this.values = Values.copy(values);
    this.flavors = Values.copy(flavors);
    this.signature = signature;
    this.locator = locator;
    this.options = options;
  }

  /** A builder for a new model, to be written with the writer. */
  public static MLModelBuilder builder() {
    return new MLModelBuilder();
  }

  /** A builder holding every key of this model, to derive a changed copy. */
  public MLModelBuilder toBuilder() {
    return new MLModelBuilder(directory, values);
  }

  /** The model folder this was read from; empty for a model built in Java or read from a stream without a base. */
  public Optional<Path> directory() {
    return Optional.ofNullable(directory);
  }

  /** The whole top-level mapping in document order, as typed values (nulls kept). */
  public Map<String, Object> toMap() {
    return values;
  }

  /** The raw value of a top-level key; empty when absent or null. */
  public Optional<Object> get(String key) {
    return Optional.ofNullable(values.get(key));
  }

  /** The flavors in document order, by name. */
  public Map<String, Flavor> flavors() {
    return flavors;
  }

  /** The flavor of that name. */
  public Optional<Flavor> flavor(String name) {
    return Optional.ofNullable(flavors.get(name));
  }

  /** Whether the model has the flavor. */
  public boolean hasFlavor(String name) {
    return flavors.containsKey(name);
  }

  /** The typed {@code python_function} flavor, when present. */
  public Optional<PythonFunctionFlavor> pythonFunction() {
    return flavor(PythonFunctionFlavor.NAME).map(PythonFunctionFlavor::from);
  }

  /** The run-relative path (MLflow 2) or artifact location URI (MLflow 3) the model was logged to. */
  public Optional<String> artifactPath() {
    return string("artifact_path");
  }

  /** The run that logged the model. */
  public Optional<String> runId() {
    return string("run_id");
  }

  /** {@code utc_time_created} as written, such as {@code 2025-11-20 09:15:42.123456}. */
  public Optional<String> utcTimeCreated() {
    Object v = values.get("utc_time_created");
    if (v instanceof LocalDateTime t) {
      return Optional.of(t.toString().replace('T', ' '));
    }
    return string("utc_time_created");
  }

  /** {@code utc_time_created} as a UTC time; empty when absent or not in MLflow's format. */
  public Optional<LocalDateTime> createdAt() {
    Object v = values.get("utc_time_created");
    if (v instanceof LocalDateTime t) {
      return Optional.of(t);
    }
    if (v instanceof String s) {
      try {
        return Optional.of(LocalDateTime.parse(s.trim(), MLFLOW_TIME));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The model's uuid: 32 hex digits, or in MLflow 3 logged models the model id. */
  public Optional<String> modelUuid() {
    return string("model_uuid");
  }

  /** The MLflow version that wrote the file (absent before 1.25). */
  public Optional<String> mlflowVersion() {
    return string("mlflow_version");
  }

  /** The Databricks runtime the model was written in. */
  public Optional<String> databricksRuntime() {
    return string("databricks_runtime");
  }

  /** The MLflow 3 logged-model id ({@code m-} and 32 hex digits). */
  public Optional<String> modelId() {
    return string("model_id");
  }

  /** Free-form user and MLflow metadata. */
  public Optional<Map<String, Object>> metadata() {
    return mapping("metadata");
  }

  /** The size of the model files when the flavor saved them. */
  public Optional<Long> modelSizeBytes() {
    return Optional.ofNullable(Values.integer(values.get("model_size_bytes"), locate("model_size_bytes")));
  }

  /** The resources (serving endpoints, indexes...) the model depends on. */
  public Optional<Map<String, Object>> resources() {
    return mapping("resources");
  }

  /** The names of environment variables the model read while its example was validated. */
  public Optional<List<String>> envVars() {
    return Optional.ofNullable(Values.strings(values.get("env_vars"), () -> locate("env_vars")));
  }

  /** The prompt URIs the model uses. */
  public Optional<List<String>> prompts() {
    return Optional.ofNullable(Values.strings(values.get("prompts"), () -> locate("prompts")));
  }

  /** The system and user authorization policy. */
  public Optional<Map<String, Object>> authPolicy() {
    return mapping("auth_policy");
  }

  /** {@code saved_input_example_info}: where the input example is and how it is encoded. */
  public Optional<Map<String, Object>> savedInputExampleInfo() {
    return mapping("saved_input_example_info");
  }

  /**
   * The model signature: what the model takes (inputs, params) and returns (outputs). Empty when
   * the file has none, or when its {@code signature} is not a mapping (MLflow ignores it then too).
   */
  public Optional<ModelSignature> signature() {
    return Optional.ofNullable(signature);
  }

  /** The raw {@code signature} mapping of JSON strings, exactly as in the file. */
  public Optional<Map<String, Object>> signatureStrings() {
    return mapping("signature");
  }

  /** Whether the signature came from the Python type hints of {@code predict}. */
  public Optional<Boolean> isSignatureFromTypeHint() {
    return Optional.ofNullable(Values.bool(values.get("is_signature_from_type_hint"), locate("is_signature_from_type_hint")));
  }

  /** Whether the type hint was inferred from the input example. */
  public Optional<Boolean> typeHintFromExample() {
    return Optional.ofNullable(Values.bool(values.get("type_hint_from_example"), locate("type_hint_from_example")));
  }

  /**
   * The environment side files (conda.yaml, python_env.yaml, requirements.txt, ...) that {@code
   * flavors.python_function.env} names, read on each call with the limits this model was read
   * with. Missing side files are empty optionals; a broken one is a located {@link
   * io.mlmodel.ModelException}.
   *
   * @throws IllegalStateException when the model has no folder (built in Java)
   */
  public Environment environment() {
    Flavor pyfunc = flavors.get(PythonFunctionFlavor.NAME);
    Object env = pyfunc == null ? null : pyfunc.config().get("env");
    return Environment.load(folder(), env,
        pyfunc == null ? locate("flavors", "python_function", "env") : pyfunc.locate("env"), options);
  }

  /**
   * The saved input example that {@code saved_input_example_info} describes, read on each call;
   * empty when the model has none.
   *
   * @throws IllegalStateException when the model has no folder (built in Java)
   */
  public Optional<InputExample> inputExample() {
    return InputExamples.load(folder(), (Map<?, ?>) savedInputExampleInfo().orElse(null),
        locate("saved_input_example_info"), options);
  }

  /** The saved serving input example (a scoring request body), read on each call. */
  public Optional<ServingInputExample> servingInputExample() {
    return ServingInputExample.load(folder(), savedInputExampleInfo().orElse(null), options);
  }

  private Path folder() {
    if (directory == null) {
      throw new IllegalStateException("this model was built in Java and has no folder to read side files from");
    }
    return directory;
  }

  /** Every top-level key this version of the library does not know, in document order. */
  public Map<String, Object> unknownKeys() {
    Map<String, Object> out = new LinkedHashMap<>();
    values.forEach((k, v) -> {
      if (!KNOWN_KEYS.contains(k)) {
        out.put(k, v);
      }
    });
    return Values.copy(out);
  }

  /**
   * The location of a value in the MLmodel file: keys, and Integer indexes into lists, from the
   * top. With the line and column when the model was read from a file.
   */
  public Location locate(Object... path) {
    return locator.at(path);
  }

  /** The location of a top-level key itself. */
  public Location locateKey(String key) {
    return locator.keyAt(key);
  }

  private Optional<String> string(String key) {
    return Optional.ofNullable(Values.string(values.get(key), locate(key)));
  }

  private Optional<Map<String, Object>> mapping(String key) {
    Object v = values.get(key);
    if (v == null) {
      return Optional.empty();
    }
    return Optional.of(Values.stringMap(v, locate(key), locator.below(key)::keyAt));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MLModel m && m.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "MLModel[" + (directory == null ? "" : directory + ", ") + "flavors=" + flavors.keySet() + "]";
  }
}
