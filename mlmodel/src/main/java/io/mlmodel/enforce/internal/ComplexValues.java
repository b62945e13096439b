package io.mlmodel.enforce.internal;

import io.mlmodel.data.Column;
import io.mlmodel.data.FloatColumn;
import io.mlmodel.data.IntColumn;
import io.mlmodel.enforce.EnforcementOptions;
import io.mlmodel.signature.AnyType;
import io.mlmodel.signature.ArrayType;
import io.mlmodel.signature.ColumnType;
import io.mlmodel.signature.DataType;
import io.mlmodel.signature.MapType;
import io.mlmodel.signature.ObjectType;
import io.mlmodel.signature.Property;
import io.mlmodel.signature.SparkMLVectorType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * MLflow's {@code _enforce_type} for one plain value against an Array, Object, Map, Any or nested
 * scalar type (format reference §5.4). Scalar array items are checked together as one pandas
 * Series would be, scalars inside objects and maps one by one, both with {@link ScalarEnforcer}'s
 * matrix: so JSON numbers never satisfy a nested {@code integer} or {@code float}, and {@code
 * double} takes floats and the integers 0 and 1. The result is an unmodifiable copy with converted
 * scalars. Throws {@link ConversionException} with MLflow's message. MLflow-compatible mode runs
 * {@link MlflowTypes} instead, MLflow's own item-by-item check. Internal.
 */
final class ComplexValues {
  private ComplexValues() {}

  static @Nullable Object enforce(@Nullable Object data, ColumnType type, boolean required, EnforcementOptions o) {
    if (o.mlflowCompatible()) {
      return MlflowTypes.enforce(data, type, required);
    }
    if (type instanceof DataType d) {
      return scalar(data, d, required, o);
    } else if (type instanceof SparkMLVectorType v) {
      return array(data, v.asArray(), required, o);
    } else if (type instanceof ArrayType a) {
      return array(data, a, required, o);
    } else if (type instanceof ObjectType ob) {
      return object(data, ob, required, o);
    } else if (type instanceof MapType m) {
      return map(data, m, required, o);
    }
    return data;
  }

  private static @Nullable Object scalar(@Nullable Object data, DataType t, boolean required, EnforcementOptions o) {
    if (!required && (data == null || data instanceof Double d && d.isNaN())) {
      return null;
    }
    if (data == null || data instanceof List<?> || data instanceof Map<?, ?>) {
      throw new ConversionException("Expected data to be scalar, got " + PyRepr.typeName(data));
    }
    try {
      Column c = ScalarEnforcer.enforce(single(data), t, o);
      return c.getObject(0);
    } catch (ConversionException e) {
      throw new ConversionException("Failed to enforce schema of data `" + PyRepr.value(data) + "` with dtype `"
          + t.mlflowName() + "`");
    }
  }

  /** A one-value column with the dtype numpy gives a Python scalar. */
  private static Column single(Object v) {
    if (v instanceof Integer i) {
      return IntColumn.of("", i);
    } else if (v instanceof Float f) {
      return FloatColumn.of("", f);
    }
    return InferSink.infer("", new Object[] {v});
  }

  private static @Nullable Object array(@Nullable Object data, ArrayType arr, boolean required, EnforcementOptions o) {
    if ((!required || arr.items() instanceof AnyType) && (data == null || data instanceof List<?> l && l.isEmpty())) {
      return data;
    }
    if (!(data instanceof List<?> list)) {
      throw new ConversionException("Expected data to be list or numpy array, got " + PyRepr.typeName(data));
    }
    if (list.isEmpty()) {
      return List.of();
    }
    List<@Nullable Object> out = new ArrayList<>(list.size());
    if (arr.items() instanceof DataType d) {
      Column items = ScalarEnforcer.enforce(series(list), d, o);
      for (int i = 0; i < items.size(); i++) {
        out.add(items.getObject(i));
      }
    } else {
      for (Object x : list) {
        out.add(enforce(x, arr.items(), required, o));
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** The column pandas builds from a list ({@code pd.Series(list)}). */
  private static Column series(List<?> list) {
    boolean allInt = true;
    boolean allFloat = true;
    for (Object x : list) {
      allInt &= x instanceof Integer;
      allFloat &= x instanceof Float;
    }
    if (allInt) {
      return IntColumn.of("", list.stream().mapToInt(x -> (Integer) x).toArray());
    }
    if (allFloat) {
      float[] f = new float[list.size()];
      for (int i = 0; i < f.length; i++) {
        f[i] = (Float) list.get(i);
      }
      return FloatColumn.of("", f);
    }
    return InferSink.infer("", list.toArray());
  }

  private static @Nullable Object object(@Nullable Object data, ObjectType obj, boolean required, EnforcementOptions o) {
    if (!required && (data == null || data instanceof Map<?, ?> m && m.isEmpty())) {
      return data;
    }
    if (!(data instanceof Map<?, ?> map)) {
      throw new ConversionException("Failed to enforce schema of '" + PyRepr.value(data) + "' with type '" + obj
          + "'. Expected data to be dictionary, got " + PyRepr.typeName(data));
    }
    checkKeys(map, obj);
    Map<String, @Nullable Object> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String k = (String) e.getKey();
      Property p = obj.property(k).orElseThrow();
      try {
        out.put(k, enforce(e.getValue(), p.type(), p.required(), o));
      } catch (ConversionException x) {
        throw new ConversionException("Failed to enforce schema for key `" + k + "`. Expected type " + p.type().typeName()
            + ", received type " + PyRepr.typeName(e.getValue()));
      }
    }
    return Collections.unmodifiableMap(out);
  }

  private static @Nullable Object map(@Nullable Object data, MapType type, boolean required, EnforcementOptions o) {
    if ((!required || type.values() instanceof AnyType) && (data == null || data instanceof Map<?, ?> m && m.isEmpty())) {
      return data;
    }
    if (!(data instanceof Map<?, ?> map)) {
      throw new ConversionException("Expected data to be a dict, got " + PyRepr.typeName(data));
    }
    Map<String, @Nullable Object> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (!(e.getKey() instanceof String k)) {
        throw new ConversionException("Expected all keys in the map type data are string type.");
      }
      out.put(k, enforce(e.getValue(), type.values(), required, o));
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Refuses a map that lacks a required property or has a key the object type does not define, with
   * MLflow's messages; shared by both modes, which differ only in how the values are then enforced.
   */
  static void checkKeys(Map<?, ?> map, ObjectType obj) {
    Set<String> missing = new LinkedHashSet<>();
    for (Property p : obj.properties()) {
      if (p.required() && !map.containsKey(p.name())) {
        missing.add(p.name());
      }
    }
    if (!missing.isEmpty()) {
      throw new ConversionException("Missing required properties: " + PyRepr.set(missing));
    }
    Set<String> invalid = new LinkedHashSet<>();
    for (Object k : map.keySet()) {
      if (!(k instanceof String s) || obj.property(s).isEmpty()) {
        invalid.add(String.valueOf(k));
      }
    }
    if (!invalid.isEmpty()) {
      throw new ConversionException("Invalid properties not defined in the schema found: " + PyRepr.set(invalid));
    }
  }
}
