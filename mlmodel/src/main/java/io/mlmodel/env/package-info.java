/**
 * The Python environment a model declares, read into typed values: {@link
 * io.mlmodel.env.CondaEnv conda.yaml}, {@link io.mlmodel.env.PythonEnv python_env.yaml}, {@link
 * io.mlmodel.env.RequirementsFile requirements.txt and constraints.txt} (each line a {@link
 * io.mlmodel.env.RequirementLine}), {@link io.mlmodel.env.EnvironmentVariables
 * environment_variables.txt} and {@link io.mlmodel.env.RegisteredModelMeta registered_model_meta}.
 *
 * <p>Start at {@link io.mlmodel.env.Environment#load}, which finds the files from the model
 * directory and the {@code flavors.python_function.env} value. A missing side file is an empty
 * {@link java.util.Optional}, because many real models lack some; a broken one is a {@link
 * io.mlmodel.ModelException} located in that file. {@link io.mlmodel.env.EnvironmentConsistency}
 * compares the files with each other for a validator.
 */
@NullMarked
package io.mlmodel.env;

import org.jspecify.annotations.NullMarked;
