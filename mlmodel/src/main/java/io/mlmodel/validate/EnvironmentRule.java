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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * The environment side files, read by {@link Environment} (docs/validation.md, Environment):
 * each broken file is reported with the reader's code ({@code bad-env}, {@code bad-requirement},
 * {@code yaml-syntax}...) located in that file; when all read, the {@link EnvironmentConsistency}
 * warnings {@code python-version-mismatch} and {@code requirements-mismatch}. Names the MLmodel
 * writes that escape the folder are left to {@link PathsRule}, which locates them more precisely;
 * the files read under fixed or default names are checked here, with or without a python_function
 * flavor, since {@link io.mlmodel.model.MLModel#environment()} reads them either way.
 */
final class EnvironmentRule implements Rule {
  private static final Set<String> PATH_CODES = Set.of("path-escape", "bad-path");

  @Override
  public void check(ModelContext context) {
    Flavor f = context.model().flavor(PythonFunctionFlavor.NAME).orElse(null);
    Object env = f == null ? null : f.config().get("env");
    unnamedFiles(context, env);
    if (f == null) {
      return;
    }
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

  /**
   * The side files that {@link Environment} reads without the MLmodel naming them (the four root
   * files, and the default conda and virtualenv names when {@code env} gives none), which {@link
   * PathsRule} does not see: a symbolic link out of the folder is a {@code path-escape} at the file.
   * Regression (issue 16, item 3): validate said ok while inspect refused them.
   */
  private static void unnamedFiles(ModelContext context, @Nullable Object env) {
    Set<String> names = new LinkedHashSet<>(List.of("requirements.txt", "constraints.txt",
        "environment_variables.txt", "registered_model_meta"));
    if (env == null || env instanceof Map<?, ?> m && !(m.get("conda") instanceof String)) {
      names.add(Environment.DEFAULT_CONDA);
    }
    if (!(env instanceof Map<?, ?> m && m.get("virtualenv") instanceof String)) {
      names.add(Environment.DEFAULT_VIRTUALENV);
    }
    for (String name : names) {
      try {
        SafePaths.resolve(context.dir(), name, Location.of(context.dir().resolve(name)));
      } catch (ModelException e) {
        context.report(e);
      }
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
