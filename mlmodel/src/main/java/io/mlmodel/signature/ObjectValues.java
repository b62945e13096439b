package io.mlmodel.signature;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Checks a JSON-like value against a column type with MLflow's rules for complex values
 * ({@code _enforce_type}, format reference §5.4), as read from JSON: {@code integer} and {@code
 * float} cannot hold a JSON number (numpy reads them as 64-bit), {@code double} takes floats and
 * the integers 0 and 1, {@code binary} any string. Used for {@code object} param defaults.
 */
final class ObjectValues {
  private ObjectValues() {}

  static void check(@Nullable Object value, ColumnType type, boolean required, String at) {
    if (type instanceof AnyType) {
      return;
    }
    if (type instanceof DataType t) {
      scalar(value, t, required, at);
    } else if (type instanceof ArrayType || type instanceof SparkMLVectorType) {
      ColumnType items = type instanceof ArrayType a ? a.items() : DataType.DOUBLE;
      if (value == null || value instanceof List<?> l && l.isEmpty()) {
        if (value == null && required && !(items instanceof AnyType)) {
          throw new BadValue(at, "expected a list, got null");
        }
        return;
      }
      if (!(value instanceof List<?> list)) {
        throw new BadValue(at, "expected a list, got " + ParamValues.show(value));
      }
      boolean anyFloat = list.stream().anyMatch(v -> v instanceof Double || v instanceof Float);
      for (int i = 0; i < list.size(); i++) {
        Object item = list.get(i);
        // numpy reads the items together: one float makes the whole list float64
        if (items == DataType.DOUBLE && anyFloat && isIntegral(item)) {
          continue;
        }
        check(item, items, true, at + "[" + i + "]");
      }
    } else if (type instanceof ObjectType o) {
      if (value == null || value instanceof Map<?, ?> m && m.isEmpty() && !required) {
        if (value == null && required) {
          throw new BadValue(at, "expected an object, got null");
        }
        return;
      }
      if (!(value instanceof Map<?, ?> map)) {
        throw new BadValue(at, "expected an object, got " + ParamValues.show(value));
      }
      TreeSet<String> missing = new TreeSet<>();
      for (Property p : o.properties()) {
        if (p.required() && !map.containsKey(p.name())) {
          missing.add(p.name());
        }
      }
      if (!missing.isEmpty()) {
        throw new BadValue(at, "missing required properties: " + pyList(new ArrayList<>(missing)));
      }
      List<String> unknown = new ArrayList<>();
      for (Object k : map.keySet()) {
        if (o.property(String.valueOf(k)).isEmpty()) {
          unknown.add(String.valueOf(k));
        }
      }
      if (!unknown.isEmpty()) {
        throw new BadValue(at, "properties not defined in the schema: " + pyList(unknown));
      }
      for (Property p : o.properties()) {
        if (map.containsKey(p.name())) {
          check(map.get(p.name()), p.type(), p.required(), Names.key(at, p.name()));
        }
      }
    } else if (type instanceof MapType mt) {
      if (value == null || value instanceof Map<?, ?> m && m.isEmpty()) {
        if (value == null && required && !(mt.values() instanceof AnyType)) {
          throw new BadValue(at, "expected a map, got null");
        }
        return;
      }
      if (!(value instanceof Map<?, ?> map)) {
        throw new BadValue(at, "expected a map, got " + ParamValues.show(value));
      }
      for (Map.Entry<?, ?> e : map.entrySet()) {
        check(e.getValue(), mt.values(), true, Names.key(at, String.valueOf(e.getKey())));
      }
    }
  }

  private static void scalar(@Nullable Object value, DataType t, boolean required, String at) {
    if (value == null || value instanceof Double d && d.isNaN()) {
      if (required) {
        throw new BadValue(at, "expected " + ParamValues.article(t.mlflowName()) + ", got null");
      }
      return;
    }
    boolean ok = switch (t) {
      case BOOLEAN -> value instanceof Boolean;
      case INTEGER, FLOAT -> false;
      case LONG -> isIntegral(value) && fitsLong(value);
      case DOUBLE -> value instanceof Double || value instanceof Float
          || isIntegral(value) && (value.toString().equals("0") || value.toString().equals("1"));
      case STRING -> value instanceof String;
      case BINARY -> value instanceof String || value instanceof byte[];
      case DATETIME -> value instanceof String s && parses(s);
    };
    if (!ok) {
      String why = t == DataType.INTEGER || t == DataType.FLOAT
          ? " (MLflow reads JSON numbers as 64-bit, which it will not narrow to " + t.mlflowName() + ")"
          : "";
      throw new BadValue(at, "expected " + ParamValues.article(t.mlflowName()) + ", got "
          + ParamValues.show(value) + why);
    }
  }

  private static boolean parses(String s) {
    try {
      NumpyDatetime.parse(s);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean isIntegral(@Nullable Object v) {
    return v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte
        || v instanceof BigInteger;
  }

  private static boolean fitsLong(Object v) {
    return !(v instanceof BigInteger b) || b.bitLength() < 64;
  }

  static String pyList(List<String> items) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < items.size(); i++) {
      sb.append(i > 0 ? ", " : "").append(Names.repr(items.get(i), false));
    }
    return sb.append(']').toString();
  }
}
