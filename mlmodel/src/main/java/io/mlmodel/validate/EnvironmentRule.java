package io.mlmodel.validate;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.ReadOptions;
import io.mlmodel.env.CondaEnv;
import io.mlmodel.env.Environment;
import io.mlmodel.env.EnvironmentConsistency;
import io.mlmodel.env.EnvironmentVariables;
import io.mlmodel.env.PythonEnv;
import io.mlmodel.env.RegisteredModelMeta;
import io.mlmodel.env.RequirementsFile;
import io.mlmodel.io.SafePaths;
import io.mlmodel.model.Flavor;
import io.mlmodel.model.PythonFunctionFlavor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The environment side files, read by {@link Environment} (docs/validation.md, Environment):
 * each broken file is reported with the reader's code ({@code bad-env}, {@code bad-requirement},
 * {@code yaml-syntax}...) located in that file; when all read, the {@link EnvironmentConsistency}
 * warnings {@code python-version-mismatch} and {@code requirements-mismatch}. Names that escape the
 * folder are left to {@link PathsRule}, which locates them more precisely.
 */
final class EnvironmentRule implements Rule {
  private static final Set<String> PATH_CODES = Set.of("path-escape", "bad-path");

  @Override
  public void check(ModelContext context) {
    Flavor f = context.model().flavor(PythonFunctionFlavor.NAME).orElse(null);
    if (f == null) {
      return;
    }
    Object env = f.config().get("env");
    Location envAt = f.locate("env");
    Environment environment;
    try {
      environment = Environment.load(context.dir(), env, envAt, context.options());
    } catch (ModelException e) {
      if (!PATH_CODES.contains(e.code())) {
        context.report(e);
        readEach(context, env, envAt);
      }
      return;
    }
    for (EnvironmentConsistency.Inconsistency i
        : EnvironmentConsistency.check(environment, f.config().get("python_version"), f.locate("python_version"))) {
      context.warning(i.code(), i.location(), i.problem());
    }
  }

  /** Reads every side file on its own, so that one broken file does not hide another. */
  private static void readEach(ModelContext context, Object env, Location envAt) {
    String conda = env instanceof String s ? s : name(env, "conda", Environment.DEFAULT_CONDA);
    String virtualenv = name(env, "virtualenv", Environment.DEFAULT_VIRTUALENV);
    Map<String, BiFunction<Path, ReadOptions, ?>> files = new LinkedHashMap<>();
    files.put(conda, CondaEnv::read);
    files.put(virtualenv, PythonEnv::read);
    files.put("requirements.txt", RequirementsFile::read);
    files.put("constraints.txt", RequirementsFile::read);
    files.put("environment_variables.txt", EnvironmentVariables::read);
    files.put("registered_model_meta", RegisteredModelMeta::read);
    files.forEach((name, reader) -> {
      try {
        Path file = SafePaths.resolve(context.dir(), name, envAt);
        if (Files.isRegularFile(file)) {
          reader.apply(file, context.options());
        }
      } catch (ModelException e) {
        if (!PATH_CODES.contains(e.code())) {
          context.report(e);
        }
      }
    });
  }

  private static String name(Object env, String key, String fallback) {
    return env instanceof Map<?, ?> m && m.get(key) instanceof String s ? s : fallback;
  }
}
