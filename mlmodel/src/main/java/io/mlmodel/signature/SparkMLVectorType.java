package io.mlmodel.signature;

/**
 * A Spark ML vector ({@code mlflow.types.schema.SparkMLVector}, since MLflow 2.15); JSON {@code
 * {"type": "sparkml_vector"}}. Values are lists of doubles, as for {@code Array(double)}, but the
 * two types are not equal. All instances are equal.
 *
 * <p>MLflow's reader has two quirks kept here: a map whose values are {@code sparkml_vector} reads
 * as a bare vector (the map is lost), and an object property of this type cannot be read at all.
 */
public record SparkMLVectorType() implements ColumnType {
  /** The instance to use. */
  public static final SparkMLVectorType INSTANCE = new SparkMLVectorType();

  @Override
  public String typeName() {
    return "sparkml_vector";
  }

  /**
   * The array type this vector stands for: {@code Array(double)}.
   *
   * @return a new {@code ArrayType} of {@link DataType#DOUBLE}; not equal to this type
   */
  public ArrayType asArray() {
    return new ArrayType(DataType.DOUBLE);
  }

  @Override
  public String toString() {
    return "SparkML vector";
  }
}
