package io.mlmodel.signature;

import io.mlmodel.enforce.internal.PyFloat;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes plain Java values exactly as Python's {@code json.dumps} does with its default options:
 * separators {@code ", "} and {@code ": "}, {@code ensure_ascii} (every character outside printable
 * ASCII as a lower-case {@code \\uXXXX} escape), floats as Python's {@code repr} ({@code 0.1},
 * {@code 1e-05}, {@code 1e+16}, {@code NaN}, {@code Infinity}), dates in {@code isoformat()}.
 */
final class PyJson {
  private PyJson() {}

  static String write(@Nullable Object value) {
    StringBuilder sb = new StringBuilder(256);
    write(sb, value);
    return sb.toString();
  }

  static void write(StringBuilder sb, @Nullable Object value) {
    if (value == null) {
      sb.append("null");
    } else if (value instanceof String s) {
      string(sb, s);
    } else if (value instanceof Boolean b) {
      sb.append(b ? "true" : "false");
    } else if (value instanceof Long || value instanceof Integer || value instanceof BigInteger
        || value instanceof Short || value instanceof Byte) {
      sb.append(value);
    } else if (value instanceof Double || value instanceof Float) {
      sb.append(repr(((Number) value).doubleValue()));
    } else if (value instanceof List<?> list) {
      sb.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          sb.append(", ");
        }
        write(sb, list.get(i));
      }
      sb.append(']');
    } else if (value instanceof Map<?, ?> map) {
      sb.append('{');
      Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
      while (it.hasNext()) {
        Map.Entry<?, ?> e = it.next();
        string(sb, String.valueOf(e.getKey()));
        sb.append(": ");
        write(sb, e.getValue());
        if (it.hasNext()) {
          sb.append(", ");
        }
      }
      sb.append('}');
    } else if (value instanceof LocalDate || value instanceof LocalDateTime) {
      string(sb, isoformat(value));
    } else {
      throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON");
    }
  }

  static void string(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            sb.append("\\u");
            String hex = Integer.toHexString(c);
            sb.append("0".repeat(4 - hex.length())).append(hex);
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }

  /** Python's {@code repr(float)} as {@code json.dumps} prints it (the shortest round trip). */
  static String repr(double d) {
    return PyFloat.toString(d);
  }

  /** Python's {@code date.isoformat()} / {@code datetime.isoformat()} for a naive value. */
  static String isoformat(Object value) {
    if (value instanceof LocalDate d) {
      return date(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }
    LocalDateTime t = (LocalDateTime) value;
    String s = date(t.getYear(), t.getMonthValue(), t.getDayOfMonth())
        + String.format("T%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
    int micros = t.getNano() / 1000;
    return micros == 0 ? s : s + String.format(".%06d", micros);
  }

  private static String date(int year, int month, int day) {
    return String.format("%04d-%02d-%02d", year, month, day);
  }
}
