package io.mlmodel.env;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.yaml.KeyPath;
import io.mlmodel.yaml.YamlDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Typed access to a YAML side file, every mistake a {@code bad-env} error located in it. */
final class EnvYaml {
  private final YamlDocument doc;
  private final String fileName;

  EnvYaml(YamlDocument doc, String fileName) {
    this.doc = doc;
    this.fileName = fileName;
  }

  /** The root, which must be a mapping with string keys. */
  Map<String, @Nullable Object> rootMapping() {
    Object root = doc.root();
    if (root == null) {
      throw bad(KeyPath.ROOT, "the file is empty; " + fileName + " must be a mapping");
    }
    if (!(root instanceof Map<?, ?> map)) {
      throw bad(KeyPath.ROOT, fileName + " must be a mapping, not " + describe(root));
    }
    Map<String, @Nullable Object> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (!(e.getKey() instanceof String key)) {
        throw new ModelException("bad-env", doc.locateKey(KeyPath.of(e.getKey())),
            "keys of " + fileName + " must be strings, not " + describe(e.getKey()));
      }
      out.put(key, e.getValue());
    }
    return out;
  }

  /** A string or null; any other type is refused. */
  @Nullable String optionalString(KeyPath path, @Nullable Object value) {
    if (value == null || value instanceof String) {
      return (String) value;
    }
    throw bad(path, "expected a string, found " + describe(value));
  }

  /** A list (null gives an empty one). */
  List<?> list(KeyPath path, @Nullable Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> list) {
      return list;
    }
    throw bad(path, "expected a list, found " + describe(value));
  }

  /** A list whose items are all strings (null gives an empty one). */
  List<String> strings(KeyPath path, @Nullable Object value) {
    List<?> list = list(path, value);
    List<String> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      Object item = list.get(i);
      if (!(item instanceof String s)) {
        throw bad(path.index(i), "expected a string, found " + describe(item));
      }
      out.add(s);
    }
    return List.copyOf(out);
  }

  /** Each string of a list parsed as a pip requirement line, located at its YAML position. */
  List<RequirementLine> requirementLines(KeyPath path, @Nullable Object value) {
    List<String> items = strings(path, value);
    List<RequirementLine> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      out.add(RequirementParser.parseLine(items.get(i), locate(path.index(i))));
    }
    return List.copyOf(out);
  }

  Location locate(KeyPath path) {
    return doc.locate(path);
  }

  Location locateKey(KeyPath path) {
    return doc.locateKey(path);
  }

  ModelException bad(KeyPath path, String problem) {
    return new ModelException("bad-env", doc.locate(path), problem);
  }

  /** How a value reads in a message: its YAML type and, for scalars, the value. */
  static String describe(@Nullable Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Map) {
      return "a mapping";
    }
    if (value instanceof List) {
      return "a list";
    }
    if (value instanceof String s) {
      return "the string '" + s + "'";
    }
    if (value instanceof Double d) {
      return "the number " + d + " (YAML reads an unquoted 3.10 as the number 3.1; quote versions)";
    }
    if (value instanceof Number n) {
      return "the number " + n;
    }
    if (value instanceof Boolean b) {
      return "the boolean " + b;
    }
    return "a " + value.getClass().getSimpleName() + " (" + value + ")";
  }
}
