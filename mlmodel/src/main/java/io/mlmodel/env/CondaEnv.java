package io.mlmodel.env;

import io.mlmodel.Location;
import io.mlmodel.ReadOptions;
import io.mlmodel.yaml.KeyPath;
import io.mlmodel.yaml.YamlReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A model's {@code conda.yaml} (MLflow writes it for every python_function model):
 *
 * <pre>{@code
 * channels:
 * - conda-forge
 * dependencies:
 * - python=3.11.2
 * - pip<=23.0.1
 * - pip:
 *   - mlflow==2.17.2
 * name: mlflow-env
 * }</pre>
 *
 * <p>Every string entry of {@code dependencies} is a conda package spec, kept as written in
 * {@link #dependencies()}; the one {@code {pip: [...]}} entry is the pip list, parsed into {@link
 * #pip()}. Other keys ({@code prefix}, {@code variables}) are kept in {@link #extras()}.
 *
 * @param file the file read
 * @param name the environment name, or null
 * @param channels the channels, in order
 * @param dependencies the conda package specs (string entries), in order
 * @param pip the nested pip list, parsed (empty when there is none)
 * @param extras any other top-level keys, in file order
 * @param pythonVersion the version pinned by a {@code python=X} or {@code python==X} entry, or null
 * @param pythonLocation where that entry is (the file's start when there is none)
 */
public record CondaEnv(
    Path file,
    @Nullable String name,
    List<String> channels,
    List<String> dependencies,
    List<RequirementLine> pip,
    Map<String, @Nullable Object> extras,
    @Nullable String pythonVersion,
    Location pythonLocation) {

  /** MLflow's test for the python entry: the package, an optional operator, an optional version. */
  private static final Pattern PYTHON = Pattern.compile("^python(<=|>=|==|!=|=|<|>)?([\\d.*]+)?$");

  /**
   * Keeps unmodifiable copies of the lists and of {@code extras}.
   *
   * @param file the file read
   * @param name the environment name, or null
   * @param channels the channels, in order; no null entry
   * @param dependencies the conda package specs (string entries), in order; no null entry
   * @param pip the nested pip list, parsed (empty when there is none); no null entry
   * @param extras any other top-level keys, in file order; values may be null, as YAML gives them
   * @param pythonVersion the version pinned by a {@code python=X} or {@code python==X} entry, or null
   * @param pythonLocation where that entry is (the file's start when there is none)
   * @throws NullPointerException when a list holds a null
   */
  public CondaEnv {
    channels = List.copyOf(channels);
    dependencies = List.copyOf(dependencies);
    pip = List.copyOf(pip);
    extras = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extras));
  }

  /**
   * The python version pinned with {@code =} or {@code ==}, when there is one.
   *
   * @return the version of the first {@code python...} entry of {@code dependencies} as written
   *     (such as {@code 3.11.2} or {@code 3.11.*}); empty when there is no such entry, when it pins
   *     no version, or when it uses another operator ({@code python>=3.9})
   */
  public Optional<String> python() {
    return Optional.ofNullable(pythonVersion);
  }

  /**
   * Reads {@code file}.
   *
   * @param file the conda file (named {@code conda.yaml} unless the MLmodel names another)
   * @param options the read limits
   * @return the parsed file
   * @throws io.mlmodel.ModelException code {@code bad-env} (located at the offending key or
   *     entry) when it is not the shape above, {@code bad-requirement} for a bad pip entry, or the
   *     YAML reader's codes ({@code yaml-syntax}, {@code encoding}, {@code limit}...)
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public static CondaEnv read(Path file, ReadOptions options) {
    EnvYaml yaml = new EnvYaml(YamlReader.read(file, options), "conda.yaml");
    Map<String, @Nullable Object> root = yaml.rootMapping();
    String name = null;
    List<String> channels = List.of();
    List<String> dependencies = new ArrayList<>();
    List<RequirementLine> pip = new ArrayList<>();
    Map<String, @Nullable Object> extras = new LinkedHashMap<>();
    String pythonVersion = null;
    Location pythonLocation = new Location(file, 0, 0, "");
    boolean pythonSeen = false;
    for (Map.Entry<String, @Nullable Object> e : root.entrySet()) {
      KeyPath path = KeyPath.of(e.getKey());
      switch (e.getKey()) {
        case "name" -> name = yaml.optionalString(path, e.getValue());
        case "channels" -> channels = yaml.strings(path, e.getValue());
        case "dependencies" -> {
          List<?> items = yaml.list(path, e.getValue());
          for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            KeyPath at = path.index(i);
            if (item instanceof String spec) {
              dependencies.add(spec);
              Matcher m = PYTHON.matcher(spec);
              if (!pythonSeen && m.matches()) {
                pythonSeen = true;
                pythonLocation = yaml.locate(at);
                String op = m.group(1);
                if (("=".equals(op) || "==".equals(op)) && m.group(2) != null) {
                  pythonVersion = m.group(2);
                }
              }
            } else if (item instanceof Map<?, ?> map && map.size() == 1 && map.containsKey("pip")) {
              pip.addAll(yaml.requirementLines(at.child("pip"), map.get("pip")));
            } else {
              throw yaml.bad(at, "a conda dependency must be a string or {pip: [...]}, not "
                  + EnvYaml.describe(item));
            }
          }
        }
        default -> extras.put(e.getKey(), e.getValue());
      }
    }
    return new CondaEnv(file, name, channels, dependencies, pip, extras, pythonVersion, pythonLocation);
  }
}
