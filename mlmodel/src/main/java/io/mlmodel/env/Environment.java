package io.mlmodel.env;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.ReadOptions;
import io.mlmodel.io.SafePaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Everything a model directory says about the Python environment it needs, found from the
 * directory and the raw value of {@code flavors.python_function.env}:
 *
 * <table>
 *   <caption>Where each file comes from</caption>
 *   <tr><th>{@code env} value</th><th>conda file</th><th>virtualenv file</th></tr>
 *   <tr><td>a string (MLflow before 2.0)</td><td>that string</td><td>{@code python_env.yaml}</td></tr>
 *   <tr><td>a mapping (MLflow 2.0+)</td><td>{@code conda} entry</td><td>{@code virtualenv} entry</td></tr>
 *   <tr><td>absent (null)</td><td>{@code conda.yaml}</td><td>{@code python_env.yaml}</td></tr>
 * </table>
 *
 * <p>A mapping without one of the entries (or with a null one) uses the default name for it.
 * {@code requirements.txt}, {@code constraints.txt}, {@code environment_variables.txt} and {@code
 * registered_model_meta} always sit in the model root.
 *
 * <p>A file that does not exist is an empty {@link Optional}; one that exists but is broken is a
 * {@link ModelException} located in it. Names from the MLmodel are resolved with {@link
 * SafePaths}: an absolute name, a {@code ..} escape or a link out of the directory is a {@code
 * path-escape} error located at the {@code env} key. Immutable and thread-safe once loaded.
 *
 * <pre>{@code
 * Environment env = Environment.load(dir, pyfunc.get("env"), ReadOptions.defaults());
 * env.requirements().ifPresent(r -> r.requirements().forEach(q -> System.out.println(q.name())));
 * }</pre>
 */
public final class Environment {
  /** The conda file name MLflow uses when the MLmodel names none. */
  public static final String DEFAULT_CONDA = "conda.yaml";
  /** The virtualenv file name MLflow uses when the MLmodel names none. */
  public static final String DEFAULT_VIRTUALENV = "python_env.yaml";

  /** How {@code flavors.python_function.env} was given. */
  public enum Form {
    /** No {@code env} key: the default names. */
    ABSENT,
    /** {@code env: conda.yaml} (MLflow before 2.0). */
    STRING,
    /** {@code env: {conda: ..., virtualenv: ...}} (MLflow 2.0+). */
    MAPPING
  }

  private final Path modelDir;
  private final Form form;
  private final String condaName;
  private final String virtualenvName;
  private final @Nullable CondaEnv conda;
  private final @Nullable PythonEnv virtualenv;
  private final @Nullable RequirementsFile requirements;
  private final @Nullable RequirementsFile constraints;
  private final @Nullable EnvironmentVariables environmentVariables;
  private final @Nullable RegisteredModelMeta registeredModelMeta;

  private Environment(Path modelDir, Form form, String condaName, String virtualenvName, ReadOptions options, Location envAt) {
    this.modelDir = modelDir;
    this.form = form;
    this.condaName = condaName;
    this.virtualenvName = virtualenvName;
    this.conda = readIfPresent(modelDir, condaName, envAt, options, CondaEnv::read);
    this.virtualenv = readIfPresent(modelDir, virtualenvName, envAt, options, PythonEnv::read);
    Location root = Location.of(modelDir);
    this.requirements = readIfPresent(modelDir, "requirements.txt", root, options, RequirementsFile::read);
    this.constraints = readIfPresent(modelDir, "constraints.txt", root, options, RequirementsFile::read);
    this.environmentVariables = readIfPresent(modelDir, "environment_variables.txt", root, options, EnvironmentVariables::read);
    this.registeredModelMeta = readIfPresent(modelDir, "registered_model_meta", root, options, RegisteredModelMeta::read);
  }

  /**
   * Loads the environment files of {@code modelDir}; errors about the {@code env} value are
   * located at {@code MLmodel: flavors.python_function.env}.
   *
   * @param modelDir the model directory
   * @param pyfuncEnv the raw {@code flavors.python_function.env} value: a String, a Map, or null
   * @param options the read limits
   * @return the environment; each file that does not exist is an empty {@link Optional}
   * @throws ModelException as {@link #load(Path, Object, Location, ReadOptions)}; errors about the
   *     {@code env} value carry the key path but no line and column
   * @throws java.io.UncheckedIOException when a side file exists but cannot be read
   */
  public static Environment load(Path modelDir, @Nullable Object pyfuncEnv, ReadOptions options) {
    return load(modelDir, pyfuncEnv, new Location(modelDir.resolve("MLmodel"), 0, 0, "flavors.python_function.env"), options);
  }

