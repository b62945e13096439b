package io.mlmodel.write;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The environment files beside {@code MLmodel}, with the bytes MLflow writes (format reference
 * §7.1–7.3). Each method returns the file's text, pure ASCII for ASCII input; write it with {@link
 * AtomicWrites#writeFile} or inside {@link AtomicWrites#writeDirectory}.
 *
 * <pre>{@code
 * List<String> reqs = List.of("mlflow==2.17.2", "cloudpickle==2.2.0", "scikit-learn==1.2.1");
 * String conda = EnvironmentFiles.defaultCondaYaml("3.11.2", "23.0.1", reqs);
 * String venv = EnvironmentFiles.pythonEnvYaml("3.11.2",
 *     List.of("pip==23.0.1", "setuptools==66.1.1", "wheel==0.38.4"), List.of("-r requirements.txt"));
 * String txt = EnvironmentFiles.requirementsTxt(reqs);
 * }</pre>
 *
 * <p>Stateless and thread-safe; the arguments are not kept.
 */
public final class EnvironmentFiles {
  /** The file names MLflow uses. This one is the conda environment, {@link #condaYaml}'s file. */
  public static final String CONDA_YAML = "conda.yaml";
  /** The virtualenv environment file MLflow writes, {@link #pythonEnvYaml}'s file. */
  public static final String PYTHON_ENV_YAML = "python_env.yaml";
  /** The pip requirements file MLflow writes, {@link #requirementsTxt}'s file. */
  public static final String REQUIREMENTS_TXT = "requirements.txt";

  private EnvironmentFiles() {}

  /**
   * {@code conda.yaml} for any conda environment tree, as MLflow writes it: {@code
   * yaml.safe_dump(env, default_flow_style=False)}, keys sorted.
   *
   * @param env the environment as a tree of the values {@link YamlWriter} accepts, usually with
   *     {@code name}, {@code channels} and {@code dependencies}
   * @return the file's text
   * @throws IllegalArgumentException when the tree holds a value {@link YamlWriter} refuses
   */
  public static String condaYaml(Map<String, ?> env) {
    return YamlWriter.dump(env);
  }

  /**
   * The {@code conda.yaml} MLflow's built-in flavors write ({@code _mlflow_conda_env}): channel
   * {@code conda-forge}, {@code python=VERSION}, {@code pip<=PIP} ({@code pip} when {@code
   * pipVersion} is null) and the pip requirements nested under {@code pip:}, name {@code
   * mlflow-env}. With no pip requirements there is neither a pip pin nor a {@code pip:} list.
   *
   * @param pythonVersion the Python version, such as {@code 3.11.2}, written as {@code
   *     python=VERSION}
   * @param pipVersion the pip version to pin as the upper bound, or null for an unpinned {@code
   *     pip}
   * @param pipRequirements the pip requirement lines, in order; may be empty
   * @return the file's text
   * @throws IllegalArgumentException when a string cannot be written as YAML, such as one holding
   *     an unpaired surrogate
   */
  public static String defaultCondaYaml(String pythonVersion, @Nullable String pipVersion, List<String> pipRequirements) {
    List<Object> dependencies = new ArrayList<>();
    dependencies.add("python=" + pythonVersion);
    if (!pipRequirements.isEmpty()) {
      dependencies.add(pipVersion == null ? "pip" : "pip<=" + pipVersion);
      dependencies.add(Map.of("pip", List.copyOf(pipRequirements)));
    }
    Map<String, Object> env = new LinkedHashMap<>();
    env.put("name", "mlflow-env");
    env.put("channels", List.of("conda-forge"));
    env.put("dependencies", dependencies);
    return condaYaml(env);
  }

  /**
   * {@code python_env.yaml} as MLflow writes it: keys in the order {@code python}, {@code
   * build_dependencies}, {@code dependencies} ({@code sort_keys=False}), each left out when null
   * or empty.
   *
   * @param python the Python version, such as {@code 3.11.2}, or null or empty to leave it out
   * @param buildDependencies the build requirements, such as {@code pip==23.0.1}, in order; may be
   *     empty
   * @param dependencies the requirements, in order, such as {@code -r requirements.txt}; may be
   *     empty
   * @return the file's text; {@code {}} and a newline when all three are left out
   * @throws IllegalArgumentException when a string cannot be written as YAML, such as one holding
   *     an unpaired surrogate
   */
  public static String pythonEnvYaml(@Nullable String python, List<String> buildDependencies, List<String> dependencies) {
    Map<String, Object> env = new LinkedHashMap<>();
    if (python != null && !python.isEmpty()) {
      env.put("python", python);
    }
    if (!buildDependencies.isEmpty()) {
      env.put("build_dependencies", List.copyOf(buildDependencies));
    }
    if (!dependencies.isEmpty()) {
      env.put("dependencies", List.copyOf(dependencies));
    }
    return YamlWriter.dump(env, false);
  }

  /**
   * {@code requirements.txt}: one requirement per line, joined with {@code \n}, no final newline.
   *
   * @param requirements the requirement lines, in order, each without a line break; may be empty
   * @return the file's text, empty when there are no requirements
   * @throws IllegalArgumentException when a requirement contains {@code \n} or {@code \r}
   */
  public static String requirementsTxt(List<String> requirements) {
    for (String r : requirements) {
      if (r.indexOf('\n') >= 0 || r.indexOf('\r') >= 0) {
        throw new IllegalArgumentException("a requirement cannot contain a line break: '" + r + "'");
      }
    }
    return String.join("\n", requirements);
  }
}
