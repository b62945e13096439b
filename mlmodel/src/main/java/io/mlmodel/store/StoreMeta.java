package io.mlmodel.store;

import io.mlmodel.ReadOptions;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A {@code meta.yaml} file of a local tracking folder, read into its typed record: {@link
 * ExperimentMeta}, {@link RunMeta}, {@link LoggedModelMeta}, {@link RegisteredModelMeta} or {@link
 * ModelVersionMeta} (format reference §10.2). Records are immutable; {@link #values()} keeps every
 * key of the file, in file order, with its value typed as PyYAML types it, so that keys newer than
 * this library ({@code workspace}, {@code trace_location}) are not lost.
 */
public sealed interface StoreMeta
    permits ExperimentMeta, RunMeta, LoggedModelMeta, RegisteredModelMeta, ModelVersionMeta {

  /**
   * The file the record was read from.
   *
   * @return the meta.yaml path, as it was given to the reader
   */
  Path file();

  /**
   * Every key of the file, in file order (unmodifiable).
   *
   * @return the file's top-level mapping, keys as text, values typed as the YAML reader types them;
   *     a value is null where the file writes null or nothing ({@code end_time: null})
   */
  Map<String, @Nullable Object> values();

  /**
   * Reads any {@code meta.yaml}, telling its kind by its keys: {@code version} and {@code source}
   * make a model version, {@code model_id} with {@code artifact_location} a logged model, {@code
   * artifact_uri} or {@code run_uuid} a run, {@code artifact_location} or {@code experiment_id} an
   * experiment; anything else with a {@code name} is a registered model.
   *
   * @param file the meta.yaml file, read with {@link ReadOptions#defaults()}
   * @return the record of the kind the keys tell; switch over the five permitted types
   * @throws io.mlmodel.ModelException when the file is missing ({@code missing-file}), not YAML
   *     ({@code yaml-syntax}, {@code encoding}, {@code duplicate-key}, {@code unsafe-tag}, {@code
   *     limit}), not a mapping ({@code not-a-mapping}), or a key its kind needs is missing or a
   *     key has the wrong type ({@code bad-value}; a file of no known kind and without {@code
   *     name} gets this too, as a registered model without a name)
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  static StoreMeta read(Path file) {
    return read(file, ReadOptions.defaults());
  }

  /**
   * Same, with the given reading limits.
   *
   * @param file the meta.yaml file
   * @param options the limits for reading it (size, depth, node count...)
   * @return the record of the kind the keys tell
   * @throws io.mlmodel.ModelException as {@link #read(Path)} does
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  static StoreMeta read(Path file, ReadOptions options) {
    MetaFile meta = MetaFile.read(file, options);
    Map<String, @Nullable Object> v = meta.values();
    if (v.containsKey("version") && v.containsKey("source")) {
      return ModelVersionMeta.from(meta);
    }
    if (v.containsKey("model_id") && v.containsKey("artifact_location")) {
      return LoggedModelMeta.from(meta);
    }
    if (v.containsKey("artifact_uri") || v.containsKey("run_uuid")) {
      return RunMeta.from(meta);
    }
    if (v.containsKey("artifact_location") || v.containsKey("experiment_id")) {
      return ExperimentMeta.from(meta);
    }
    return RegisteredModelMeta.from(meta);
  }
}
