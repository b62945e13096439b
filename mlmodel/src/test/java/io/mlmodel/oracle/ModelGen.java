package io.mlmodel.oracle;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Generates MLmodel files as people and MLflow releases write them: block and flow style, anchors,
 * comments, CRLF, YAML 1.1 traps, non-string keys, unicode, the legacy keys, and signatures from
 * {@link SignatureGen}, embedded in single or double quotes.
 */
final class ModelGen {
  /** Plain scalars that YAML 1.1 types in surprising ways, and their Python key-equality class. */
  private static final List<String> TRAPS = List.of("yes", "No", "ON", "off", "y", "n", "~", "null", "Null", "''",
      "0o12", "012", "0x1F", "0b101", "1_000", "1:30", "190:20:30", "1e3", "1.5e3", "1.0e+3", ".inf", "-.Inf", ".NaN",
      "2024-01-01", "2024-01-01 10:00:00", "2024-01-01T10:00:00Z", "2024-01-01 10:00:00.5 +02:00", "\"quoted\"",
      "'single'", "plain text", "3.14", "-0.0", "+12", "0", "00", "08", "True", "FALSE", "=", "<<x", "- x", "'- x'",
      "!!str 12", "!!binary aGVsbG8=", "\"\\u00e9\\x41\"", "'it''s'", "é", "中文", "😀", "0.", ".5", "1,000");
  private static final List<String> KEYS = List.of("a", "b", "key", "true", "'true'", "1", "'1'", "2.5", "null",
      "~", "yes", "2024-01-01", "'x y'", "é", "\"k\"", "on", "3", "0x10", "[1, 2]");
  private final Gen g;
  private final SignatureGen sig;
  private final String nl;
  private int anchors;

  ModelGen(long seed) {
    this.g = new Gen(seed);
    this.sig = new SignatureGen(g);
    this.nl = g.p(0.1) ? "\r\n" : "\n";
  }

  String file() {
    List<String> parts = new ArrayList<>();
    parts.add(flavors());
    parts.add("mlflow_version: " + g.of("2.17.2", "2.9.2", "'2.17.2'", "1.30.0"));
    parts.add("model_uuid: " + g.of("72d460ef9bad468888d77d9786dc456b", "null", "'0123456789abcdef0123456789abcdef'"));
    parts.add("utc_time_created: " + g.of("'2024-05-01 10:00:00.123456'", "'2024-05-01 10:00:00'",
        "2024-05-01 10:00:00.5"));
    if (g.p(0.8)) {
      parts.add(signature());
    }
    if (g.p(0.5)) {
      parts.add("metadata:" + block(1, 0));
    }
    if (g.p(0.2)) {
      parts.add("artifact_path: " + g.of("model", "'my model'", "é"));
    }
    if (g.p(0.15)) {
      parts.add("saved_input_example_info:" + nl + "  artifact_path: input_example.json" + nl + "  type: "
          + g.of("dataframe", "ndarray", "json_object") + nl + "  pandas_orient: split");
    }
    if (g.p(0.1)) {
      parts.add(g.of("custom_key", "databricks_runtime", "run_id") + ": " + g.pick(TRAPS));
    }
    if (g.p(0.5)) {
      java.util.Collections.shuffle(parts, new java.util.Random(g.r.nextLong()));
    }
    StringBuilder b = new StringBuilder();
    if (g.p(0.1)) {
      b.append("# written by hand").append(nl);
    }
    if (g.p(0.05)) {
      b.append("---").append(nl);
    }
    for (String p : parts) {
      b.append(p).append(nl);
    }
    return b.toString();
  }

