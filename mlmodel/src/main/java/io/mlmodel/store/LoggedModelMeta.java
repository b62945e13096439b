package io.mlmodel.store;

import io.mlmodel.ReadOptions;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An MLflow 3 logged model's {@code mlruns/<experiment_id>/models/<model_id>/meta.yaml}.
 *
 * @param file the file read
 * @param modelId the id, {@code m-} and 32 hex digits
 * @param experimentId the experiment it belongs to
 * @param name the name given at logging ({@code model} by default); {@code runs:/<run>/<name>}
 *     finds the model by it
 * @param artifactLocation where the model folder is, as recorded; null when absent
 * @param sourceRunId the run that logged it, or null
 * @param modelType the model type, or null
 * @param status 0 unspecified, 1 pending, 2 ready, 3 failed; null when absent
 * @param creationTimestamp milliseconds since the epoch, or null
 * @param values every key of the file in file order, with its typed value; a value is null where
 *     the file writes null or nothing
 */
public record LoggedModelMeta(
    Path file,
    String modelId,
    String experimentId,
    String name,
    @Nullable String artifactLocation,
    @Nullable String sourceRunId,
    @Nullable String modelType,
    @Nullable Long status,
    @Nullable Long creationTimestamp,
    Map<String, @Nullable Object> values) implements StoreMeta {

  /**
   * Reads a logged model's meta.yaml; errors as for {@link StoreMeta#read(Path)}.
   *
   * @param file the meta.yaml file, read with {@link io.mlmodel.ReadOptions#defaults()}
   * @return the logged model
   * @throws io.mlmodel.ModelException as {@link StoreMeta#read(Path)} does, and code {@code
   *     bad-value} when {@code model_id}, {@code experiment_id} or {@code name} is missing
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public static LoggedModelMeta read(Path file) {
    return from(MetaFile.read(file, ReadOptions.defaults()));
  }

  static LoggedModelMeta from(MetaFile m) {
    return new LoggedModelMeta(m.file(), m.required("model_id"), m.required("experiment_id"),
        m.required("name"), m.string("artifact_location"), m.id("source_run_id"), m.string("model_type"),
        m.integer("status"), m.integer("creation_timestamp"), m.values());
  }
}
