package io.mlmodel.oracle;

import java.util.ArrayList;
import java.util.List;

/**
 * Generates a signature and a scoring request for it: the four JSON forms, params and CSV, with
 * values mostly of the right kind and now and then of a wrong one, out of range, missing, null,
 * NaN or infinite, with extra or missing columns and ragged rows.
 */
final class RequestGen {
  private static final List<String> COLUMN_TYPES = List.of("boolean", "integer", "long", "float", "double", "string",
      "binary", "datetime", "array", "object");
  private static final List<String> TENSOR_DTYPES = List.of("float32", "float64", "int64", "int32", "bool", "str",
      "object", "uint8", "int8", "float16");

  final String inputs;
  final String params;
  final String body;
  final boolean csv;
  private final Gen g;
  private final List<String> names = new ArrayList<>();
  private final List<String> types = new ArrayList<>();
  private final List<String> paramNames = new ArrayList<>();
  private final List<String> paramTypes = new ArrayList<>();

  RequestGen(long seed) {
    g = new Gen(seed);
    boolean tensors = g.p(0.2);
    inputs = tensors ? tensors() : columns();
    params = g.p(0.3) ? params() : null;
    csv = !tensors && g.p(0.15);
    body = csv ? csvBody() : jsonBody(tensors);
  }