  private String flavors() {
    if (g.p(0.1)) {
      return "flavors: {python_function: {loader_module: mlflow.sklearn, python_version: 3.10.12}}";
    }
    StringBuilder b = new StringBuilder("flavors:").append(nl).append("  python_function:").append(nl);
    b.append("    loader_module: ").append(g.of("mlflow.sklearn", "mlflow.pyfunc.model", "custom")).append(nl);
    b.append("    python_version: ").append(g.of("3.10.12", "3.8", "'3.9'")).append(nl);
    if (g.p(0.7)) {
      b.append("    env:").append(nl).append("      conda: conda.yaml").append(nl)
          .append("      virtualenv: python_env.yaml").append(nl);
    }
    if (g.p(0.3)) {
      b.append("    predict_fn: predict").append(nl);
    }
    b.append("    model_path: model.pkl");
    if (g.p(0.5)) {
      b.append(nl).append("  sklearn:").append(nl).append("    pickled_model: model.pkl").append(nl)
          .append("    serialization_format: cloudpickle").append(nl).append("    sklearn_version: 1.3.0").append(nl)
          .append("    code: null");
    }
    return b.toString();
  }

  private String signature() {
    String inputs = g.p(0.85) ? (g.p(0.8) ? sig.columns(g.between(1, 4), false) : sig.tensors(g.between(1, 3)))
        : g.of("null", "''");
    String outputs = g.p(0.5) ? (g.p(0.6) ? sig.columns(g.between(1, 2), true) : sig.tensors(1)) : "null";
    String params = g.p(0.4) ? sig.params(g.between(1, 3)) : "null";
    StringBuilder b = new StringBuilder("signature:");
    b.append(nl).append("  inputs: ").append(quote(inputs));
    b.append(nl).append("  outputs: ").append(quote(outputs));
    if (!params.equals("null") || g.p(0.5)) {
      b.append(nl).append("  params: ").append(quote(params));
    }
    return b.toString();
  }

  private String quote(String json) {
    if (json.equals("null") || json.equals("''")) {
      return json;
    }
    if (g.p(0.7)) {
      return "'" + json.replace("'", "''") + "'";
    }
    StringBuilder b = new StringBuilder("\"");
    json.codePoints().forEach(c -> {
      if (c == '"' || c == '\\') {
        b.append('\\').appendCodePoint(c);
      } else if (c == '\n') {
        b.append("\\n");
      } else if (c == '\t') {
        b.append("\\t");
      } else {
        b.appendCodePoint(c);
      }
    });
    return b.append('"').toString();
  }

  /** A block mapping at {@code indent}, starting with a line break. */
  private String block(int indent, int depth) {
    StringBuilder b = new StringBuilder();
    String pad = "  ".repeat(indent);
    Set<String> used = new HashSet<>();
    int n = g.between(1, 4);
    for (int i = 0; i < n; i++) {
      String key = g.pick(KEYS);
      // keys Python finds equal (1, true, 1.0 ...) are generated now and then: a duplicate-key case
      if (!used.add(pyClass(key)) && g.p(0.9)) {
        continue;
      }
      b.append(nl).append(pad).append(key).append(':');
      int k = depth >= 3 ? 0 : g.between(0, 9);
      if (k <= 4) {
        b.append(' ').append(g.pick(TRAPS));
        if (g.p(0.05)) {
          b.append(" # comment");
        }
      } else if (k <= 6) {
        b.append(block(indent + 1, depth + 1));
      } else if (k == 7) {
        b.append(' ').append(flow(depth + 1));
      } else if (k == 8) {
        for (int j = 0, m = g.between(1, 3); j < m; j++) {
          b.append(nl).append(pad).append("- ").append(g.pick(TRAPS));
        }
      } else {
        String name = "a" + (anchors++);
        b.append(" &").append(name).append(' ').append(flow(depth + 1));
        b.append(nl).append(pad).append("alias_").append(name).append(": *").append(name);
      }
    }
    return b.length() == 0 ? " {}" : b.toString();
  }

  private String flow(int depth) {
    if (depth >= 3 || g.p(0.4)) {
      return "[" + g.pick(TRAPS).replace(",", "") + ", " + g.of("1", "x", "null", "[]", "{}") + "]";
    }
    return "{" + g.of("a", "1", "true", "'k'") + ": " + flow(depth + 1) + ", z: " + g.of("1", "2.5", "no", "~") + "}";
  }

  /** The Python key-equality class of a plain key's YAML 1.1 value. */
  private static String pyClass(String key) {
    return switch (key) {
      case "true", "yes", "on", "1" -> "1";
      case "null", "~" -> "None";
      case "3" -> "3";
      case "0x10" -> "16";
      default -> key;
    };
  }
}
