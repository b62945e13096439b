package io.mlmodel.env;

import io.mlmodel.Location;
import io.mlmodel.ReadOptions;
import io.mlmodel.yaml.KeyPath;
import io.mlmodel.yaml.YamlReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A model's {@code python_env.yaml} (MLflow 1.26+), the virtualenv description:
 *
 * <pre>{@code
 * python: 3.11.2
 * build_dependencies:
 * - pip==23.0.1
 * dependencies:
 * - -r requirements.txt
 * }</pre>
 *
 * <p>As in MLflow, exactly the keys {@code python} (a string), {@code build_dependencies} and
 * {@code dependencies} (lists of pip lines) are accepted; any key may be absent (the R client
 * writes no {@code python}).
 *
 * @param file the file read
 * @param pythonVersion the python version, or null when absent
 * @param buildDependencies the build dependencies (pip, setuptools, wheel), parsed
 * @param dependencies the dependencies, parsed (usually one {@code -r requirements.txt})
 * @param pythonLocation where {@code python} is (the file's start when absent)
 */
public record PythonEnv(
    Path file,
    @Nullable String pythonVersion,
    List<RequirementLine> buildDependencies,
    List<RequirementLine> dependencies,
    Location pythonLocation) {

  /**
   * Keeps unmodifiable copies of the lists.
   *
   * @param file the file read
   * @param pythonVersion the python version, or null when absent
   * @param buildDependencies the build dependencies, parsed; no null entry
   * @param dependencies the dependencies, parsed; no null entry
   * @param pythonLocation where {@code python} is (the file's start when absent)
   * @throws NullPointerException when a list holds a null
   */
  public PythonEnv {
    buildDependencies = List.copyOf(buildDependencies);
    dependencies = List.copyOf(dependencies);
  }

  /**
   * The python version, when given.
   *
   * @return the {@code python} value as written (such as {@code 3.11.2}), or empty when the key is
   *     absent or null
   */
  public Optional<String> python() {
    return Optional.ofNullable(pythonVersion);
  }

  /**
   * Reads {@code file}.
   *
   * @param file the virtualenv file (named {@code python_env.yaml} unless the MLmodel names
   *     another)
   * @param options the read limits
   * @return the parsed file
   * @throws io.mlmodel.ModelException code {@code bad-env} located at the offending key: an
   *     unknown key, a {@code python} that is not a string (YAML reads an unquoted {@code 3.10} as
   *     the number 3.1), a list that is not a list of strings; {@code bad-requirement}; or the
   *     YAML reader's codes
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public static PythonEnv read(Path file, ReadOptions options) {
    EnvYaml yaml = new EnvYaml(YamlReader.read(file, options), "python_env.yaml");
    Map<String, @Nullable Object> root = yaml.rootMapping();
    String python = null;
    List<RequirementLine> build = List.of();
    List<RequirementLine> deps = List.of();
    for (Map.Entry<String, @Nullable Object> e : root.entrySet()) {
      KeyPath path = KeyPath.of(e.getKey());
      switch (e.getKey()) {
        case "python" -> python = yaml.optionalString(path, e.getValue());
        case "build_dependencies" -> build = yaml.requirementLines(path, e.getValue());
        case "dependencies" -> deps = yaml.requirementLines(path, e.getValue());
        default -> throw new io.mlmodel.ModelException("bad-env", yaml.locateKey(path),
            "unknown key '" + e.getKey() + "'; python_env.yaml allows only python, build_dependencies and dependencies");
      }
    }
    Location at = root.containsKey("python") ? yaml.locate(KeyPath.of("python")) : new Location(file, 0, 0, "");
    return new PythonEnv(file, python, build, deps, at);
  }
}
