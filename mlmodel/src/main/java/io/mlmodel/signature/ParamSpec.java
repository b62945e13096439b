package io.mlmodel.signature;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One inference parameter of a model ({@code mlflow.types.ParamSpec}, since MLflow 2.6): a name, a
 * type, a default value and a shape.
 *
 * <p>The type is a {@link DataType} other than {@code binary}, or an {@link ObjectType} (dict
 * params, MLflow 2.20). The shape is null for a single value (or an object) and {@code [-1]} for a
 * one-dimensional list. The default is checked against type and shape on construction, with the
 * rules MLflow applies to request params (format reference §5.6), and kept converted the way MLflow
 * keeps it:
 *
 * <table>
 *   <caption>Default values</caption>
 *   <tr><th>type</th><th>default held as</th></tr>
 *   <tr><td>boolean</td><td>{@link Boolean}</td></tr>
 *   <tr><td>integer, long</td><td>{@link Long} ({@link java.math.BigInteger} beyond 64 bits: MLflow
 *       does not range-check)</td></tr>
 *   <tr><td>float, double</td><td>{@link Double} (integers and floats widen, as in MLflow)</td></tr>
 *   <tr><td>string</td><td>{@link String}</td></tr>
 *   <tr><td>datetime</td><td>{@link java.time.LocalDate} for a date, {@link java.time.LocalDateTime}
 *       for a date-time (ISO strings are parsed as numpy does)</td></tr>
 *   <tr><td>object</td><td>an unmodifiable {@code Map} of JSON-like values</td></tr>
 * </table>
 *
 * <p>A list param's default is an unmodifiable {@code List} of such values; null is allowed for a
 * single value (not for a list). The canonical constructor throws {@link IllegalArgumentException}
 * when type, shape or default are wrong.
 *
 * @param name the parameter name
 * @param type a {@link DataType} (not binary) or an {@link ObjectType}
 * @param defaultValue the default, converted as above; may be null for a single value
 * @param shape null for a single value, {@code [-1]} for a list
 */
public record ParamSpec(String name, ColumnType type, @Nullable Object defaultValue, @Nullable List<Long> shape) {

  /** The only shape other than null MLflow allows: a one-dimensional list of any length. */
  public static final List<Long> LIST_SHAPE = List.of(-1L);

  public ParamSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    String problem = checkType(type);
    if (problem == null) {
      problem = checkShape(shape);
    }
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    shape = shape == null ? null : LIST_SHAPE;
    defaultValue = ParamValues.convert(defaultValue, type, shape);
  }

  /** A single-valued param. */
  public static ParamSpec of(String name, ColumnType type, @Nullable Object defaultValue) {
    return new ParamSpec(name, type, defaultValue, null);
  }

  /** A list param (shape {@code [-1]}). */
  public static ParamSpec list(String name, DataType type, List<?> defaultValue) {
    return new ParamSpec(name, type, defaultValue, LIST_SHAPE);
  }

  /** Whether this param takes a list (shape {@code [-1]}). */
  public boolean isList() {
    return shape != null;
  }

  static @Nullable String checkType(ColumnType type) {
    if (type == DataType.BINARY) {
      return "binary is not supported for parameters";
    }
    if (!(type instanceof DataType) && !(type instanceof ObjectType)) {
      return "a param type must be a scalar type or an object type, got " + type;
    }
    return null;
  }

  static @Nullable String checkShape(@Nullable List<?> shape) {
    if (shape == null || shape.size() == 1 && shape.get(0) instanceof Number n
        && !(n instanceof Double || n instanceof Float) && n.longValue() == -1) {
      return null;
    }
    return "shape must be null (a single value or an object) or [-1] (a list), got "
        + ParamValues.show(shape);
  }

  /** MLflow 2.17's {@code to_dict()}: name, type, default, shape (and properties for objects). */
  public Map<String, @Nullable Object> toDict() {
    Map<String, @Nullable Object> d = new LinkedHashMap<>();
    d.put("name", name);
    if (type instanceof ObjectType o) {
      // MLflow 2.17 has no object params; later versions write name, default, shape, type, properties
      d.put("default", defaultValue);
      d.put("shape", shape);
      d.put("type", "object");
      d.put("properties", TypeJson.properties(o));
    } else {
      d.put("type", type.typeName());
      d.put("default", defaultValue);
      d.put("shape", shape);
    }
    return d;
  }

  /** MLflow's notation: {@code 'temperature': double (default: 0.7)}. */
  @Override
  public String toString() {
    return Names.repr(name, false) + ": " + type + " (default: " + ParamValues.show(defaultValue) + ")"
        + (shape == null ? "" : " (shape: (-1,))");
  }
}
