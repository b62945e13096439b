package io.mlmodel.store;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.ReadOptions;
import io.mlmodel.yaml.KeyPath;
import io.mlmodel.yaml.YamlDocument;
import io.mlmodel.yaml.YamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One {@code meta.yaml} of a tracking folder, read with the library's YAML layer, with typed
 * getters that fail with a located {@code bad-value} error naming the key and what was found.
 */
final class MetaFile {
  private final Path file;
  private final YamlDocument doc;
  private final Map<String, @Nullable Object> values;

  private MetaFile(Path file, YamlDocument doc, Map<String, @Nullable Object> values) {
    this.file = file;
    this.doc = doc;
    this.values = values;
  }

  static MetaFile read(Path file, ReadOptions options) {
    if (!Files.isRegularFile(file)) {
      throw new ModelException("missing-file", Location.of(file), "there is no meta.yaml file here");
    }
    YamlDocument doc = YamlReader.read(file, options);
    if (!(doc.root() instanceof Map<?, ?> m)) {
      throw new ModelException("not-a-mapping", Location.of(file),
          "a meta.yaml file must hold a mapping, found " + describe(doc.root()));
    }
    Map<String, @Nullable Object> values = new LinkedHashMap<>();
    m.forEach((k, v) -> values.put(String.valueOf(k), v));
    return new MetaFile(file, doc, Collections.unmodifiableMap(values));
  }

  Path file() {
    return file;
  }

  /** Every key, in file order, with its typed value. */
  Map<String, @Nullable Object> values() {
    return values;
  }

  Location locate(String key) {
    return doc.locate(KeyPath.of(key));
  }

  @Nullable String string(String key) {
    Object v = values.get(key);
    if (v == null || v instanceof String) {
      return (String) v;
    }
    throw wrongType(key, "a string", v);
  }

  /** A key MLflow always writes; missing or null is an error. */
  String required(String key) {
    String v = id(key);
    if (v == null) {
      throw new ModelException("bad-value", locate(key), "the key '" + key + "' is missing; MLflow always writes it");
    }
    return v;
  }

  /** An id: a string, or an integer in files written by old MLflow versions. */
  @Nullable String id(String key) {
    Object v = values.get(key);
    if (v instanceof Long || v instanceof java.math.BigInteger) {
      return v.toString();
    }
    return string(key);
  }

  @Nullable Long integer(String key) {
    Object v = values.get(key);
    if (v == null || v instanceof Long) {
      return (Long) v;
    }
    throw wrongType(key, "an integer", v);
  }

  /** A version number: an integer, or a string of digits. */
  @Nullable Long number(String key) {
    Object v = values.get(key);
    if (v instanceof String s && UriParser.isDigits(s)) {
      Object n = digits(s);
      if (n instanceof Long l) {
        return l;
      }
      throw wrongType(key, "an integer", n);
    }
    return integer(key);
  }

  /** A string of digits as the number it spells: a Long, or a BigInteger past a 64-bit integer. */
  private static Object digits(String s) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      return new java.math.BigInteger(s);
    }
  }

  /** A mapping of names to version numbers, such as the {@code aliases} snapshot. */
  Map<String, Long> versionMap(String key) {
    Object v = values.get(key);
    if (v == null || v instanceof List<?> l && l.isEmpty()) {
      return Map.of();
    }
    if (!(v instanceof Map<?, ?> m)) {
      throw wrongType(key, "a mapping of names to versions", v);
    }
    Map<String, Long> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : m.entrySet()) {
      Object n = e.getValue() instanceof String s && UriParser.isDigits(s) ? digits(s) : e.getValue();
      if (n instanceof Long l) {
        out.put(String.valueOf(e.getKey()), l);
      } else {
        throw new ModelException("bad-value", doc.locate(KeyPath.of(key, e.getKey())),
            "expected a version number, found " + describe(n));
      }
    }
    return Collections.unmodifiableMap(out);
  }

  private ModelException wrongType(String key, String expected, Object found) {
    return new ModelException("bad-value", locate(key), "expected " + expected + ", found " + describe(found));
  }

  static String describe(@Nullable Object v) {
    if (v == null) {
      return "null";
    } else if (v instanceof String s) {
      return "the string '" + s + "'";
    } else if (v instanceof Boolean) {
      return "a boolean";
    } else if (v instanceof Double) {
      return "a float";
    } else if (v instanceof java.math.BigInteger) {
      return "an integer out of the range of a 64-bit integer (" + Long.MIN_VALUE + " to " + Long.MAX_VALUE + ")";
    } else if (v instanceof Number) {
      return "an integer";
    } else if (v instanceof List) {
      return "a list";
    } else if (v instanceof Map) {
      return "a mapping";
    }
    return "a " + v.getClass().getSimpleName();
  }
}
