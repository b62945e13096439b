package io.mlmodel.store;

import io.mlmodel.ReadOptions;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A model version's {@code mlruns/models/<name>/version-<N>/meta.yaml}. Aliases, tags, metrics and
 * params are not in this file.
 *
 * @param file the file read
 * @param name the registered model name
 * @param version the version number
 * @param currentStage {@code None}, {@code Staging}, {@code Production} or {@code Archived}
 *     ({@code None} when absent)
 * @param source the URI given when the version was registered ({@code runs:/...}, {@code
 *     models:/m-...}, a path or {@code file:} URI)
 * @param storageLocation where the version's files are, as recorded, or null; preferred over
 *     {@code source} when resolving
 * @param runId the run that produced it, or null
 * @param modelId the MLflow 3 logged model it was registered from, or null
 * @param status {@code READY}, {@code PENDING_REGISTRATION} or {@code FAILED_REGISTRATION}, or null
 * @param description the description, or null
 * @param creationTimestamp milliseconds since the epoch, or null
 * @param values every key of the file in file order, with its typed value; a value is null where
 *     the file writes null or nothing
 */
public record ModelVersionMeta(
    Path file,
    String name,
    long version,
    String currentStage,
    String source,
    @Nullable String storageLocation,
    @Nullable String runId,
    @Nullable String modelId,
    @Nullable String status,
    @Nullable String description,
    @Nullable Long creationTimestamp,
    Map<String, @Nullable Object> values) implements StoreMeta {

  /**
   * Reads a model version's meta.yaml; errors as for {@link StoreMeta#read(Path)}.
   *
   * @param file the meta.yaml file, read with {@link io.mlmodel.ReadOptions#defaults()}
   * @return the model version
   * @throws io.mlmodel.ModelException as {@link StoreMeta#read(Path)} does, and code {@code
   *     bad-value} when {@code name}, {@code version} or {@code source} is missing, or {@code
   *     version} is neither an integer nor a string of at most 18 digits
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public static ModelVersionMeta read(Path file) {
    return from(MetaFile.read(file, ReadOptions.defaults()));
  }

  static ModelVersionMeta from(MetaFile m) {
    Long version = m.number("version");
    if (version == null) {
      m.required("version");
    }
    String stage = m.string("current_stage");
    return new ModelVersionMeta(m.file(), m.required("name"), version == null ? 0 : version,
        stage == null ? "None" : stage, m.required("source"), m.string("storage_location"),
        m.id("run_id"), m.string("model_id"), m.string("status"), m.string("description"),
        m.integer("creation_timestamp"), m.values());
  }

  /**
   * Whether MLflow has deleted this version and only keeps its folder ({@code Deleted_Internal}).
   *
   * @return true when {@link #currentStage()} is {@code Deleted_Internal}, in any case
   */
  public boolean deleted() {
    return "Deleted_Internal".equalsIgnoreCase(currentStage);
  }
}
