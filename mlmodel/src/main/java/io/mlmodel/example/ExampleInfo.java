package io.mlmodel.example;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The MLmodel's {@code saved_input_example_info}, typed.
 *
 * @param artifactPath the example file, relative to the model directory ({@code input_example.json})
 * @param type the example type
 * @param pandasOrient {@code split} or {@code values} for data frames (MLflow 2.8+), else null
 * @param format {@code tf-serving} for ndarray examples written by MLflow 1.14 to 2.15, else null
 * @param servingInputPath the serving example file (MLflow 2.15+), or null
 * @param hasParams whether the example file holds {@code {"inputs": ..., "params": ...}} (the
 *     {@code params: 'true'} flag, judged as Python judges truth)
 * @param extras any other keys, kept as written
 */
public record ExampleInfo(
    String artifactPath,
    ExampleType type,
    @Nullable String pandasOrient,
    @Nullable String format,
    @Nullable String servingInputPath,
    boolean hasParams,
    Map<String, @Nullable Object> extras) {

  private static final Set<String> KNOWN =
      Set.of("artifact_path", "type", "pandas_orient", "format", "serving_input_path", "params");

  /**
   * Keeps an unmodifiable copy of {@code extras}. No other check is made here: {@link #of} is
   * what checks a mapping read from an MLmodel.
   *
   * @param artifactPath the example file, relative to the model directory
   * @param type the example type
   * @param pandasOrient {@code split} or {@code values} for data frames, else null
   * @param format {@code tf-serving} for ndarray examples written by MLflow 1.14 to 2.15, else null
   * @param servingInputPath the serving example file, or null
   * @param hasParams whether the example file holds {@code {"inputs": ..., "params": ...}}
   * @param extras any other keys in file order; values may be null
   */
  public ExampleInfo {
    extras = Collections.unmodifiableMap(new LinkedHashMap<>(extras));
  }

  /**
   * Types the raw mapping.
   *
   * @param raw the {@code saved_input_example_info} value as read from the MLmodel
   * @param at where that mapping is, for errors (the key path is extended per key)
   * @return the typed info; keys other than the six known ones are kept in {@link #extras()}
   * @throws ModelException code {@code bad-example} when {@code type} or {@code artifact_path} is
   *     missing or not a string, or when a known key has the wrong type; code {@code
   *     unknown-example-type} for a type this library (and MLflow) cannot load
   */
  public static ExampleInfo of(Map<?, ?> raw, Location at) {
    Object type = raw.get("type");
    if (!(type instanceof String typeName)) {
      throw new ModelException("bad-example", key(at, "type"), type == null
          ? "the input example has no type" : "the input example type must be a string");
    }
    ExampleType parsed = ExampleType.fromWireName(typeName).orElseThrow(() -> new ModelException(
        "unknown-example-type", key(at, "type"), "unknown input example type '" + typeName
            + "'; known types are dataframe, ndarray, json_object, sparse_matrix_csc and sparse_matrix_csr"));
    String artifact = string(raw, "artifact_path", at);
    if (artifact == null) {
      throw new ModelException("bad-example", key(at, "artifact_path"), "the input example has no artifact_path");
    }
    Map<String, @Nullable Object> extras = new LinkedHashMap<>();
    raw.forEach((k, v) -> {
      if (!KNOWN.contains(k)) {
        extras.put(String.valueOf(k), v);
      }
    });
    return new ExampleInfo(artifact, parsed, string(raw, "pandas_orient", at), string(raw, "format", at),
        string(raw, "serving_input_path", at), truthy(raw.get("params")), extras);
  }

  /**
   * Whether the example was written in MLflow's old tf-serving wrapping ({@code {"inputs": ...}}).
   *
   * @return true when {@link #format()} is exactly {@code tf-serving}
   */
  public boolean isTfServing() {
    return "tf-serving".equals(format);
  }

  private static @Nullable String string(Map<?, ?> raw, String key, Location at) {
    Object v = raw.get(key);
    if (v == null || v instanceof String) {
      return (String) v;
    }
    throw new ModelException("bad-example", key(at, key), key + " must be a string, not " + v);
  }

  static Location key(Location at, String key) {
    return at.withKeyPath(at.keyPath().isEmpty() ? key : at.keyPath() + "." + key);
  }

  /** Python's truth: the flag is written as the string 'true', and any non-empty string is true. */
  private static boolean truthy(@Nullable Object v) {
    if (v == null) {
      return false;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof String s) {
      return !s.isEmpty();
    }
    if (v instanceof Number n) {
      return n.doubleValue() != 0;
    }
    if (v instanceof Map<?, ?> m) {
      return !m.isEmpty();
    }
    if (v instanceof java.util.Collection<?> c) {
      return !c.isEmpty();
    }
    return true;
  }
}
