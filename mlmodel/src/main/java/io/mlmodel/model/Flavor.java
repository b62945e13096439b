package io.mlmodel.model;

import io.mlmodel.Location;
import io.mlmodel.io.FrozenValues;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One entry of {@code flavors}: its name and its configuration, exactly as the file holds it
 * (keys in document order, values typed as PyYAML types them). The generic view works for every
 * flavor, known or not; the typed views ({@link PythonFunctionFlavor}, {@link OnnxFlavor}, ...)
 * read the keys a built-in flavor writes.
 *
 * <p>Immutable and thread-safe. The typed getters fail with a located {@link
 * io.mlmodel.ModelException} (code {@code bad-value}) when the key holds a value of another type.
 */
public final class Flavor {
  private final String name;
  private final Map<String, Object> config;
  private final Locator locator;

  Flavor(String name, Map<String, Object> config, Locator locator) {
    this.name = name;
    this.config = Values.copy(config);
    this.locator = locator;
  }

  /**
   * A flavor built in Java (for a model to be written).
   *
   * @param name the flavor's name, the key under {@code flavors}, such as {@code onnx}
   * @param config the flavor's keys and values, of the types the YAML reader produces; copied in
   *     iteration order, deeply: nested lists, sets and mappings become unmodifiable copies (one
   *     instance given twice stays one, so the writer still writes it as an anchor and an alias)
   *     and {@code byte[]} values fresh arrays, so later changes to {@code config} do not show
   * @return the flavor; its locations carry the key path {@code flavors.<name>} and no line or column
   */
  public static Flavor of(String name, Map<String, ?> config) {
    Objects.requireNonNull(name, "name");
    Map<String, Object> c = FrozenValues.copyMap(Objects.requireNonNull(config, "config"));
    return new Flavor(name, c, Locator.detached(null).below("flavors").below(name));
  }

  /**
   * The flavor's name, such as {@code python_function} or {@code onnx}.
   *
   * @return the key of this entry under {@code flavors}
   */
  public String name() {
    return name;
  }

  /**
   * Every key and value of the flavor, in document order; null values are kept.
   *
   * @return an unmodifiable map; empty for an entry written with a null value or as {@code {}}
   */
  public Map<String, Object> config() {
    return config;
  }

  /**
   * Whether the key is present (possibly with a null value).
   *
   * @param key the key within this flavor's entry, such as {@code data}
   * @return true when the key is present, even with a null value
   */
  public boolean has(String key) {
    return config.containsKey(key);
  }

  /**
   * The raw value of {@code key}; empty when absent or null.
   *
   * @param key the key within this flavor's entry, such as {@code data}
   * @return the value as the YAML reader typed it; empty when the key is absent or null
   */
  public Optional<Object> get(String key) {
    return Optional.ofNullable(config.get(key));
  }

  /**
   * The string at {@code key}; empty when absent or null.
   *
   * @param key the key within this flavor's entry, such as {@code data}
   * @return the string; empty when the key is absent or null
   * @throws io.mlmodel.ModelException code {@code bad-value} when the value is not a string
   */
  public Optional<String> string(String key) {
    return Optional.ofNullable(Values.string(config.get(key), () -> locate(key)));
  }

  /**
   * The boolean at {@code key}; empty when absent or null.
   *
   * @param key the key within this flavor's entry, such as {@code data}
   * @return the boolean; empty when the key is absent or null
   * @throws io.mlmodel.ModelException code {@code bad-value} when the value is not a boolean
   */
  public Optional<Boolean> bool(String key) {
    return Optional.ofNullable(Values.bool(config.get(key), () -> locate(key)));
  }

  /**
   * The list of strings at {@code key}; empty when absent or null.
   *
   * @param key the key within this flavor's entry, such as {@code data}
   * @return the strings in file order; empty when the key is absent or null
   * @throws io.mlmodel.ModelException code {@code bad-value} when the value is not a list of strings
   */
  public Optional<List<String>> strings(String key) {
    return Optional.ofNullable(Values.strings(config.get(key), () -> locate(key)));
  }

  /**
   * The mapping at {@code key} (string keys); empty when absent or null.
   *
   * @param key the key within this flavor's entry, such as {@code data}
   * @return the mapping in document order; empty when the key is absent or null
   * @throws io.mlmodel.ModelException code {@code bad-value} when the value is not a mapping, or
   *     (located at that key) when one of its keys is not a string
   */
  public Optional<Map<String, Object>> mapping(String key) {
    Object v = config.get(key);
    if (v == null) {
      return Optional.empty();
    }
    Locator below = locator.below(key);
    return Optional.of(Values.stringMap(v, () -> locate(key), below::keyAt));
  }

  /**
   * The version of the library that saved the model, from the key the flavor writes it under
   * ({@code sklearn_version}, {@code onnx_version}, {@code xgb_version}...; see {@link
   * KnownFlavor}); empty for unknown flavors or when absent.
   *
   * @return the version as written; empty when the flavor is not a {@link KnownFlavor}, writes no
   *     version key, or the key is absent or null
   * @throws io.mlmodel.ModelException code {@code bad-value} when the version key holds something
   *     other than a string (such as an unquoted {@code 1.5}, which YAML reads as a float)
   */
  public Optional<String> libraryVersion() {
    return KnownFlavor.byName(name).flatMap(k -> k.versionKey() == null ? Optional.empty() : string(k.versionKey()));
  }

  /**
   * The relative path of the model's main data file or folder, from the first of the keys the
   * flavor uses ({@code data}, {@code model_data}, {@code pickled_model}, {@code
   * saved_model_dir}...; see {@link KnownFlavor#dataKeys()}) that holds a value; for a flavor that
   * is not a {@link KnownFlavor}, the {@code data} key.
   *
   * @return the path as written; empty when none of those keys holds a value
   * @throws io.mlmodel.ModelException code {@code bad-value} when a key tried holds something other
   *     than a string
   */
  public Optional<String> dataPath() {
    Optional<KnownFlavor> k = KnownFlavor.byName(name);
    if (k.isEmpty()) {
      return string("data");
    }
    for (String key : k.get().dataKeys()) {
      Optional<String> v = string(key);
      if (v.isPresent()) {
        return v;
      }
    }
    return Optional.empty();
  }

  /**
   * The location of the value at {@code key} (and deeper keys or indexes) in the MLmodel.
   *
   * @param path keys (Strings) and list indexes (Integers) below this flavor's entry, such as
   *     {@code "providers", 0}; none for the entry itself
   * @return the location, with the key path from the top of the file ({@code flavors.<name>...});
   *     its line and column are as {@link MLModel#locate(Object...)} describes
   */
  public Location locate(Object... path) {
    return locator.at(path);
  }

  Locator locator() {
    return locator;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Flavor f && f.name.equals(name) && f.config.equals(config);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + config.hashCode();
  }

  @Override
  public String toString() {
    return name + config;
  }
}
