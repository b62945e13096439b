package io.mlmodel.model;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Type checks on the plain values of a parsed MLmodel, each failing with a located {@code
 * bad-value} error that names the expected and the found type in YAML's words.
 */
final class Values {
  private Values() {}

  /** What a value is, in the words a YAML author uses. */
  static String describe(@Nullable Object v) {
    if (v == null) {
      return "null";
    } else if (v instanceof String) {
      return "a string";
    } else if (v instanceof Boolean) {
      return "a boolean";
    } else if (v instanceof Double) {
      return "a float";
    } else if (v instanceof Number) {
      return "an integer";
    } else if (v instanceof LocalDate) {
      return "a date";
    } else if (v instanceof LocalDateTime || v instanceof OffsetDateTime) {
      return "a timestamp";
    } else if (v instanceof byte[]) {
      return "binary data";
    } else if (v instanceof List) {
      return "a list";
    } else if (v instanceof Map) {
      return "a mapping";
    }
    return "a " + v.getClass().getSimpleName();
  }

  static ModelException wrongType(Location at, String expected, @Nullable Object found) {
    return new ModelException("bad-value", at, "expected " + expected + ", found " + describe(found));
  }

  static @Nullable String string(@Nullable Object v, Location at) {
    return string(v, () -> at);
  }

  static @Nullable String string(@Nullable Object v, Supplier<Location> at) {
    if (v == null || v instanceof String) {
      return (String) v;
    }
    throw wrongType(at.get(), "a string", v);
  }

  static @Nullable Boolean bool(@Nullable Object v, Location at) {
    return bool(v, () -> at);
  }

  static @Nullable Boolean bool(@Nullable Object v, Supplier<Location> at) {
    if (v == null || v instanceof Boolean) {
      return (Boolean) v;
    }
    throw wrongType(at.get(), "a boolean", v);
  }

  static @Nullable Long integer(@Nullable Object v, Location at) {
    if (v == null || v instanceof Long) {
      return (Long) v;
    }
    throw wrongType(at, v instanceof Number && !(v instanceof Double) ? "an integer that fits in 64 bits" : "an integer", v);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> stringMap(@Nullable Object v, Location at, Function<String, Location> keyAt) {
    return stringMap(v, () -> at, keyAt);
  }

  /** Same; locating is costly, so {@code at} is asked only when there is a problem to report. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> stringMap(@Nullable Object v, Supplier<Location> at, Function<String, Location> keyAt) {
    if (v == null) {
      return Map.of();
    }
    if (!(v instanceof Map<?, ?> m)) {
      throw wrongType(at.get(), "a mapping", v);
    }
    for (Object k : m.keySet()) {
      if (!(k instanceof String)) {
        throw new ModelException("bad-value", keyAt.apply(String.valueOf(k)),
            "keys here must be strings, found " + describe(k) + " '" + k + "'");
      }
    }
    return (Map<String, Object>) m;
  }

  static @Nullable List<String> strings(@Nullable Object v, Location at) {
    return strings(v, () -> at);
  }

  /** Same; locating is costly, so {@code at} is asked only when there is a problem to report. */
  static @Nullable List<String> strings(@Nullable Object v, Supplier<Location> at) {
    if (v == null) {
      return null;
    }
    if (!(v instanceof List<?> l)) {
      throw wrongType(at.get(), "a list of strings", v);
    }
    for (Object x : l) {
      if (!(x instanceof String)) {
        throw wrongType(at.get(), "a list of strings", x);
      }
    }
    @SuppressWarnings("unchecked")
    List<String> out = (List<String>) l;
    return out;
  }

  /** An unmodifiable copy keeping order; values are already immutable. */
  static <K, V> Map<K, V> copy(Map<K, V> m) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(m));
  }

  static <T> List<T> copy(List<T> l) {
    return Collections.unmodifiableList(new ArrayList<>(l));
  }
}