  private String columns() {
    int n = g.between(1, 4);
    boolean named = g.p(0.9);
    List<String> specs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String t = g.pick(COLUMN_TYPES);
      String name = named ? g.of("a", "b", "x", "é", "col") + i : null;
      names.add(name == null ? Integer.toString(i) : name);
      types.add(t);
      String type = switch (t) {
        case "array" -> "\"type\": \"array\", \"items\": {\"type\": \"" + g.of("long", "double", "string", "boolean") + "\"}";
        case "object" -> "\"type\": \"object\", \"properties\": {\"k\": {\"type\": \"" + g.of("long", "string", "double")
            + "\", \"required\": " + g.of("true", "false") + "}}";
        default -> "\"type\": \"" + t + "\"";
      };
      specs.add("{" + type + (name == null ? "" : ", \"name\": " + Gen.jsonString(name, false))
          + ", \"required\": " + (named && g.p(0.25) ? "false" : "true") + "}");
    }
    return "[" + String.join(", ", specs) + "]";
  }

  private String tensors() {
    int n = g.p(0.6) ? 1 : g.between(2, 3);
    boolean named = n > 1 || g.p(0.5);
    List<String> specs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String dtype = g.pick(TENSOR_DTYPES);
      String shape = g.of("[-1]", "[-1, 2]", "[-1, 1]", "[2]", "[-1, 2, 2]");
      names.add(named ? "t" + i : "0");
      types.add(dtype + " " + shape);
      specs.add("{" + (named ? "\"name\": \"t" + i + "\", " : "") + "\"type\": \"tensor\", \"tensor-spec\": {\"dtype\": \""
          + dtype + "\", \"shape\": " + shape + "}}");
    }
    return "[" + String.join(", ", specs) + "]";
  }

  private String params() {
    List<String> specs = new ArrayList<>();
    for (int i = 0, n = g.between(1, 3); i < n; i++) {
      String t = g.of("boolean", "integer", "long", "float", "double", "string", "datetime");
      boolean list = g.p(0.2);
      String d = value(t, 0.0);
      paramNames.add("p" + i);
      paramTypes.add(list ? t + "[]" : t);
      specs.add("{\"name\": \"p" + i + "\", \"type\": \"" + t + "\", \"default\": " + (list ? "[" + d + "]" : d)
          + ", \"shape\": " + (list ? "[-1]" : "null") + "}");
    }
    return "[" + String.join(", ", specs) + "]";
  }

  /** A JSON value for a column or param type; {@code wrong} is the chance of a wrong or edge value. */
  String value(String t, double wrong) {
    if (g.p(wrong)) {
      return g.of("null", "true", "1", "1.5", "\"x\"", "[]", "{}", "2147483648", "-1", "0", "NaN", "Infinity", "1e39",
          "\"2024-01-01\"", "\"3\"", "9223372036854775808", "1e-50", "2.0", "\"aGk=\"", "[1, 2]", "\"\"");
    }
    return switch (t) {
      case "boolean" -> g.of("true", "false");
      case "integer", "int32", "int8", "uint8" -> g.of("1", "-5", "0", "7", "100");
      case "long", "int64" -> g.of("1", "-5", "0", "123456789012");
      case "float", "double", "float32", "float64", "float16" -> g.of("0.5", "1.25", "-3.0", "1e-05", "2", "0.1", "1e+20");
      case "string", "str" -> Gen.jsonString(g.text(), g.p(0.5));
      case "binary" -> g.of("\"aGk=\"", "\"AAE=\"", "\"\"");
      case "datetime" -> g.of("\"2024-01-02\"", "\"2024-01-02T03:04:05\"", "\"2024-01-02 03:04:05.5\"");
      case "array" -> g.of("[1, 2]", "[]", "[0.5]", "[\"a\"]", "[true]");
      case "object" -> g.of("{\"k\": 1}", "{\"k\": \"v\"}", "{}", "{\"k\": 1.5}", "{\"k\": 1, \"z\": 2}");
      case "bool" -> g.of("true", "false");
      default -> g.of("1", "\"a\"", "0.5", "null");
    };
  }

  private String row(double wrong, boolean[] present) {
    List<String> cells = new ArrayList<>();
    for (int c = 0; c < names.size(); c++) {
      if (present[c]) {
        cells.add(value(base(types.get(c)), wrong));
      }
    }
    return String.join(", ", cells);
  }

  private static String base(String type) {
    int sp = type.indexOf(' ');
    return sp < 0 ? type : type.substring(0, sp);
  }

  private String jsonBody(boolean tensors) {
    double wrong = g.of(0.0, 0.0, 0.1, 0.3);
    int rows = g.between(1, 3);
    boolean[] present = new boolean[names.size()];
    for (int c = 0; c < present.length; c++) {
      present[c] = !g.p(0.07);
    }
    String data;
    int form = tensors ? g.between(2, 3) : g.between(0, 3);
    if (form == 0) {
      List<String> cols = new ArrayList<>();
      for (int c = 0; c < names.size(); c++) {
        if (present[c]) {
          cols.add(Gen.jsonString(names.get(c), false));
        }
      }
      if (g.p(0.05)) {
        cols.add("\"extra\"");
      }
      List<String> rs = new ArrayList<>();
      for (int r = 0; r < rows; r++) {
        String row = row(wrong, present);
        if (g.p(0.05) && row.contains(", ")) {
          row = row.substring(0, row.lastIndexOf(", "));
        } else if (cols.size() > row.split(", ").length && !row.isEmpty()) {
          row = row + ", " + value("string", 0.5);
        }
        rs.add("[" + row + "]");
      }
      data = "\"dataframe_split\": {\"columns\": [" + String.join(", ", cols) + "], \"data\": [" + String.join(", ", rs) + "]}";
    } else if (form == 1) {
      List<String> rs = new ArrayList<>();
      for (int r = 0; r < rows; r++) {
        rs.add(record(wrong, present));
      }
      data = "\"dataframe_records\": [" + String.join(", ", rs) + "]";
    } else if (form == 2) {
      List<String> rs = new ArrayList<>();
      for (int r = 0; r < rows; r++) {
        rs.add(tensors && names.size() == 1 && names.get(0).equals("0") ? tensorValue(0, wrong) : instance(wrong, present));
      }
      data = "\"instances\": [" + String.join(", ", rs) + "]";
    } else {
      data = "\"inputs\": " + inputsValue(rows, wrong, present);
    }
    String ps = "";
    if (g.p(0.4)) {
      List<String> kv = new ArrayList<>();
      for (int i = 0; i < paramNames.size(); i++) {
        if (g.p(0.7)) {
          String t = paramTypes.get(i);
          boolean list = t.endsWith("[]");
          String v = value(list ? t.substring(0, t.length() - 2) : t, 0.2);
          kv.add("\"" + paramNames.get(i) + "\": " + (list && g.p(0.8) ? "[" + v + "]" : v));
        }
      }
      if (g.p(0.1)) {
        kv.add("\"unknown\": 1");
      }
      ps = ", \"params\": {" + String.join(", ", kv) + "}";
    }
    return "{" + data + ps + "}";
  }

  private String record(double wrong, boolean[] present) {
    List<String> kv = new ArrayList<>();
    for (int c = 0; c < names.size(); c++) {
      if (present[c]) {
        kv.add(Gen.jsonString(names.get(c), false) + ": " + value(base(types.get(c)), wrong));
      }
    }
    return "{" + String.join(", ", kv) + "}";
  }

  private String instance(double wrong, boolean[] present) {
    if (types.get(0).contains(" ")) {
      List<String> kv = new ArrayList<>();
      for (int c = 0; c < names.size(); c++) {
        if (present[c]) {
          kv.add("\"" + names.get(c) + "\": " + tensorValue(c, wrong));
        }
      }
      return "{" + String.join(", ", kv) + "}";
    }
    return record(wrong, present);
  }

  /** One row of a tensor: a scalar or a list, by the spec's shape. */
  private String tensorValue(int c, double wrong) {
    String t = types.get(c);
    String dtype = base(t);
    if (t.endsWith("[-1]") || t.endsWith("[2]")) {
      return value(dtype, wrong);
    }
    if (t.endsWith("[-1, 2, 2]")) {
      return "[[" + value(dtype, wrong) + ", " + value(dtype, wrong) + "], [" + value(dtype, wrong) + ", "
          + value(dtype, wrong) + "]]";
    }
    int n = t.endsWith("[-1, 1]") ? 1 : 2;
    List<String> v = new ArrayList<>();
    for (int i = 0; i < (g.p(0.05) ? n + 1 : n); i++) {
      v.add(value(dtype, wrong));
    }
    return "[" + String.join(", ", v) + "]";
  }

  private String inputsValue(int rows, double wrong, boolean[] present) {
    boolean tensors = types.get(0).contains(" ");
    if (tensors && names.size() == 1 && names.get(0).equals("0")) {
      List<String> rs = new ArrayList<>();
      for (int r = 0; r < rows; r++) {
        rs.add(tensorValue(0, wrong));
      }
      return "[" + String.join(", ", rs) + "]";
    }
    if (!tensors && g.p(0.3)) {
      List<String> rs = new ArrayList<>();
      for (int r = 0; r < rows; r++) {
        rs.add(record(wrong, present));
      }
      return "[" + String.join(", ", rs) + "]";
    }
    List<String> kv = new ArrayList<>();
    for (int c = 0; c < names.size(); c++) {
      if (present[c]) {
        List<String> rs = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
          rs.add(tensors ? tensorValue(c, wrong) : value(base(types.get(c)), wrong));
        }
        kv.add(Gen.jsonString(names.get(c), false) + ": [" + String.join(", ", rs) + "]");
      }
    }
    return "{" + String.join(", ", kv) + "}";
  }

  private String csvBody() {
    StringBuilder b = new StringBuilder();
    List<String> header = new ArrayList<>();
    for (String n : names) {
      header.add(csvCell(n));
    }
    b.append(String.join(",", header)).append('\n');
    for (int r = 0, rows = g.between(1, 3); r < rows; r++) {
      List<String> cells = new ArrayList<>();
      for (String t : types) {
        cells.add(csvValue(t));
      }
      b.append(String.join(",", cells)).append('\n');
    }
    return b.toString();
  }

  private String csvValue(String t) {
    if (g.p(0.15)) {
      return g.of("", "NA", "NaN", "null", "x", "1.5", "2147483648", "true", "1", "inf", "1e39", "\"a,b\"");
    }
    return switch (t) {
      case "boolean" -> g.of("True", "False", "true");
      case "integer", "long" -> g.of("1", "-5", "0");
      case "float", "double" -> g.of("0.5", "1", "-2.25", "1e-05");
      case "datetime" -> g.of("2024-01-02", "2024-01-02T03:04:05", "2024-01-02 03:04:05");
      case "binary" -> g.of("aGk=", "AAE=");
      case "array", "object" -> g.of("\"[1, 2]\"", "\"{\"\"k\"\": 1}\"");
      default -> csvCell(g.text());
    };
  }

  private static String csvCell(String s) {
    return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
        ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
