package io.mlmodel.signature;

/**
 * The type of a column, of an array's items, of a map's values or of an object's property: a
 * scalar {@link DataType} or one of the nested types MLflow added in 2.10 ({@link ArrayType},
 * {@link ObjectType}), 2.12 ({@link MapType}), 2.15 ({@link SparkMLVectorType}) and 2.19 ({@link
 * AnyType}). Types nest to any depth. Equality is structural, as in MLflow.
 *
 * <p>{@code toString()} prints MLflow's own notation: {@code double}, {@code Array(string)},
 * {@code {a: long (required)}}, {@code Map(str -> double)}, {@code Any}, {@code SparkML vector}.
 */
public sealed interface ColumnType
    permits DataType, ArrayType, ObjectType, MapType, AnyType, SparkMLVectorType {

  /**
   * The value of the {@code "type"} key in MLflow's JSON: a scalar's name ({@code double}) or
   * {@code array}, {@code object}, {@code map}, {@code any}, {@code sparkml_vector}.
   *
   * @return the type name, as MLflow writes it
   */
  String typeName();

  /**
   * Whether this is a scalar {@link DataType}.
   *
   * @return true for a {@link DataType}, false for arrays, objects, maps and the other composites
   */
  default boolean isScalar() {
    return this instanceof DataType;
  }
}
