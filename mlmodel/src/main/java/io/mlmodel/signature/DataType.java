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
  BOOLEAN(Boolean.class, NumpyDtype.BOOL),
  INTEGER(Integer.class, NumpyDtype.INT32),
  LONG(Long.class, NumpyDtype.INT64),
  FLOAT(Float.class, NumpyDtype.FLOAT32),
  DOUBLE(Double.class, NumpyDtype.FLOAT64),
  STRING(String.class, NumpyDtype.STR),
  BINARY(byte[].class, NumpyDtype.BYTES),
  DATETIME(LocalDateTime.class, NumpyDtype.DATETIME64_NS);

  private final Class<?> javaType;
  private final NumpyDtype numpy;
  private final String name;

  DataType(Class<?> javaType, NumpyDtype numpy) {
    this.javaType = javaType;
    this.numpy = numpy;
    this.name = name().toLowerCase(Locale.ROOT);
  }

  /** The name MLflow writes in JSON: {@code boolean}, {@code integer}, ... {@code datetime}. */
  public String mlflowName() {
    return name;
  }

  @Override
  public String typeName() {
    return name;
  }

  /** The Java class that holds a value of this type (see the class comment). */
  public Class<?> javaType() {
    return javaType;
  }

  /** The numpy dtype MLflow converts this type to ({@code DataType.to_numpy()}). */
  public NumpyDtype numpyDtype() {
    return numpy;
  }

  /**
   * The type with this exact JSON name (case-sensitive, as in MLflow), or empty when MLflow does not
   * know it.
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
