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
 * @param defaultValue the default, converted as above; may be null for a single scalar value (not
 *     for a list or an object)
 * @param shape null for a single value, {@code [-1]} for a list
 */
public record ParamSpec(String name, ColumnType type, @Nullable Object defaultValue, @Nullable List<Long> shape) {

  /** The only shape other than null MLflow allows: a one-dimensional list of any length. */
  public static final List<Long> LIST_SHAPE = List.of(-1L);

  /**
   * Checks type, shape and default, and keeps the default converted as the class comment says.
   *
   * @param name the parameter name
   * @param type a {@link DataType} other than {@code binary}, or an {@link ObjectType}
   * @param defaultValue the default: a value of {@code type}, a list of such values for a list
   *     param; null only for a single scalar value
   * @param shape null for a single value, or a one-element list holding the integer {@code -1}
   *     for a list; any such list is kept as {@link #LIST_SHAPE}
   * @throws IllegalArgumentException when the type is {@code binary} or not a scalar or object
   *     type, the shape is neither null nor {@code [-1]}, or the default does not fit type and
   *     shape (the message says where inside the default, e.g. {@code default[2]: ...})
   * @throws NullPointerException when {@code name} or {@code type} is null
   */
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

  /**
   * A single-valued param.
   *
   * @param name the parameter name
   * @param type a {@link DataType} other than {@code binary}, or an {@link ObjectType}
   * @param defaultValue the default, a value of {@code type}; null is allowed for a scalar type
   * @return the param spec, with a null shape and the default converted
   * @throws IllegalArgumentException when the type is not allowed or the default does not fit it
   */
  public static ParamSpec of(String name, ColumnType type, @Nullable Object defaultValue) {
    return new ParamSpec(name, type, defaultValue, null);
  }

  /**
   * A list param (shape {@code [-1]}).
   *
   * @param name the parameter name
   * @param type the type of every item, a {@link DataType} other than {@code binary}
   * @param defaultValue the default list, one-dimensional, each item a value of {@code type}
   * @return the param spec, with shape {@link #LIST_SHAPE} and an unmodifiable converted default
   * @throws IllegalArgumentException when {@code type} is {@code binary}, the list nests lists or
   *     an item does not fit {@code type}
   */
  public static ParamSpec list(String name, DataType type, List<?> defaultValue) {
    return new ParamSpec(name, type, defaultValue, LIST_SHAPE);
  }

  /**
   * Whether this param takes a list (shape {@code [-1]}).
   *
   * @return true for shape {@code [-1]}, false for a single value (null shape)
   */
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

  /**
   * MLflow 2.17's {@code to_dict()}: name, type, default, shape (and properties for objects).
   *
   * @return a new, modifiable map in MLflow's key order: {@code name}, {@code type}, {@code
   *     default}, {@code shape}; for an object param {@code name}, {@code default}, {@code shape},
   *     {@code type}, {@code properties}, as later MLflow versions write it
   */
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
