package io.mlmodel.signature;

/**
 * Any JSON value, including null ({@code mlflow.types.schema.AnyType}, since MLflow 2.19); JSON
 * {@code {"type": "any"}}. MLflow does not check such values at all. All instances are equal.
 */
public record AnyType() implements ColumnType {
  /** The instance to use. */
  public static final AnyType INSTANCE = new AnyType();

  @Override
  public String typeName() {
    return "any";
  }

  @Override
  public String toString() {
    return "Any";
  }
}
