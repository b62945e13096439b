package io.mlmodel.onnx;

import java.util.List;
import java.util.stream.Collectors;

/** Python's repr of a list of names, as MLflow's messages show it: {@code ['a', 'b']}. */
final class Names {
  private Names() {}

  static String py(List<String> names) {
    return names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", ", "[", "]"));
  }
}
