package io.mlmodel.model;

import io.mlmodel.ReadOptions;
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
 * does. Not thread-safe; the built model is immutable.
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

  /** Sets any top-level key to a value of the types the reader produces; null keeps the key with a null value. */
  public MLModelBuilder put(String key, @Nullable Object value) {
    values.put(Objects.requireNonNull(key, "key"), value);
    return this;
  }

  /** Removes a top-level key. */
  public MLModelBuilder remove(String key) {
    values.remove(key);
    return this;
  }

  /** Adds or replaces a flavor. */
  public MLModelBuilder flavor(Flavor flavor) {
    Map<String, Object> flavors = new LinkedHashMap<>();
    if (values.get("flavors") instanceof Map<?, ?> m) {
      m.forEach((k, v) -> flavors.put(String.valueOf(k), v));
    }
    flavors.put(flavor.name(), flavor.config());
    values.put("flavors", flavors);
    return this;
  }

  /** Sets {@code model_uuid} to a fresh uuid4 in MLflow's form: 32 lowercase hex digits. */
  public MLModelBuilder newModelUuid() {
    byte[] b = new byte[16];
    RANDOM.nextBytes(b);
    b[6] = (byte) ((b[6] & 0x0f) | 0x40);
    b[8] = (byte) ((b[8] & 0x3f) | 0x80);
    return put("model_uuid", HexFormat.of().formatHex(b));
  }

  /** Sets {@code utc_time_created} to the current UTC time, in MLflow's format. */
  public MLModelBuilder createdNow() {
    return utcTimeCreated(LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
  }

  /** Sets {@code utc_time_created} as Python's {@code str(datetime)} prints it. */
  public MLModelBuilder utcTimeCreated(LocalDateTime time) {
    return put("utc_time_created", pythonStr(time));
  }

  public MLModelBuilder modelUuid(@Nullable String uuid) {
    return put("model_uuid", uuid);
  }

  public MLModelBuilder mlflowVersion(String version) {
    return put("mlflow_version", version);
  }

  public MLModelBuilder runId(String runId) {
    return put("run_id", runId);
  }

  public MLModelBuilder artifactPath(String path) {
    return put("artifact_path", path);
  }

  public MLModelBuilder modelId(@Nullable String id) {
    return put("model_id", id);
  }

  public MLModelBuilder metadata(Map<String, ?> metadata) {
    return put("metadata", new LinkedHashMap<>(metadata));
  }

  public MLModelBuilder modelSizeBytes(long size) {
    return put("model_size_bytes", size);
  }

  public MLModelBuilder envVars(List<String> names) {
    return put("env_vars", List.copyOf(names));
  }

  /** Sets {@code signature} to the canonical JSON strings MLflow writes for it. */
  public MLModelBuilder signature(ModelSignature signature) {
    return put("signature", new LinkedHashMap<>(signature.toDict()));
  }

  public MLModelBuilder savedInputExampleInfo(Map<String, ?> info) {
    return put("saved_input_example_info", new LinkedHashMap<>(info));
  }

  /** Checks and builds the model, as reading a file with this content would. */
  public MLModel build() {
    return ModelReader.build(values, directory, Locator.detached(directory == null ? null : directory.resolve("MLmodel")),
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
