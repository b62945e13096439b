package io.mlmodel.signature;

import java.util.Objects;

/**
 * A mapping from string keys to values of one type ({@code mlflow.types.schema.Map}); JSON {@code
 * {"type": "map", "values": {...}}}. Values carry no {@code required} flag.
 *
 * @param values the type of every value
 */
public record MapType(ColumnType values) implements ColumnType {

  public MapType {
    Objects.requireNonNull(values, "values");
  }

  /** A map to {@code values}. */
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
