package io.mlmodel.enforce.internal;

import io.mlmodel.enforce.EnforcementOptions;
import io.mlmodel.enforce.Params;
import io.mlmodel.signature.ColumnType;
import io.mlmodel.signature.DataType;
import io.mlmodel.signature.ObjectType;
import io.mlmodel.signature.ParamSchema;
import io.mlmodel.signature.ParamSpec;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * MLflow's {@code _enforce_params_schema} (format reference §5.6): unknown params dropped with a
 * warning, absent ones filled with their default, each given one checked against type and shape
 * ({@code ParamSpec.validate_type_and_shape}); all failures are collected into one {@code Invalid
 * parameters found: {...}} error. Internal.
 */
public final class ParamEnforcer {
  private ParamEnforcer() {}

  public static Params enforce(Map<String, ?> given, @Nullable ParamSchema schema, EnforcementOptions o, List<String> warnings) {
    if (schema == null) {
      if (!given.isEmpty()) {
        warnings.add("`params` can only be specified at inference time if the model signature defines a params"
            + " schema. This model does not define a params schema. Ignoring provided params: "
            + PyRepr.list(given.keySet()));
      }
      return Params.empty();
    }
    List<String> unknown = new ArrayList<>();
    for (String k : given.keySet()) {
      if (schema.param(k).isEmpty()) {
        unknown.add(k);
      }
    }
    if (!unknown.isEmpty()) {
      List<String> names = schema.params().stream().map(ParamSpec::name).toList();
      warnings.add("Unrecognized params " + PyRepr.list(unknown) + " are ignored for inference. Supported params"
          + " are: " + PyRepr.list(names) + ". To enable them, please add corresponding schema in ModelSignature.");
    }
    Map<String, @Nullable Object> out = new LinkedHashMap<>();
    StringJoiner invalid = new StringJoiner(", ", "{", "}");
    String firstBad = null;
    for (ParamSpec spec : schema.params()) {
      if (!given.containsKey(spec.name())) {
        out.put(spec.name(), spec.defaultValue());
        continue;
      }
      try {
        out.put(spec.name(), validate(given.get(spec.name()), spec, o));
      } catch (ConversionException e) {
        firstBad = firstBad == null ? spec.name() : firstBad;
        String msg = "Failed to validate type and shape for " + PyRepr.str(spec.name()) + ", error: " + e.getMessage();
        invalid.add("(" + PyRepr.str(spec.name()) + ", " + PyRepr.str(msg) + ")");
      }
    }
    if (firstBad != null) {
      throw Problems.param(firstBad, "Invalid parameters found: " + invalid);
    }
    return Params.of(out);
  }

  private static @Nullable Object validate(@Nullable Object value, ParamSpec spec, EnforcementOptions o) {
    if (!spec.isList()) {
      return scalar(value, spec.type(), spec.name(), o);
    }
    if (!(value instanceof List<?> list)) {
      throw new ConversionException("Value must be a 1D array with shape (-1,) for param " + PyRepr.str(spec.name())
          + ": " + spec.type() + ", received " + PyRepr.typeName(value));
    }
    List<@Nullable Object> out = new ArrayList<>(list.size());
    for (Object x : list) {
      if (x instanceof List<?>) {
        throw new ConversionException("Value must be a 1D array with shape (-1,) for param "
            + PyRepr.str(spec.name()) + ": " + spec.type() + ", received list with ndim 2");
      }
      out.add(scalar(x, spec.type(), spec.name(), o));
    }
    return Collections.unmodifiableList(out);
  }

  private static @Nullable Object scalar(@Nullable Object v, ColumnType type, String name, EnforcementOptions o) {
    if (v == null) {
      return null;
    }
    if (type instanceof ObjectType obj) {
      ComplexValues.enforce(v, obj, true, o);
      return v;
    }
    DataType t = (DataType) type;
    if (t == DataType.DATETIME) {
      return datetime(v);
    }
    if (v instanceof List<?> || v instanceof Map<?, ?>) {
      throw new ConversionException("Value should be a scalar for param " + PyRepr.str(name) + ", got `"
          + PyRepr.value(v) + "`");
    }
    boolean integral = v instanceof Long || v instanceof Integer || v instanceof BigInteger;
    switch (t) {
      case BOOLEAN:
        if (v instanceof Boolean) {
          return v;
        }
        break;
      case INTEGER:
      case LONG:
        if (integral) {
          BigInteger b = v instanceof BigInteger big ? big : BigInteger.valueOf(((Number) v).longValue());
          int bits = t == DataType.INTEGER ? 32 : 64;
          if (b.bitLength() >= bits && !o.mlflowCompatible()) {
            throw new ConversionException(v + " is out of range for " + t.mlflowName()
                + " (MLflow would pass it on unchecked)");
          }
          return b.bitLength() < 64 ? (Object) b.longValue() : b;
        }
        break;
      case FLOAT:
      case DOUBLE:
        if (integral || v instanceof Double || v instanceof Float) {
          return ((Number) v).doubleValue();
        }
        break;
      case STRING:
        if (v instanceof String) {
          return v;
        }
        break;
      default:
        break;
    }
    throw new ConversionException("Can not safely convert " + PyRepr.typeName(v) + " to " + t.mlflowName()
        + " for value " + PyRepr.value(v));
  }

  private static Object datetime(Object v) {
    if (v instanceof LocalDate || v instanceof LocalDateTime) {
      return v;
    }
    if (v instanceof String s) {
      LocalDateTime t = IsoDateTimes.parse(s.strip());
      if (t != null) {
        return s.strip().length() <= 10 ? (Object) t.toLocalDate() : t;
      }
    }
    throw new ConversionException("Failed to convert value `" + PyRepr.value(v) + "` from type `<class '"
        + PyRepr.typeName(v) + "'>` to `DataType.datetime`");
  }
}
