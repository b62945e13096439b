package io.mlmodel.oracle;

import java.util.ArrayList;
import java.util.List;

/**
 * Generates signature JSON text as MLflow's releases and people write it: every column type and
 * nesting, the legacy keys, required missing or null, tensors of many dtype spellings, and params
 * with every kind of default (lists, NaN, infinities, datetimes). Some specs are wrong on purpose.
 */
final class SignatureGen {
  static final List<String> SCALARS = List.of("boolean", "integer", "long", "float", "double", "string", "binary",
      "datetime");
  private final Gen g;

  SignatureGen(Gen g) {
    this.g = g;
  }

  /** A nested type's JSON object (no name, no column flags). */
  String type(int depth) {
    int k = depth >= 3 ? 0 : g.between(0, 9);
    if (k <= 5) {
      return "{\"type\": \"" + g.pick(SCALARS) + "\"}";
    } else if (k <= 7) {
      return "{\"type\": \"array\", \"items\": " + type(depth + 1) + "}";
    } else if (k == 8) {
      StringBuilder b = new StringBuilder("{\"type\": \"object\", \"properties\": {");
      int n = g.between(1, 3);
      for (int i = 0; i < n; i++) {
        String body = type(depth + 1);
        String flag = g.of("", ", \"required\": true", ", \"required\": false", "");
        b.append(i > 0 ? ", " : "").append(Gen.jsonString(g.of("p", "q", "a b", "z", "é") + i, false)).append(": ")
            .append(body, 0, body.length() - 1).append(flag).append('}');
      }
      return b.append("}}").toString();
    }
    return "{\"type\": \"map\", \"values\": " + type(depth + 1) + "}";
  }

  /** A column spec; {@code named} says whether it has a name. */
  String column(boolean named, int i, boolean scalarOnly) {
    String body = scalarOnly || g.p(0.6) ? "{\"type\": \"" + g.pick(SCALARS) + "\"}" : g.p(0.03)
        ? "{\"type\": \"" + g.of("any", "sparkml_vector", "int", "str") + "\"}" : type(1);
    StringBuilder b = new StringBuilder(body.substring(0, body.length() - 1));
    if (named) {
      b.append(", \"name\": ").append(g.p(0.02) ? Integer.toString(i) : Gen.jsonString(g.of("a", "b", "x", "name",
          "col", "é", "a b") + i, g.p(0.2)));
    } else if (g.p(0.1)) {
      b.append(", \"name\": null");
    }
    int flag = g.between(0, 9);
    if (flag <= 3) {
      b.append(", \"required\": true");
    } else if (flag <= 5) {
      b.append(named ? ", \"required\": false" : ", \"required\": true");
    } else if (flag == 6) {
      b.append(", \"required\": null");
    } else if (flag == 7) {
      b.append(named || g.p(0.2) ? ", \"optional\": " + g.of("true", "false") : "");
    } else if (flag == 8 && g.p(0.1)) {
      b.append(", \"optional\": true, \"required\": ").append(g.of("true", "null", "false"));
    }
    return b.append('}').toString();
  }

  String columns(int n, boolean scalarOnly) {
    boolean named = g.p(0.85);
    List<String> cols = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      cols.add(column(named, i, scalarOnly));
    }
    return "[" + String.join(", ", cols) + "]";
  }

  static final List<String> DTYPES = List.of("float32", "float64", "int64", "int32", "bool", "str", "object", "uint8",
      "<f8", "float", "int8", "float16", "bytes", "datetime64[ns]", "double", "O", "U", "<i4", "int", "float128x");

  String tensors(int n) {
    boolean named = n > 1 || g.p(0.6);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StringBuilder shape = new StringBuilder("[");
      int rank = g.between(1, 3);
      for (int d = 0; d < rank; d++) {
        shape.append(d > 0 ? ", " : "").append(d == 0 && g.p(0.8) ? -1 : g.between(1, 4));
      }
      shape.append(']');
      out.add("{" + (named ? "\"name\": " + Gen.jsonString("t" + i, false) + ", " : "")
          + "\"type\": \"tensor\", \"tensor-spec\": {\"dtype\": \"" + g.pick(DTYPES) + "\", \"shape\": " + shape + "}}");
    }
    return "[" + String.join(", ", out) + "]";
  }

  /** A param spec list; defaults sometimes of the wrong kind. */
  String params(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String type = g.of("boolean", "integer", "long", "float", "double", "string", "datetime");
      boolean list = g.p(0.25);
      String dflt = list ? "[" + defaultValue(type) + ", " + defaultValue(type) + "]" : defaultValue(type);
      if (g.p(0.03)) {
        dflt = g.of("null", "\"x\"", "[[1]]", "{}", "1.5");
      }
      String key = g.p(0.05) ? "dtype" : "type";
      out.add("{\"name\": " + Gen.jsonString("p" + i, false) + ", \"" + key + "\": \"" + type + "\", \"default\": "
          + dflt + ", \"shape\": " + (list ? "[-1]" : "null") + "}");
    }
    return "[" + String.join(", ", out) + "]";
  }

  String defaultValue(String type) {
    return switch (type) {
      case "boolean" -> g.of("true", "false");
      case "integer", "long" -> g.of("0", "1", "-7", "2147483648", "3");
      case "float", "double" -> g.of("0.5", "NaN", "Infinity", "-Infinity", "1", "1e-05", "1e+16", "0.1", "-0.0");
      case "string" -> Gen.jsonString(g.text(), g.p(0.3));
      default -> g.of("\"2024-01-02\"", "\"2024-01-02T03:04:05\"", "\"2024-01-02 03:04:05.12\"", "\"2024\"",
          "\"2024-01-02T03:04:05+02:00\"");
    };
  }
}
