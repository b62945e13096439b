package io.mlmodel.store;

import io.mlmodel.ReadOptions;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A registered model's {@code mlruns/models/<name>/meta.yaml}.
 *
 * @param file the file read
 * @param name the registered model name
 * @param description the description, or null
 * @param creationTimestamp milliseconds since the epoch, or null
 * @param lastUpdatedTimestamp milliseconds since the epoch, or null
 * @param aliasSnapshot the {@code aliases} mapping some MLflow versions copy into this file (alias
 *     to version); the {@code aliases/} folder beside it is authoritative, see {@link
 *     ModelRegistry#aliases(String)}
 * @param values every key of the file in file order, with its typed value; a value is null where
 *     the file writes null or nothing
 */
public record RegisteredModelMeta(
    Path file,
    String name,
    @Nullable String description,
    @Nullable Long creationTimestamp,
    @Nullable Long lastUpdatedTimestamp,
    Map<String, Long> aliasSnapshot,
    Map<String, @Nullable Object> values) implements StoreMeta {

  /**
   * Reads a registered model's meta.yaml; errors as for {@link StoreMeta#read(Path)}.
   *
   * @param file the meta.yaml file, read with {@link io.mlmodel.ReadOptions#defaults()}
   * @return the registered model
   * @throws io.mlmodel.ModelException as {@link StoreMeta#read(Path)} does, and code {@code
   *     bad-value} when {@code name} is missing or an {@code aliases} entry is not a version number
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public static RegisteredModelMeta read(Path file) {
    return from(MetaFile.read(file, ReadOptions.defaults()));
  }

  static RegisteredModelMeta from(MetaFile m) {
    return new RegisteredModelMeta(m.file(), m.required("name"), m.string("description"),
        m.integer("creation_timestamp"), m.integer("last_updated_timestamp"), m.versionMap("aliases"),
        m.values());
  }
}
