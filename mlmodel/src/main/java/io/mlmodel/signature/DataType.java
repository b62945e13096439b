package io.mlmodel.signature;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * MLflow's scalar column types ({@code mlflow.types.DataType}), in MLflow's order. The JSON name
 * is the lower-case constant name ({@link #mlflowName()}).
 *
 * <p>{@link #javaType()} is the Java class a value of the type is best held in: {@code integer}
 * is a 32-bit {@link Integer}, {@code long} a {@link Long}, {@code float} a {@link Float}, {@code
 * double} a {@link Double}, {@code binary} a {@code byte[]} (base64 in JSON payloads) and {@code
 * datetime} a naive {@link LocalDateTime} (MLflow uses {@code datetime64[ns]}).
 */
public enum DataType implements ColumnType {
  /** MLflow's {@code boolean}: logical data, true or false; numpy {@code bool}. */
  BOOLEAN(Boolean.class, NumpyDtype.BOOL),
  /** MLflow's {@code integer}: 32-bit signed integers; numpy {@code int32}. */
  INTEGER(Integer.class, NumpyDtype.INT32),
  /** MLflow's {@code long}: 64-bit signed integers; numpy {@code int64}. */
  LONG(Long.class, NumpyDtype.INT64),
  /** MLflow's {@code float}: 32-bit floating-point numbers; numpy {@code float32}. */
  FLOAT(Float.class, NumpyDtype.FLOAT32),
  /** MLflow's {@code double}: 64-bit floating-point numbers; numpy {@code float64}. */
  DOUBLE(Double.class, NumpyDtype.FLOAT64),
  /** MLflow's {@code string}: text; numpy {@code str}. */
  STRING(String.class, NumpyDtype.STR),
  /** MLflow's {@code binary}: a sequence of raw bytes; numpy {@code bytes}. */
  BINARY(byte[].class, NumpyDtype.BYTES),
  /** MLflow's {@code datetime}: a date and time without time zone; numpy {@code datetime64[ns]}. */
  DATETIME(LocalDateTime.class, NumpyDtype.DATETIME64_NS);

  private final Class<?> javaType;
  private final NumpyDtype numpy;
  private final String name;

  DataType(Class<?> javaType, NumpyDtype numpy) {
    this.javaType = javaType;
    this.numpy = numpy;
    this.name = name().toLowerCase(Locale.ROOT);
  }

  /**
   * The name MLflow writes in JSON: {@code boolean}, {@code integer}, ... {@code datetime}.
   *
   * @return the constant's name in lower case, the same text as {@link #typeName()}
   */
  public String mlflowName() {
    return name;
  }

  @Override
  public String typeName() {
    return name;
  }

  /**
   * The Java class that holds a value of this type (see the class comment).
   *
   * @return a boxed class such as {@code Long.class}, {@code byte[].class} for binary, {@code
   *     LocalDateTime.class} for datetime
   */
  public Class<?> javaType() {
    return javaType;
  }

  /**
   * The numpy dtype MLflow converts this type to ({@code DataType.to_numpy()}).
   *
   * @return the dtype: {@code int32} for integer, {@code str} for string, {@code datetime64[ns]}
   *     for datetime and so on
   */
  public NumpyDtype numpyDtype() {
    return numpy;
  }

  /**
   * The type with this exact JSON name (case-sensitive, as in MLflow), or empty when MLflow does not
   * know it.
   *
   * @param name a JSON type name such as {@code double}; {@code Double} and {@code int} match none
   * @return the type, or empty when no type has exactly this name
   */
  public static Optional<DataType> fromName(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  private static final Map<String, DataType> BY_NAME = new HashMap<>();

  static {
    for (DataType t : values()) {
      BY_NAME.put(t.name, t);
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
