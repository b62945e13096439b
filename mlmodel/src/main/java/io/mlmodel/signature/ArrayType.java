package io.mlmodel.signature;

import java.util.Objects;

/**
 * A list whose items all have one type ({@code mlflow.types.schema.Array}); JSON {@code {"type":
 * "array", "items": {...}}}. Items carry no {@code required} flag.
 *
 * @param items the type of every item
 */
public record ArrayType(ColumnType items) implements ColumnType {

  /**
   * Checks that the item type is given.
   *
   * @param items the type of every item
   * @throws NullPointerException when {@code items} is null
   */
  public ArrayType {
    Objects.requireNonNull(items, "items");
  }

  /**
   * An array of {@code items}.
   *
   * @param items the type of every item
   * @return the array type
   */
  public static ArrayType of(ColumnType items) {
    return new ArrayType(items);
  }

  @Override
  public String typeName() {
    return "array";
  }

  @Override
  public String toString() {
    return "Array(" + items + ")";
  }
}
