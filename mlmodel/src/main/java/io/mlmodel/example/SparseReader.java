package io.mlmodel.example;

import io.mlmodel.ModelException;
import io.mlmodel.io.JsonDocument;
import io.mlmodel.yaml.KeyPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a scipy sparse matrix example and checks that its arrays describe a matrix: indptr has
 * one entry per row (CSR) or column (CSC) plus one, starts at 0, never decreases and ends at the
 * number of stored values; every index is inside the matrix.
 */
final class SparseReader {
  private final JsonDocument doc;

  SparseReader(JsonDocument doc) {
    this.doc = doc;
  }

  SparseExample read(@Nullable Object data, KeyPath path, @Nullable Map<String, @Nullable Object> params,
      SparseExample.Layout layout) {
    if (!(data instanceof Map<?, ?> m)) {
      throw bad(path, "a sparse matrix example must be an object {\"data\", \"indices\", \"indptr\", \"shape\"}, not "
          + ExampleReader.describe(data));
    }
    List<?> values = list(m, "data", path);
    List<Long> indices = naturals(list(m, "indices", path), path.child("indices"));
    List<Long> indptr = naturals(list(m, "indptr", path), path.child("indptr"));
    List<Long> shape = naturals(list(m, "shape", path), path.child("shape"));
    if (shape.size() != 2) {
      throw bad(path.child("shape"), "the shape of a sparse matrix must be [rows, columns], not " + shape);
    }
    long major = layout == SparseExample.Layout.CSR ? shape.get(0) : shape.get(1);
    long minor = layout == SparseExample.Layout.CSR ? shape.get(1) : shape.get(0);
    String majorName = layout == SparseExample.Layout.CSR ? "rows" : "columns";
    if (indptr.size() != major + 1) {
      throw bad(path.child("indptr"), "indptr must have one entry per " + majorName.substring(0, majorName.length() - 1)
          + " plus one (" + (major + 1) + "), not " + indptr.size());
    }
    if (indices.size() != values.size()) {
      throw bad(path.child("indices"), "indices must have one entry per stored value (" + values.size() + "), not " + indices.size());
    }
    for (int i = 0; i < indptr.size(); i++) {
      long previous = i == 0 ? 0 : indptr.get(i - 1);
      if (indptr.get(i) < previous || (i == 0 && indptr.get(0) != 0)) {
        throw bad(path.child("indptr").index(i), "indptr must start at 0 and never decrease");
      }
    }
    if (indptr.get(indptr.size() - 1) != values.size()) {
      throw bad(path.child("indptr").index(indptr.size() - 1), "the last indptr entry must equal the number of stored values ("
          + values.size() + ")");
    }
    for (int i = 0; i < indices.size(); i++) {
      if (indices.get(i) >= minor) {
        throw bad(path.child("indices").index(i), "index " + indices.get(i) + " is outside the matrix, which has " + minor + " "
            + (layout == SparseExample.Layout.CSR ? "columns" : "rows"));
      }
    }
    return new SparseExample(layout, new ArrayList<>(values), indices, indptr, shape.get(0), shape.get(1), params);
  }

  private List<?> list(Map<?, ?> m, String key, KeyPath path) {
    if (!(m.get(key) instanceof List<?> l)) {
      throw bad(path.child(key), "a sparse matrix example needs \"" + key + "\", a list, not " + ExampleReader.describe(m.get(key)));
    }
    return l;
  }

  private List<Long> naturals(List<?> values, KeyPath path) {
    List<Long> out = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      if (!(values.get(i) instanceof Long n) || n < 0 || n > Integer.MAX_VALUE) {
        throw bad(path.index(i), "expected a non-negative integer, not " + ExampleReader.describe(values.get(i)));
      }
      out.add(n);
    }
    return out;
  }

  private ModelException bad(KeyPath path, String problem) {
    return InputExamples.bad(doc, path, problem);
  }
}
