package io.mlmodel.model;

import org.jspecify.annotations.Nullable;

/**
 * What {@code flavors.python_function.env} names: MLflow 1.x wrote the path of a conda.yaml as a
 * string; newer versions write a mapping with the conda and virtualenv (python_env.yaml) files.
 */
public sealed interface EnvReference {

  /**
   * The conda environment file, when named.
   *
   * @return the file's path relative to the model folder as written, such as {@code conda.yaml};
   *     null when not named
   */
  @Nullable String conda();

  /**
   * The python_env.yaml file, when named.
   *
   * @return the file's path relative to the model folder as written, such as {@code
   *     python_env.yaml}; null when not named, always so in the old form
   */
  @Nullable String virtualenv();

  /**
   * The old form: {@code env: conda.yaml}.
   *
   * @param conda the conda file's path relative to the model folder, as written
   */
  record CondaPath(String conda) implements EnvReference {
    @Override
    public @Nullable String virtualenv() {
      return null;
    }
  }

  /**
   * The current form: {@code env: {conda: conda.yaml, virtualenv: python_env.yaml}}.
   *
   * @param conda the {@code conda} entry; null when absent or null
   * @param virtualenv the {@code virtualenv} entry; null when absent or null
   */
  record Files(@Nullable String conda, @Nullable String virtualenv) implements EnvReference {}
}
