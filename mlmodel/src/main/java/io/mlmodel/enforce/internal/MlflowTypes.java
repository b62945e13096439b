package io.mlmodel.enforce.internal;

import io.mlmodel.signature.AnyType;
import io.mlmodel.signature.ArrayType;
import io.mlmodel.signature.ColumnType;
import io.mlmodel.signature.DataType;
import io.mlmodel.signature.MapType;
import io.mlmodel.signature.ObjectType;
import io.mlmodel.signature.Property;
import io.mlmodel.signature.SparkMLVectorType;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * MLflow 2.17.2's {@code _enforce_type} as it is, for MLflow-compatible mode: every array item,
 * property value and map value is checked alone as {@code _enforce_datatype} checks it (its own
 * {@code pd.Series}, required, so null is refused whatever the property says), with no conversion
 * but numpy's safe upcasts, 0 and 1 to float, and text to datetime. Text for a {@code boolean},
 * {@code string} or {@code binary} passes unchanged; a date-time already converted is no numpy
 * scalar and is refused, so a request's second pass refuses it as MLflow's does. Internal.
 */
final class MlflowTypes {
  private MlflowTypes() {}

  static @Nullable Object enforce(@Nullable Object data, ColumnType type, boolean required) {
    if (type instanceof DataType d) {
      return datatype(data, d, required);
    } else if (type instanceof SparkMLVectorType v) {
      return array(data, v.asArray(), required);
    } else if (type instanceof ArrayType a) {
      return array(data, a, required);
    } else if (type instanceof ObjectType ob) {
      return object(data, ob, required);
    } else if (type instanceof MapType m) {
      return map(data, m, required);
    } else if (type instanceof AnyType) {
      return data;
    }
    throw new ConversionException("Invalid data type: " + type);
  }

  private static @Nullable Object datatype(@Nullable Object data, DataType t, boolean required) {
    if (!required && data == null) {
      return null;
    }
    if (data == null || data instanceof List<?> || data instanceof Map<?, ?> || data instanceof LocalDateTime
        || data instanceof java.time.temporal.Temporal) {
      throw new ConversionException("Expected data to be scalar, got " + (data instanceof LocalDateTime ? "Timestamp"
          : PyRepr.typeName(data)));
    }
    Object out = convert(data, t);
    if (out == null) {
      throw new ConversionException("Failed to enforce schema of data `" + pyStr(data) + "` with dtype `"
          + t.mlflowName() + "`");
    }
    return out;
  }

  /** {@code _enforce_mlflow_datatype} on a one-value series of {@code v}'s numpy dtype; null when it refuses. */
  private static @Nullable Object convert(Object v, DataType t) {
    if (v instanceof BigInteger b && b.signum() >= 0 && b.bitLength() == 64) {
      return null; // pandas makes uint64, which no MLflow type takes
    }
    boolean object = v instanceof String || v instanceof byte[] || v instanceof BigInteger b && b.bitLength() >= 64;
    if (object) {
      if (t == DataType.STRING || t == DataType.BINARY || t == DataType.BOOLEAN) {
        return v;
      }
      if (t == DataType.DATETIME && v instanceof String) {
        try {
          return ScalarEnforcer.cast(io.mlmodel.data.StringColumn.of("", (String) v),
              new DateTimeSink(DataType.DATETIME.numpyDtype(), false)).getObject(0);
        } catch (ConversionException e) {
          return null;
        }
      }
      return null;
    }
    if (v instanceof Boolean) {
      return t == DataType.BOOLEAN ? v : null;
    }
    if (v instanceof Integer i) {
      return t == DataType.INTEGER ? v : t == DataType.LONG ? (Object) (long) i : t == DataType.DOUBLE ? (Object) (double) i : null;
    }
    if (v instanceof Float f) {
      return t == DataType.FLOAT ? v : t == DataType.DOUBLE ? (Object) (double) f : null;
    }
    if (v instanceof Double) {
      return t == DataType.DOUBLE ? v : null;
    }
    if (v instanceof Number n) {
      long l = n.longValue();
      if (t == DataType.LONG) {
        return l;
      }
      boolean zeroOrOne = l == 0 || l == 1;
      return t == DataType.DOUBLE && zeroOrOne ? (Object) (double) l : t == DataType.FLOAT && zeroOrOne ? (Object) (float) l : null;
    }
    return null;
  }

  /** Python's {@code str()} of a plain value, as an f-string prints it. */
  private static String pyStr(Object v) {
    return v instanceof String s ? PyRepr.clip(s) : PyRepr.value(v);
  }

  private static @Nullable Object array(@Nullable Object data, ArrayType arr, boolean required) {
    if (!required && data == null) {
      return null;
    }
    if (!(data instanceof List<?> list)) {
      throw new ConversionException("Expected data to be list or numpy array, got " + PyRepr.typeName(data));
    }
    List<@Nullable Object> out = new ArrayList<>(list.size());
    for (Object x : list) {
      out.add(enforce(x, arr.items(), true));
    }
    return Collections.unmodifiableList(out);
  }

  private static @Nullable Object object(@Nullable Object data, ObjectType obj, boolean required) {
    if (!required && data == null) {
      return null;
    }
    if (!(data instanceof Map<?, ?> map)) {
      throw new ConversionException("Failed to enforce schema of '" + pyStr(data == null ? "None" : data) + "' with type '"
          + obj + "'. Expected data to be dictionary, got " + PyRepr.typeName(data));
    }
    ComplexValues.checkKeys(map, obj);
    Map<String, @Nullable Object> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String k = (String) e.getKey();
      Property p = obj.property(k).orElseThrow();
      try {
        out.put(k, enforce(e.getValue(), p.type(), true));
      } catch (ConversionException x) {
        throw new ConversionException("Failed to enforce schema for key `" + k + "`. Expected type " + p.type().typeName()
            + ", received type " + (e.getValue() instanceof LocalDateTime ? "Timestamp" : PyRepr.typeName(e.getValue())));
      }
    }
    return Collections.unmodifiableMap(out);
  }

  private static @Nullable Object map(@Nullable Object data, MapType type, boolean required) {
    if (!required && data == null) {
      return null;
    }
    if (!(data instanceof Map<?, ?> map)) {
      throw new ConversionException("Expected data to be a dict, got " + PyRepr.typeName(data));
    }
    Map<String, @Nullable Object> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (!(e.getKey() instanceof String k)) {
        throw new ConversionException("Expected all keys in the map type data are string type.");
      }
      out.put(k, enforce(e.getValue(), type.values(), true));
    }
    return Collections.unmodifiableMap(out);
  }
}
