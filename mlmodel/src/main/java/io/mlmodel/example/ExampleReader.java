package io.mlmodel.example;

import io.mlmodel.ModelException;
import io.mlmodel.io.JsonDocument;
import io.mlmodel.yaml.KeyPath;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Turns a parsed example file into the {@link InputExample} its info describes. One use. */
final class ExampleReader {
  private static final Set<String> SPLIT_KEYS = Set.of("columns", "data", "index");

  private final JsonDocument doc;
  private final ExampleInfo info;

  ExampleReader(JsonDocument doc, ExampleInfo info) {
    this.doc = doc;
    this.info = info;
  }

  InputExample read() {
    Object data = doc.root();
    KeyPath path = KeyPath.ROOT;
    Map<String, @Nullable Object> params = null;
    if (info.hasParams()) {
      if (!(data instanceof Map<?, ?> wrapper) || !wrapper.containsKey("inputs")) {
        throw bad(path, "the example was saved with params, so the file must be an object"
            + " {\"inputs\": ..., \"params\": {...}}, not " + describe(data));
      }
      Object p = wrapper.get("params");
      if (p != null && !(p instanceof Map)) {
        throw bad(KeyPath.of("params"), "params must be an object, not " + describe(p));
      }
      params = stringMap(p);
      data = wrapper.get("inputs");
      path = KeyPath.of("inputs");
    }
    return switch (info.type()) {
      case DATAFRAME -> dataFrame(data, path, params);
      case NDARRAY -> ndarray(data, path, params);
      case JSON_OBJECT -> new JsonObjectExample(data, params);
      case SPARSE_MATRIX_CSR -> new SparseReader(doc).read(data, path, params, SparseExample.Layout.CSR);
      case SPARSE_MATRIX_CSC -> new SparseReader(doc).read(data, path, params, SparseExample.Layout.CSC);
    };
  }

  private DataFrameExample dataFrame(@Nullable Object data, KeyPath path, @Nullable Map<String, @Nullable Object> params) {
    if (data instanceof List<?> records && (records.isEmpty() || records.get(0) instanceof Map)) {
      return fromRecords(records, path, params);
    }
    if (!(data instanceof Map<?, ?> split)) {
      throw bad(path, "a dataframe example must be a split-oriented object {\"columns\": [...], \"data\": [[...]]}, not "
          + describe(data));
    }
    for (Object key : split.keySet()) {
      if (!SPLIT_KEYS.contains(key)) {
        throw new ModelException("bad-example", doc.locateKey(path.child(key)),
            "unexpected key '" + key + "' in a split-oriented dataframe (allowed: columns, data, index)");
      }
    }
    if (!(split.get("data") instanceof List<?> rowValues)) {
      throw bad(path.child("data"), "a split-oriented dataframe needs \"data\", a list of rows, not " + describe(split.get("data")));
    }
    List<String> columns = new ArrayList<>();
    boolean named = split.containsKey("columns");
    if (named) {
      if (!(split.get("columns") instanceof List<?> names)) {
        throw bad(path.child("columns"), "columns must be a list, not " + describe(split.get("columns")));
      }
      for (int i = 0; i < names.size(); i++) {
        Object name = names.get(i);
        if (!(name instanceof String || name instanceof Long || name instanceof BigInteger)) {
          throw bad(path.child("columns").index(i), "a column name must be a string or an integer, not " + describe(name));
        }
        columns.add(name.toString());
      }
    }
    List<List<@Nullable Object>> rows = new ArrayList<>(rowValues.size());
    for (int i = 0; i < rowValues.size(); i++) {
      if (!(rowValues.get(i) instanceof List<?> row)) {
        throw bad(path.child("data").index(i), "a row must be a list of values, not " + describe(rowValues.get(i)));
      }
      if (!named && i == 0) {
        for (int c = 0; c < row.size(); c++) {
          columns.add(Integer.toString(c));
        }
      }
      if (row.size() != columns.size()) {
        throw bad(path.child("data").index(i), "row " + i + " has " + row.size() + " values but the frame has "
            + columns.size() + " columns");
      }
      rows.add(new ArrayList<>(row));
    }
    return new DataFrameExample(columns, rows, named, params);
  }

  /** A records-oriented frame ({@code [{"a": 1}, ...]}): columns in order of first appearance, gaps null. */
  private DataFrameExample fromRecords(List<?> records, KeyPath path, @Nullable Map<String, @Nullable Object> params) {
    List<String> columns = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      if (!(records.get(i) instanceof Map<?, ?> record)) {
        throw bad(path.index(i), "a record must be an object, not " + describe(records.get(i)));
      }
      record.keySet().forEach(k -> {
        if (!columns.contains(k)) {
          columns.add((String) k);
        }
      });
    }
    List<List<@Nullable Object>> rows = new ArrayList<>(records.size());
    for (Object r : records) {
      List<@Nullable Object> row = new ArrayList<>(columns.size());
      columns.forEach(c -> row.add(((Map<?, ?>) r).get(c)));
      rows.add(row);
    }
    return new DataFrameExample(columns, rows, true, params);
  }

  private InputExample ndarray(@Nullable Object data, KeyPath path, @Nullable Map<String, @Nullable Object> params) {
    if (data instanceof Map<?, ?> map && (map.containsKey("inputs") || map.containsKey("instances"))
        && (info.isTfServing() || map.size() == 1)) {
      String key = map.containsKey("inputs") ? "inputs" : "instances";
      data = map.get(key);
      path = path.child(key);
      if (key.equals("instances")) {
        data = columnsOfRows(data, path);
      }
    }
    if (data instanceof Map<?, ?> named) {
      Map<String, TensorExample> tensors = new LinkedHashMap<>();
      named.forEach((name, values) -> tensors.put((String) name, TensorExample.of(values)));
      return new TensorDictExample(tensors, params);
    }
    TensorExample t = TensorExample.of(data);
    return new TensorExample(t.values(), t.shape(), params);
  }

  /** TF-serving rows ({@code [{"a": 1, "b": 2}, ...]}) as columns ({@code {"a": [1, ...], ...}}). */
  private @Nullable Object columnsOfRows(@Nullable Object data, KeyPath path) {
    if (!(data instanceof List<?> rows) || rows.isEmpty() || !(rows.get(0) instanceof Map<?, ?> first)) {
      return data;
    }
    Map<String, List<@Nullable Object>> columns = new LinkedHashMap<>();
    first.keySet().forEach(k -> columns.put((String) k, new ArrayList<>()));
    for (int i = 0; i < rows.size(); i++) {
      if (!(rows.get(i) instanceof Map<?, ?> row) || !row.keySet().equals(first.keySet())) {
        throw bad(path.index(i), "every instance must be an object with the keys " + first.keySet());
      }
      row.forEach((k, v) -> columns.get(k).add(v));
    }
    return columns;
  }

  @SuppressWarnings("unchecked")
  private static @Nullable Map<String, @Nullable Object> stringMap(@Nullable Object value) {
    return (Map<String, @Nullable Object>) value;
  }

  private ModelException bad(KeyPath path, String problem) {
    return InputExamples.bad(doc, path, problem);
  }

  static String describe(@Nullable Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Map) {
      return "an object";
    }
    if (value instanceof List) {
      return "a list";
    }
    if (value instanceof String s) {
      return "the string \"" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "\"";
    }
    return "the " + (value instanceof Boolean ? "boolean " : "number ") + value;
  }
}
