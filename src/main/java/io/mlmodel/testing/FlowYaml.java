package io.mlmodel.testing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Writes plain values as YAML flow style with every string double-quoted and keys sorted as
 * MLflow sorts them. Every YAML reader types such text the same way (a quoted {@code "yes"} stays
 * a string, a float always has a dot), which is all a test fixture needs; it is not MLflow's block
 * layout, which the library's writer reproduces.
 */
final class FlowYaml {
  private FlowYaml() {}

  static String write(@Nullable Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out, "");
    return out.append('\n').toString();
  }

  private static void write(@Nullable Object v, StringBuilder out, String indent) {
    if (v == null) {
      out.append("null");
    } else if (v instanceof String s) {
      quote(s, out);
    } else if (v instanceof Boolean || v instanceof Long || v instanceof Integer || v instanceof Short
        || v instanceof Byte || v instanceof BigInteger) {
      out.append(v);
    } else if (v instanceof Double || v instanceof Float) {
      out.append(floating(((Number) v).doubleValue()));
    } else if (v instanceof Map<?, ?> m) {
      if (m.isEmpty()) {
        out.append("{}");
        return;
      }
      Map<String, Object> sorted = new TreeMap<>();
      m.forEach((k, x) -> sorted.put(String.valueOf(k), x));
      out.append("{");
      String inner = indent + "  ";
      String sep = "\n";
      for (Map.Entry<String, Object> e : sorted.entrySet()) {
        out.append(sep).append(inner);
        quote(e.getKey(), out);
        out.append(": ");
        write(e.getValue(), out, inner);
        sep = ",\n";
      }
      out.append('\n').append(indent).append('}');
    } else if (v instanceof List<?> l) {
      out.append('[');
      for (int i = 0; i < l.size(); i++) {
        out.append(i == 0 ? "" : ", ");
        write(l.get(i), out, indent);
      }
      out.append(']');
    } else {
      throw new IllegalArgumentException("cannot write a " + v.getClass().getName()
          + " into MLmodel; use strings, numbers, booleans, null, lists and maps");
    }
  }

  private static String floating(double d) {
    if (Double.isNaN(d)) {
      return ".nan";
    } else if (Double.isInfinite(d)) {
      return d > 0 ? ".inf" : "-.inf";
    }
    String plain = new BigDecimal(Double.toString(d)).toPlainString();
    return plain.contains(".") ? plain : plain + ".0";
  }

  private static void quote(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }
}
