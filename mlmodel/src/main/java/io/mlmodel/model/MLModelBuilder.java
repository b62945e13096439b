package io.mlmodel.model;

import io.mlmodel.ReadOptions;
import io.mlmodel.io.FrozenValues;
import io.mlmodel.signature.ModelSignature;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Builds an {@link MLModel} in Java, key by key; {@link #build()} checks it the way reading a file
 * does. Not thread-safe; the built model is immutable, down to its nested values.
 *
 * <pre>{@code
 * MLModel model = MLModel.builder()
 *     .newModelUuid()
 *     .createdNow()
 *     .mlflowVersion("2.17.2")
 *     .flavor(Flavor.of("onnx", Map.of("data", "model.onnx", "onnx_version", "1.17.0")))
 *     .build();
 * }</pre>
 */
public final class MLModelBuilder {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final @Nullable Path directory;
  private final Map<String, Object> values;

  MLModelBuilder() {
    this(null, Map.of());
  }

  MLModelBuilder(@Nullable Path directory, Map<String, Object> values) {
    this.directory = directory;
    this.values = new LinkedHashMap<>(values);
  }

  /**
   * Sets any top-level key to a value of the types the reader produces; null keeps the key with a null value.
   *
   * @param key the top-level key, known or not; an existing key keeps its place in the order
   * @param value the value: a string, number, boolean, list or string-keyed mapping of such values, as
   *     the YAML reader produces them; null keeps the key with a null value; kept as given until
   *     {@link #build()} copies it
   * @return this builder
   */
  public MLModelBuilder put(String key, @Nullable Object value) {
    values.put(Objects.requireNonNull(key, "key"), value);
    return this;
  }

  /**
   * Removes a top-level key.
   *
   * @param key the top-level key; nothing changes when it is absent
   * @return this builder
   */
  public MLModelBuilder remove(String key) {
    values.remove(key);
    return this;
  }

  /**
   * Adds or replaces a flavor.
   *
   * @param flavor the flavor; it replaces one of the same name in its place, or else goes last
   * @return this builder
   */
  public MLModelBuilder flavor(Flavor flavor) {
    Map<String, Object> flavors = new LinkedHashMap<>();
    if (values.get("flavors") instanceof Map<?, ?> m) {
      m.forEach((k, v) -> flavors.put(String.valueOf(k), v));
    }
    flavors.put(flavor.name(), flavor.config());
    values.put("flavors", flavors);
    return this;
  }

  /**
   * Sets {@code model_uuid} to a fresh uuid4 in MLflow's form: 32 lowercase hex digits.
   *
   * @return this builder
   */
  public MLModelBuilder newModelUuid() {
    byte[] b = new byte[16];
    RANDOM.nextBytes(b);
    b[6] = (byte) ((b[6] & 0x0f) | 0x40);
    b[8] = (byte) ((b[8] & 0x3f) | 0x80);
    return put("model_uuid", HexFormat.of().formatHex(b));
  }

  /**
   * Sets {@code utc_time_created} to the current UTC time, in MLflow's format.
   *
   * @return this builder
   */
  public MLModelBuilder createdNow() {
    return utcTimeCreated(LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
  }

  /**
   * Sets {@code utc_time_created} as Python's {@code str(datetime)} prints it.
   *
   * @param time the creation time in UTC; written to the microsecond (finer digits are dropped), with
   *     no fraction when the microseconds are zero
   * @return this builder
   */
  public MLModelBuilder utcTimeCreated(LocalDateTime time) {
    return put("utc_time_created", pythonStr(time));
  }

  /**
   * Sets {@code model_uuid}.
   *
   * @param uuid the uuid, written as given; null keeps the key with a null value, as MLflow writes
   *     it for a model without one
   * @return this builder
   */
  public MLModelBuilder modelUuid(@Nullable String uuid) {
    return put("model_uuid", uuid);
  }

  /**
   * Sets {@code mlflow_version}, the MLflow version that writes the model.
   *
   * @param version the version, such as {@code 2.17.2}
   * @return this builder
   */
  public MLModelBuilder mlflowVersion(String version) {
    return put("mlflow_version", version);
  }

  /**
   * Sets {@code run_id}, the run that logged the model.
   *
   * @param runId the run's id (32 hex digits in MLflow), written as given
   * @return this builder
   */
  public MLModelBuilder runId(String runId) {
    return put("run_id", runId);
  }

  /**
   * Sets {@code artifact_path}, where the model was logged.
   *
   * @param path the run-relative path (MLflow 2) or the artifact location URI (MLflow 3)
   * @return this builder
   */
  public MLModelBuilder artifactPath(String path) {
    return put("artifact_path", path);
  }

  /**
   * Sets {@code model_id}, the MLflow 3 logged-model id.
   *
   * @param id the id ({@code m-} and 32 hex digits), written as given; null keeps the key with a null
   *     value, as MLflow 3 writes it for a model not logged through {@code log_model}
   * @return this builder
   */
  public MLModelBuilder modelId(@Nullable String id) {
    return put("model_id", id);
  }

  /**
   * Sets {@code metadata}, the free-form user and MLflow metadata.
   *
   * @param metadata the mapping; copied in iteration order (values nested in it are copied by {@link
   *     #build()})
   * @return this builder
   */
  public MLModelBuilder metadata(Map<String, ?> metadata) {
    return put("metadata", new LinkedHashMap<>(metadata));
  }

  /**
   * Sets {@code model_size_bytes}.
   *
   * @param size the total size of the model's files, in bytes
   * @return this builder
   */
  public MLModelBuilder modelSizeBytes(long size) {
    return put("model_size_bytes", size);
  }

  /**
   * Sets {@code env_vars}, the environment variables the model reads.
   *
   * @param names the variables' names (never their values); copied in order
   * @return this builder
   */
  public MLModelBuilder envVars(List<String> names) {
    return put("env_vars", List.copyOf(names));
  }

  /**
   * Sets {@code signature} to the canonical JSON strings MLflow writes for it.
   *
   * @param signature the signature; {@code is_signature_from_type_hint} and {@code
   *     type_hint_from_example} are left as they are
   * @return this builder
   */
  public MLModelBuilder signature(ModelSignature signature) {
    return put("signature", new LinkedHashMap<>(signature.toDict()));
  }

  /**
   * Sets {@code saved_input_example_info}, which says where the input example is and how it is encoded.
   *
   * @param info the mapping, with keys such as {@code artifact_path} and {@code type}; copied in
   *     iteration order (values nested in it are copied by {@link #build()})
   * @return this builder
   */
  public MLModelBuilder savedInputExampleInfo(Map<String, ?> info) {
    return put("saved_input_example_info", new LinkedHashMap<>(info));
  }

  /**
   * Checks and builds the model, as reading a file with this content would.
   *
   * @return the model, holding deeply unmodifiable copies of this builder's values (as {@link
   *     Flavor#of} copies a flavor's), so that changing the values given to the builder, or the
   *     builder, afterwards leaves it unchanged; it has this builder's folder when the builder came
   *     from {@link MLModel#toBuilder()} of a model read from a folder, and no folder otherwise
   * @throws io.mlmodel.ModelException located by key path only: code {@code bad-value} when {@code
   *     flavors} is not a mapping of mappings or {@code env_vars} is not a list of strings, and the
   *     error reading would raise when {@code signature} is a mapping that does not parse
   */
  public MLModel build() {
    return ModelReader.build(FrozenValues.copyMap(values), directory, Locator.detached(directory == null ? null : directory.resolve("MLmodel")),
        ReadOptions.defaults());
  }

  /** Python's str(datetime): the fraction only when there are microseconds. */
  static String pythonStr(LocalDateTime t) {
    String date = String.format("%04d-%02d-%02d %02d:%02d:%02d", t.getYear(), t.getMonthValue(),
        t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond());
    int micros = t.getNano() / 1000;
    return micros == 0 ? date : date + String.format(".%06d", micros);
  }
}