  /**
   * Same, with the location of the {@code env} value in the MLmodel (from the caller's YAML
   * document), so that errors about it carry a line and column.
   *
   * @param modelDir the model directory
   * @param pyfuncEnv the raw {@code flavors.python_function.env} value: a String, a Map, or null
   * @param envAt where that value is in the MLmodel; errors about it are located there (with
   *     {@code .conda} or {@code .virtualenv} added to the key path for a bad entry)
   * @param options the read limits
   * @return the environment; each file that does not exist is an empty {@link Optional}
   * @throws ModelException code {@code bad-env} when {@code pyfuncEnv} is neither a string, a
   *     mapping nor null (or an entry of the mapping is not a string); {@code path-escape} or
   *     {@code bad-path} for a name that leaves the directory; any error of a broken side file
   * @throws java.io.UncheckedIOException when a side file exists but cannot be read
   */
  public static Environment load(Path modelDir, @Nullable Object pyfuncEnv, Location envAt, ReadOptions options) {
    if (pyfuncEnv == null) {
      return new Environment(modelDir, Form.ABSENT, DEFAULT_CONDA, DEFAULT_VIRTUALENV, options, envAt);
    }
    if (pyfuncEnv instanceof String name) {
      return new Environment(modelDir, Form.STRING, name, DEFAULT_VIRTUALENV, options, envAt);
    }
    if (pyfuncEnv instanceof Map<?, ?> map) {
      String conda = entry(map, "conda", DEFAULT_CONDA, envAt);
      String virtualenv = entry(map, "virtualenv", DEFAULT_VIRTUALENV, envAt);
      return new Environment(modelDir, Form.MAPPING, conda, virtualenv, options, envAt);
    }
    throw new ModelException("bad-env", envAt, "env must be a file name or a mapping {conda: ..., virtualenv: ...}, not "
        + EnvYaml.describe(pyfuncEnv));
  }

  private static String entry(Map<?, ?> map, String key, String fallback, Location envAt) {
    Object value = map.get(key);
    if (value == null) {
      return fallback;
    }
    if (value instanceof String s) {
      return s;
    }
    throw new ModelException("bad-env", envAt.withKeyPath(envAt.keyPath() + "." + key),
        "expected a file name, found " + EnvYaml.describe(value));
  }

  private static <T> @Nullable T readIfPresent(Path dir, String name, Location at, ReadOptions options,
      BiFunction<Path, ReadOptions, T> reader) {
    Path file = SafePaths.resolve(dir, name, at);
    return Files.isRegularFile(file) ? reader.apply(file, options) : null;
  }

  /**
   * The model directory.
   *
   * @return the directory given to {@code load}, as given
   */
  public Path modelDir() {
    return modelDir;
  }

  /**
   * How the MLmodel gave the env files.
   *
   * @return the form of the {@code env} value
   */
  public Form form() {
    return form;
  }

  /**
   * The conda file name used (from the MLmodel or the default), as written.
   *
   * @return the name relative to the model directory, {@value #DEFAULT_CONDA} by default
   */
  public String condaFileName() {
    return condaName;
  }

  /**
   * The virtualenv file name used (from the MLmodel or the default), as written.
   *
   * @return the name relative to the model directory, {@value #DEFAULT_VIRTUALENV} by default
   */
  public String virtualenvFileName() {
    return virtualenvName;
  }

  /**
   * The conda environment, when the file exists.
   *
   * @return the parsed conda file, or empty when it does not exist
   */
  public Optional<CondaEnv> conda() {
    return Optional.ofNullable(conda);
  }

  /**
   * The virtualenv description (python_env.yaml), when the file exists.
   *
   * @return the parsed virtualenv file, or empty when it does not exist
   */
  public Optional<PythonEnv> virtualenv() {
    return Optional.ofNullable(virtualenv);
  }

  /**
   * requirements.txt, when it exists.
   *
   * @return the parsed file, or empty when it does not exist
   */
  public Optional<RequirementsFile> requirements() {
    return Optional.ofNullable(requirements);
  }

  /**
   * constraints.txt, when it exists.
   *
   * @return the parsed file, or empty when it does not exist
   */
  public Optional<RequirementsFile> constraints() {
    return Optional.ofNullable(constraints);
  }

  /**
   * environment_variables.txt, when it exists.
   *
   * @return the parsed file, or empty when it does not exist
   */
  public Optional<EnvironmentVariables> environmentVariables() {
    return Optional.ofNullable(environmentVariables);
  }

  /**
   * registered_model_meta, when it exists.
   *
   * @return the parsed file, or empty when it does not exist
   */
  public Optional<RegisteredModelMeta> registeredModelMeta() {
    return Optional.ofNullable(registeredModelMeta);
  }

  /**
   * The Python version the environment asks for: python_env.yaml's, else the one pinned in
   * conda.yaml (what MLflow would derive), when either says.
   *
   * @return the version as written (such as {@code 3.11.2}), or empty when neither file exists or
   *     gives one
   */
  public Optional<String> pythonVersion() {
    return virtualenv().flatMap(PythonEnv::python).or(() -> conda().flatMap(CondaEnv::python));
  }

  @Override
  public String toString() {
    return "Environment[" + modelDir + ", form=" + form + ", conda=" + (conda != null) + ", virtualenv="
        + (virtualenv != null) + ", requirements=" + (requirements != null) + ", constraints=" + (constraints != null) + "]";
  }
}
