package io.mlmodel.signature;

import java.util.Objects;

/**
 * A mapping from string keys to values of one type ({@code mlflow.types.schema.Map}); JSON {@code
 * {"type": "map", "values": {...}}}. Values carry no {@code required} flag.
 *
 * @param values the type of every value
 */
public record MapType(ColumnType values) implements ColumnType {

  /**
   * Checks that the value type is given.
   *
   * @param values the type of every value
   * @throws NullPointerException when {@code values} is null
   */
  public MapType {
    Objects.requireNonNull(values, "values");
  }

  /**
   * A map from string keys to {@code values}.
   *
   * @param values the type of every value
   * @return the map type
   */
  public static MapType of(ColumnType values) {
    return new MapType(values);
  }

  @Override
  public String typeName() {
    return "map";
  }

  @Override
  public String toString() {
    return "Map(str -> " + values + ")";
  }
}
