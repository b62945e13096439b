package io.mlmodel.enforce.internal;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/** Python's spelling of values and type names, so that messages read as MLflow's do. */
public final class PyRepr {
  private PyRepr() {}

  /** Python's {@code repr} of a string: {@code 'a'}, or {@code "it's"}. */
  public static String str(String s) {
    char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder b = new StringBuilder(s.length() + 2).append(q);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == q || c == '\\') {
        b.append('\\').append(c);
      } else if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (c == '\t') {
        b.append("\\t");
      } else if (c < 0x20 || c == 0x7f) {
        b.append(String.format("\\x%02x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append(q).toString();
  }

  /** At most this many names are spelled out in a message. */
  private static final int MAX_NAMES = 50;

  /** {@code ['a', 'b']}; after 50 names, {@code ...} and the count. */
  public static String list(Collection<String> names) {
    return names(names, "[", "]");
  }

  /** {@code {'a', 'b'}}; after 50 names, {@code ...} and the count. */
  static String set(Collection<String> names) {
    return names(names, "{", "}");
  }

  private static String names(Collection<String> names, String open, String close) {
    StringJoiner j = new StringJoiner(", ", open, close);
    names.stream().limit(MAX_NAMES).forEach(n -> j.add(str(clip(n))));
    if (names.size() > MAX_NAMES) {
      j.add("... (" + names.size() + " in all)");
    }
    return j.toString();
  }

  /** At most 60 characters of {@code s}. */
  static String clip(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  /** The Python type name of a plain value. */
  static String typeName(@Nullable Object v) {
    if (v == null) {
      return "NoneType";
    } else if (v instanceof Boolean) {
      return "bool";
    } else if (v instanceof Long || v instanceof BigInteger || v instanceof Short || v instanceof Byte) {
      return "int";
    } else if (v instanceof Integer) {
      return "int32";
    } else if (v instanceof Double) {
      return "float";
    } else if (v instanceof Float) {
      return "float32";
    } else if (v instanceof String) {
      return "str";
    } else if (v instanceof List<?>) {
      return "list";
    } else if (v instanceof Map<?, ?>) {
      return "dict";
    } else if (v instanceof byte[]) {
      return "bytes";
    } else if (v instanceof LocalDateTime) {
      return "datetime";
    } else if (v instanceof LocalDate) {
      return "date";
    }
    return v.getClass().getSimpleName();
  }

  /** Python's {@code repr} of a plain value, clipped for messages. */
  static String value(@Nullable Object v) {
    String r = repr(v, 0);
    return r.length() <= 80 ? r : r.substring(0, 77) + "...";
  }

  private static String repr(@Nullable Object v, int depth) {
    if (depth > 3) {
      return "...";
    }
    if (v == null) {
      return "None";
    } else if (v instanceof Boolean b) {
      return b ? "True" : "False";
    } else if (v instanceof Double || v instanceof Float) {
      return floatRepr(((Number) v).doubleValue());
    } else if (v instanceof String s) {
      return str(clip(s));
    } else if (v instanceof List<?> l) {
      StringJoiner j = new StringJoiner(", ", "[", "]");
      l.stream().limit(10).forEach(x -> j.add(repr(x, depth + 1)));
      return j.toString();
    } else if (v instanceof Map<?, ?> m) {
      StringJoiner j = new StringJoiner(", ", "{", "}");
      m.entrySet().stream().limit(10).forEach(e -> j.add(repr(e.getKey(), depth + 1) + ": " + repr(e.getValue(), depth + 1)));
      return j.toString();
    } else if (v instanceof byte[] b) {
      return "b" + str(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1));
    }
    return v.toString();
  }

  /** Python's truth value of a plain value. */
  static boolean truthy(@Nullable Object v) {
    if (v == null) {
      return false;
    } else if (v instanceof Boolean b) {
      return b;
    } else if (v instanceof Number n) {
      return n.doubleValue() != 0;
    } else if (v instanceof String s) {
      return !s.isEmpty();
    } else if (v instanceof Collection<?> c) {
      return !c.isEmpty();
    } else if (v instanceof Map<?, ?> m) {
      return !m.isEmpty();
    } else if (v instanceof byte[] b) {
      return b.length > 0;
    }
    return true;
  }

  /** Python's {@code repr(float)}: {@code 1.0}, {@code 0.1}, {@code 1e-05}, {@code 1e+16}, {@code nan}. */
  static String floatRepr(double d) {
    if (Double.isNaN(d)) {
      return "nan";
    } else if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    return PyFloat.toString(d);
  }
}
