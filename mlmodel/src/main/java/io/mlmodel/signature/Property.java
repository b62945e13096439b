package io.mlmodel.signature;

import java.util.Objects;

/**
 * One named, typed member of an {@link ObjectType} ({@code mlflow.types.schema.Property}). It is
 * not a column type itself. In JSON a property is the entry {@code "name": {"type": ...,
 * "required": true}}; {@code required} defaults to true when absent.
 *
 * @param name the property name (any string)
 * @param type its type
 * @param required whether an object value must have this property
 */
public record Property(String name, ColumnType type, boolean required) {

  /**
   * Checks that name and type are given.
   *
   * @param name the property name (any string)
   * @param type its type
   * @param required whether an object value must have this property
   * @throws NullPointerException when {@code name} or {@code type} is null
   */
  public Property {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  /**
   * A required property.
   *
   * @param name the property name (any string)
   * @param type its type
   * @return the property, written with {@code "required": true}
   */
  public static Property required(String name, ColumnType type) {
    return new Property(name, type, true);
  }

  /**
   * An optional property.
   *
   * @param name the property name (any string)
   * @param type its type
   * @return the property, written with {@code "required": false}
   */
  public static Property optional(String name, ColumnType type) {
    return new Property(name, type, false);
  }

  @Override
  public String toString() {
    return name + ": " + type + (required ? " (required)" : " (optional)");
  }
}
