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

  /**
   * A builder for a new model, to be written with the writer.
   *
   * @return a new builder with no keys and no folder
   */
  public static MLModelBuilder builder() {
    return new MLModelBuilder();
  }

  /**
   * A builder holding every key of this model, to derive a changed copy.
   *
   * @return a new builder holding this model's top-level keys in document order and its folder, if
   *     any; changing the builder leaves this model unchanged
   */
  public MLModelBuilder toBuilder() {
    return new MLModelBuilder(directory, values);
  }

  /**
   * The model folder this was read from; empty for a model built in Java or read from a stream without a base.
   *
   * @return the folder holding the {@code MLmodel} file, or empty
   */
  public Optional<Path> directory() {
    return Optional.ofNullable(directory);
  }

  /**
   * The whole top-level mapping in document order, as typed values (nulls kept).
   *
   * @return an unmodifiable map of every top-level key, known or not; a key present with a null
   *     value maps to null
   */
  public Map<String, Object> toMap() {
    return values;
  }

  /**
   * The raw value of a top-level key; empty when absent or null.
   *
   * @param key the top-level key, such as {@code run_id}
   * @return the value as the YAML reader typed it; empty when the key is absent or null
   */
  public Optional<Object> get(String key) {
    return Optional.ofNullable(values.get(key));
  }

  /**
   * The flavors in document order, by name.
   *
   * @return an unmodifiable map from flavor name to flavor; empty when {@code flavors} is absent,
   *     null or empty
   */
  public Map<String, Flavor> flavors() {
    return flavors;
  }

  /**
   * The flavor of that name.
   *
   * @param name the flavor's name, such as {@code onnx}
   * @return the flavor; empty when the model has no flavor of that name
   */
  public Optional<Flavor> flavor(String name) {
    return Optional.ofNullable(flavors.get(name));
  }

  /**
   * Whether the model has the flavor.
   *
   * @param name the flavor's name, such as {@code onnx}
   * @return true when {@code flavors} has an entry of that name, even one with a null value
   */
  public boolean hasFlavor(String name) {
    return flavors.containsKey(name);
  }

  /**
   * The typed {@code python_function} flavor, when present.
   *
   * @return the typed view; empty when the model has no {@code python_function} flavor
   * @throws io.mlmodel.ModelException code {@code bad-value} when a key of that flavor holds a value
   *     of the wrong type
   */
  public Optional<PythonFunctionFlavor> pythonFunction() {
    return flavor(PythonFunctionFlavor.NAME).map(PythonFunctionFlavor::from);
  }

  /**
   * The run-relative path (MLflow 2) or artifact location URI (MLflow 3) the model was logged to.
   *
   * @return {@code artifact_path}; empty when absent or null, as for a model saved with {@code save_model}
   * @throws io.mlmodel.ModelException code {@code bad-value} when the value is not a string
   */
  public Optional<String> artifactPath() {
    return string("artifact_path");
  }

  /**
   * The run that logged the model.
   *
   * @return {@code run_id}; empty when absent or null, as for a model saved outside a run
   * @throws io.mlmodel.ModelException code {@code bad-value} when the value is not a string
   */
  public Optional<String> runId() {
    return string("run_id");
  }

  /**
   * {@code utc_time_created} as written, such as {@code 2025-11-20 09:15:42.123456}.
   *
   * @return the string value; for an unquoted YAML timestamp without offset, which the reader types
   *     as a date-time, its {@link LocalDateTime#toString()} with a space for the {@code T} (which
   *     may differ from the text: zero seconds are dropped); empty when absent or null
   * @throws io.mlmodel.ModelException code {@code bad-value} when the value is neither a string nor
   *     a timestamp without offset
   */
  public Optional<String> utcTimeCreated() {
    Object v = values.get("utc_time_created");
    if (v instanceof LocalDateTime t) {
      return Optional.of(t.toString().replace('T', ' '));
    }
    return string("utc_time_created");
  }

  /**
   * {@code utc_time_created} as a UTC time; empty when absent or not in MLflow's format.
   *
   * @return the time of a YAML timestamp without offset, or of a string {@code yyyy-MM-dd HH:mm:ss}
   *     with an optional six-digit fraction; empty when absent, null or of any other form
   */
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

  /**
   * The model's uuid: 32 hex digits, or in MLflow 3 logged models the model id.
   *
   * @return {@code model_uuid} as written (its form is not checked here); empty when absent or null
   * @throws io.mlmodel.ModelException code {@code bad-value} when the value is not a string
   */
  public Optional<String> modelUuid() {
    return string("model_uuid");
  }

  /**
   * The MLflow version that wrote the file (absent before 1.25).
   *
   * @return {@code mlflow_version}, such as {@code 2.17.2}; empty when absent or null
   * @throws io.mlmodel.ModelException code {@code bad-value} when the value is not a string
   */
  public Optional<String> mlflowVersion() {
    return string("mlflow_version");
  }

  /**
   * The Databricks runtime the model was written in.
   *
   * @return {@code databricks_runtime}, such as {@code 14.3}; empty when absent or null (outside Databricks)
   * @throws io.mlmodel.ModelException code {@code bad-value} when the value is not a string
   */
  public Optional<String> databricksRuntime() {
    return string("databricks_runtime");
  }

  /**
   * The MLflow 3 logged-model id ({@code m-} and 32 hex digits).
   *
   * @return {@code model_id} as written; empty when absent or null, as for models not logged through
   *     MLflow 3's {@code log_model}
   * @throws io.mlmodel.ModelException code {@code bad-value} when the value is not a string
   */
  public Optional<String> modelId() {
    return string("model_id");
  }

  /**
   * Free-form user and MLflow metadata.
   *
   * @return the {@code metadata} mapping in document order; empty when absent or null
   * @throws io.mlmodel.ModelException code {@code bad-value} when the value is not a mapping with
   *     string keys
   */
  public Optional<Map<String, Object>> metadata() {
    return mapping("metadata");
  }

  /**
   * The size of the model files when the flavor saved them.
   *
   * @return {@code model_size_bytes}, in bytes; empty when absent or null
   * @throws io.mlmodel.ModelException code {@code bad-value} when the value is not an integer that
   *     fits in a {@code long}
   */
  public Optional<Long> modelSizeBytes() {
    return Optional.ofNullable(Values.integer(values.get("model_size_bytes"), locate("model_size_bytes")));
  }

  /**
   * The resources (serving endpoints, indexes...) the model depends on.
   *
   * @return the {@code resources} mapping in document order; empty when absent or null
   * @throws io.mlmodel.ModelException code {@code bad-value} when the value is not a mapping with
   *     string keys
   */
  public Optional<Map<String, Object>> resources() {
    return mapping("resources");
  }

  /**
   * The names of environment variables the model read while its example was validated.
   *
   * @return the names of {@code env_vars} in file order (never values); empty when absent or null.
   *     Reading or building the model has already checked that this is a list of strings.
   */
  public Optional<List<String>> envVars() {
    return Optional.ofNullable(Values.strings(values.get("env_vars"), () -> locate("env_vars")));
  }

  /**
   * The prompt URIs the model uses.
   *
   * @return the URIs of {@code prompts}, such as {@code prompts:/name/1}, in file order; empty when absent
   *     or null (MLflow 2.21 and later write {@code prompts: null})
   * @throws io.mlmodel.ModelException code {@code bad-value} when the value is not a list of strings
   */
  public Optional<List<String>> prompts() {
    return Optional.ofNullable(Values.strings(values.get("prompts"), () -> locate("prompts")));
  }

  /**
   * The system and user authorization policy.
   *
   * @return the {@code auth_policy} mapping in document order; empty when absent or null
   * @throws io.mlmodel.ModelException code {@code bad-value} when the value is not a mapping with
   *     string keys
   */
  public Optional<Map<String, Object>> authPolicy() {
    return mapping("auth_policy");
  }

  /**
   * {@code saved_input_example_info}: where the input example is and how it is encoded.
   *
   * @return the mapping as written (keys such as {@code artifact_path}, {@code type} and {@code
   *     serving_input_path}), in document order; empty when absent or null
   * @throws io.mlmodel.ModelException code {@code bad-value} when the value is not a mapping with
   *     string keys
   */
  public Optional<Map<String, Object>> savedInputExampleInfo() {
    return mapping("saved_input_example_info");
  }

  /**
   * The model signature: what the model takes (inputs, params) and returns (outputs). Empty when
   * the file has none, or when its {@code signature} is not a mapping (MLflow ignores it then too).
   *
   * @return the signature, parsed when the model was read or built (a broken one fails that step);
   *     empty in the cases above
   */
  public Optional<ModelSignature> signature() {
    return Optional.ofNullable(signature);
  }

  /**
   * The raw {@code signature} mapping of JSON strings, exactly as in the file.
   *
   * @return the mapping of {@code inputs}, {@code outputs} and {@code params} to their JSON strings (or
   *     null), in document order; empty when {@code signature} is absent or null
   * @throws io.mlmodel.ModelException code {@code bad-value} when {@code signature} is present but
   *     not a mapping
   */
  public Optional<Map<String, Object>> signatureStrings() {
    return mapping("signature");
  }

  /**
   * Whether the signature came from the Python type hints of {@code predict}.
   *
   * @return {@code is_signature_from_type_hint}; empty when absent or null (files before MLflow 2.20)
   * @throws io.mlmodel.ModelException code {@code bad-value} when the value is not a boolean
   */
  public Optional<Boolean> isSignatureFromTypeHint() {
    return Optional.ofNullable(Values.bool(values.get("is_signature_from_type_hint"), locate("is_signature_from_type_hint")));
  }

  /**
   * Whether the type hint was inferred from the input example.
   *
   * @return {@code type_hint_from_example}; empty when absent or null (files before MLflow 2.20)
   * @throws io.mlmodel.ModelException code {@code bad-value} when the value is not a boolean
   */
  public Optional<Boolean> typeHintFromExample() {
    return Optional.ofNullable(Values.bool(values.get("type_hint_from_example"), locate("type_hint_from_example")));
  }

  /**
   * The environment side files (conda.yaml, python_env.yaml, requirements.txt, ...) that {@code
   * flavors.python_function.env} names, read on each call with the limits this model was read
   * with. Missing side files are empty optionals; a broken one is a located {@link
   * io.mlmodel.ModelException}.
   *
   * @return the environment of the model folder; each side file that does not exist is an empty
   *     {@link Optional}
   * @throws IllegalStateException when the model has no folder (built in Java)
   * @throws io.mlmodel.ModelException code {@code bad-env} when {@code env} is neither a file name
   *     nor a mapping of file names, {@code path-escape} or {@code bad-path} for a name that leaves
   *     the folder, or the located error of a broken side file
   * @throws java.io.UncheckedIOException when a side file exists but cannot be read
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
   * @return the example; empty when {@code saved_input_example_info} is absent or null
   * @throws IllegalStateException when the model has no folder (built in Java), even if it has no
   *     example
   * @throws io.mlmodel.ModelException code {@code bad-value} when {@code saved_input_example_info}
   *     is not a mapping; {@code bad-example}, {@code unknown-example-type}, {@code missing-file},
   *     {@code path-escape}, {@code bad-path}, {@code json-syntax}, {@code duplicate-key}, {@code
   *     encoding} or {@code limit} for a broken info or example file, as {@link
   *     InputExamples#load(Path, Map, io.mlmodel.Location, ReadOptions)} describes
   * @throws java.io.UncheckedIOException when the example file cannot be read
   */
  public Optional<InputExample> inputExample() {
    return InputExamples.load(folder(), (Map<?, ?>) savedInputExampleInfo().orElse(null),
        locate("saved_input_example_info"), options);
  }

  /**
   * The saved serving input example (a scoring request body), read on each call.
   *
   * @return the serving example; empty when {@code saved_input_example_info} is absent or null or
   *     has no (or a null) {@code serving_input_path}
   * @throws IllegalStateException when the model has no folder (built in Java), even if it has no
   *     example
   * @throws io.mlmodel.ModelException code {@code bad-value} when {@code saved_input_example_info}
   *     is not a mapping; otherwise as {@link ServingInputExample#load(Path, Map, Location,
   *     ReadOptions)} describes, located at {@code saved_input_example_info}'s line and column
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public Optional<ServingInputExample> servingInputExample() {
    return ServingInputExample.load(folder(), savedInputExampleInfo().orElse(null),
        locate("saved_input_example_info"), options);
  }

  private Path folder() {
    if (directory == null) {
      throw new IllegalStateException("this model was built in Java and has no folder to read side files from");
    }
    return directory;
  }

  /**
   * Every top-level key this version of the library does not know, in document order.
   *
   * @return an unmodifiable copy of the entries whose key is not in {@link #KNOWN_KEYS}, null values
   *     kept; empty when there are none
   */
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
   *
   * @param path the keys (Strings) and list indexes (Integers) from the top of the file, such as
   *     {@code "flavors", "onnx", "providers", 0}; none for the whole document
   * @return the location, always with {@code path} as its key path: when the model was read from a
   *     file, the line and column of the value, or of its deepest existing ancestor when the path
   *     does not exist; line and column 0 for a model built in Java
   */
  public Location locate(Object... path) {
    return locator.at(path);
  }

  /**
   * The location of a top-level key itself.
   *
   * @param key the top-level key
   * @return where the key (not its value) is written, with the key path; line and column 0 for a
   *     model built in Java
   */
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
