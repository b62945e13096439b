package io.mlmodel.store;

import io.mlmodel.ReadOptions;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A run's {@code mlruns/<experiment_id>/<run_id>/meta.yaml}.
 *
 * @param file the file read
 * @param runId the run id; files of old MLflow versions that only have {@code run_uuid} give that
 * @param experimentId the experiment id, as a string
 * @param runName the run name; null in old files, which kept it in the {@code mlflow.runName} tag
 * @param artifactUri where the run's artifacts are, as recorded; null when absent
 * @param lifecycleStage {@code active} or {@code deleted}; null when absent
 * @param status the status code (1 running, 2 scheduled, 3 finished, 4 failed, 5 killed)
 * @param startTime milliseconds since the epoch, or null
 * @param endTime milliseconds since the epoch, or null while running
 * @param userId who ran it, or null
 * @param values every key of the file in file order, with its typed value; a value is null where
 *     the file writes null or nothing
 */
public record RunMeta(
    Path file,
    String runId,
    String experimentId,
    @Nullable String runName,
    @Nullable String artifactUri,
    @Nullable String lifecycleStage,
    @Nullable Long status,
    @Nullable Long startTime,
    @Nullable Long endTime,
    @Nullable String userId,
    Map<String, @Nullable Object> values) implements StoreMeta {

  private static final String[] STATUS = {"UNKNOWN", "RUNNING", "SCHEDULED", "FINISHED", "FAILED", "KILLED"};

  /**
   * Reads a run's meta.yaml; errors as for {@link StoreMeta#read(Path)}.
   *
   * @param file the meta.yaml file, read with {@link io.mlmodel.ReadOptions#defaults()}
   * @return the run
   * @throws io.mlmodel.ModelException as {@link StoreMeta#read(Path)} does, and code {@code
   *     bad-value} when both {@code run_id} and {@code run_uuid}, or {@code experiment_id}, are
   *     missing
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public static RunMeta read(Path file) {
    return from(MetaFile.read(file, ReadOptions.defaults()));
  }

  static RunMeta from(MetaFile m) {
    String id = m.id("run_id");
    return new RunMeta(m.file(), id != null ? id : m.required("run_uuid"), m.required("experiment_id"),
        m.string("run_name"), m.string("artifact_uri"), m.string("lifecycle_stage"), m.integer("status"),
        m.integer("start_time"), m.integer("end_time"), m.id("user_id"), m.values());
  }

  /**
   * The status as MLflow names it ({@code FINISHED}), or {@code UNKNOWN}.
   *
   * @return {@code RUNNING}, {@code SCHEDULED}, {@code FINISHED}, {@code FAILED} or {@code KILLED}
   *     for the codes 1 to 5; {@code UNKNOWN} for a null or any other code
   */
  public String statusName() {
    return status != null && status >= 1 && status < STATUS.length ? STATUS[status.intValue()] : "UNKNOWN";
  }

  /**
   * Whether the run was deleted.
   *
   * @return true when {@link #lifecycleStage()} is exactly {@code deleted}
   */
  public boolean deleted() {
    return "deleted".equals(lifecycleStage);
  }
}
