package io.mlmodel.env;

import io.mlmodel.ReadOptions;
import io.mlmodel.yaml.KeyPath;
import io.mlmodel.yaml.YamlReader;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The {@code registered_model_meta} file MLflow writes into a model directory downloaded through
 * a {@code models:/<name>/<version>} URI (YAML with {@code model_name} and {@code
 * model_version}). Either may be null in real files; a version written as a number ({@code
 * model_version: 14}) is given as its decimal text.
 *
 * @param file the file read
 * @param modelName the registered model's name, or null
 * @param modelVersion the version, or null
 */
public record RegisteredModelMeta(Path file, @Nullable String modelName, @Nullable String modelVersion) {

  /**
   * The name, when present.
   *
   * @return {@code model_name}, or empty when it is absent or null
   */
  public Optional<String> name() {
    return Optional.ofNullable(modelName);
  }

  /**
   * The version, when present.
   *
   * @return {@code model_version} as text (an integer as its decimal digits), or empty when it is
   *     absent or null
   */
  public Optional<String> version() {
    return Optional.ofNullable(modelVersion);
  }

  /**
   * Reads {@code file}; keys other than the two are ignored, as MLflow ignores them.
   *
   * @param file the {@code registered_model_meta} file
   * @param options the read limits
   * @return the parsed file
   *
   * @throws io.mlmodel.ModelException code {@code bad-env} when it is not a mapping or a value is
   *     not a string (or, for the version, an integer); the YAML reader's codes
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public static RegisteredModelMeta read(Path file, ReadOptions options) {
    EnvYaml yaml = new EnvYaml(YamlReader.read(file, options), "registered_model_meta");
    Map<String, @Nullable Object> root = yaml.rootMapping();
    String name = yaml.optionalString(KeyPath.of("model_name"), root.get("model_name"));
    Object version = root.get("model_version");
    if (version instanceof Long || version instanceof BigInteger) {
      version = version.toString();
    }
    return new RegisteredModelMeta(file, name, yaml.optionalString(KeyPath.of("model_version"), version));
  }
}
