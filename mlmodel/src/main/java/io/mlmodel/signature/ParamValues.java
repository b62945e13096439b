package io.mlmodel.signature;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * MLflow's {@code ParamSpec.validate_type_and_shape} for defaults: checks a value against a param's
 * type and shape and returns it converted the way MLflow stores it (ints for long/integer, floats
 * widened to double, datetimes parsed, objects kept as given). Throws {@link BadValue}.
 */
final class ParamValues {
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private ParamValues() {}

  static @Nullable Object convert(@Nullable Object value, ColumnType type, @Nullable List<Long> shape) {
    if (shape != null) {
      if (!(value instanceof List<?> list) || list.stream().anyMatch(v -> v instanceof List<?>)) {
        throw new BadValue("default", "a list param (shape [-1]) needs a one-dimensional list, got "
            + show(value));
      }
      List<Object> out = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        out.add(scalar(list.get(i), type, "default[" + i + "]"));
      }
      return Collections.unmodifiableList(out);
    }
    if (type instanceof ObjectType o) {
      ObjectValues.check(value, o, true, "default");
      return freeze(value);
    }
    return scalar(value, type, "default");
  }

  private static @Nullable Object scalar(@Nullable Object value, ColumnType type, String at) {
    if (value == null) {
      return null;
    }
    if (!(type instanceof DataType t)) {
      throw new BadValue(at, "expected a single " + type.typeName() + ", got " + show(value));
    }
    if (t == DataType.DATETIME) {
      return datetime(value, at);
    }
    if (value instanceof List<?> || value instanceof Map<?, ?>) {
      throw new BadValue(at, "expected a single " + t.mlflowName() + ", got " + show(value));
    }
    boolean integral = value instanceof Long || value instanceof Integer || value instanceof Short
        || value instanceof Byte || value instanceof BigInteger;
    boolean floating = value instanceof Double || value instanceof Float;
    switch (t) {
      case BOOLEAN -> {
        if (value instanceof Boolean) {
          return value;
        }
      }
      case INTEGER, LONG -> {
        if (integral) {
          return integer(value);
        }
      }
      case FLOAT, DOUBLE -> {
        if (floating) {
          return ((Number) value).doubleValue();
        }
        if (integral) {
          double d = value instanceof BigInteger b ? b.doubleValue() : ((Number) value).doubleValue();
          if (Double.isInfinite(d)) {
            throw new BadValue(at, "the integer " + value + " is too large for a " + t.mlflowName());
          }
          return d;
        }
      }
      case STRING -> {
        if (value instanceof String) {
          return value;
        }
      }
      default -> throw new BadValue(at, t.mlflowName() + " is not supported for parameters");
    }
    throw new BadValue(at, "expected " + article(t.mlflowName()) + ", got " + show(value));
  }

  private static Object integer(Object value) {
    BigInteger b = value instanceof BigInteger big ? big : BigInteger.valueOf(((Number) value).longValue());
    return b.compareTo(LONG_MIN) >= 0 && b.compareTo(LONG_MAX) <= 0 ? (Object) b.longValue() : b;
  }

  static @Nullable Object datetime(Object value, String at) {
    if (value instanceof LocalDate) {
      return value;
    }
    if (value instanceof LocalDateTime dt) {
      if (dt.getNano() % 1000 != 0) {
        throw new BadValue(at, "expected a datetime Python can hold, got " + dt
            + " (it has more than microsecond precision)");
      }
      return dt;
    }
    if (value instanceof String s) {
      try {
        return NumpyDatetime.parse(s);
      } catch (IllegalArgumentException e) {
        throw new BadValue(at, "expected a datetime, got " + show(value) + " (" + e.getMessage() + ")");
      }
    }
    throw new BadValue(at, "expected a datetime (an ISO 8601 string), got " + show(value));
  }

  /** A deep, unmodifiable copy of a JSON-like value. */
  @SuppressWarnings("unchecked")
  static @Nullable Object freeze(@Nullable Object value) {
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      for (Object v : list) {
        out.add(freeze(v));
      }
      return Collections.unmodifiableList(out);
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), freeze(v)));
      return Collections.unmodifiableMap(out);
    }
    return value;
  }

  static String article(String word) {
    return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
  }

  static String show(@Nullable Object value) {
    try {
      String s = PyJson.write(value);
      return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    } catch (IllegalArgumentException e) {
      return "a " + value.getClass().getSimpleName();
    }
  }
}
