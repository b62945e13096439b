package io.mlmodel.store;

import io.mlmodel.ReadOptions;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An experiment's {@code mlruns/<experiment_id>/meta.yaml}.
 *
 * @param file the file read
 * @param experimentId the id, as a string even where old files wrote an integer
 * @param name the experiment name ({@code Default} for experiment 0)
 * @param artifactLocation where its runs' artifacts go, as recorded (a URI or path of the machine
 *     that wrote it); null when absent
 * @param lifecycleStage {@code active} or {@code deleted}; null when absent
 * @param creationTime milliseconds since the epoch; null in files older than MLflow 1.x's last
 * @param lastUpdateTime milliseconds since the epoch; null when absent
 * @param values every key of the file in file order, with its typed value; a value is null where
 *     the file writes null or nothing
 */
public record ExperimentMeta(
    Path file,
    String experimentId,
    String name,
    @Nullable String artifactLocation,
    @Nullable String lifecycleStage,
    @Nullable Long creationTime,
    @Nullable Long lastUpdateTime,
    Map<String, @Nullable Object> values) implements StoreMeta {

  /**
   * Reads an experiment's meta.yaml; errors as for {@link StoreMeta#read(Path)}.
   *
   * @param file the meta.yaml file, read with {@link io.mlmodel.ReadOptions#defaults()}
   * @return the experiment
   * @throws io.mlmodel.ModelException as {@link StoreMeta#read(Path)} does, and code {@code
   *     bad-value} when {@code experiment_id} or {@code name} is missing
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public static ExperimentMeta read(Path file) {
    return from(MetaFile.read(file, ReadOptions.defaults()));
  }

  static ExperimentMeta from(MetaFile m) {
    return new ExperimentMeta(m.file(), m.required("experiment_id"), m.required("name"),
        m.string("artifact_location"), m.string("lifecycle_stage"), m.integer("creation_time"),
        m.integer("last_update_time"), m.values());
  }

  /**
   * Whether the experiment was deleted (it then sits in {@code .trash}).
   *
   * @return true when {@link #lifecycleStage()} is exactly {@code deleted}
   */
  public boolean deleted() {
    return "deleted".equals(lifecycleStage);
  }
}
