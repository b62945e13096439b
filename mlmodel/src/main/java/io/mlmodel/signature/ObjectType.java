package io.mlmodel.signature;

import io.mlmodel.io.PythonText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A JSON object with known properties ({@code mlflow.types.schema.Object}); JSON {@code {"type":
 * "object", "properties": {...}}}.
 *
 * <p>As in MLflow, the properties are kept <em>sorted by name</em> (by code point, like Python's
 * string order), whatever order they were given in, so that the JSON is stable. There must be at
 * least one property and the names must be unique; otherwise the constructor throws {@link
 * IllegalArgumentException} with MLflow's rule in the message.
 *
 * @param properties the properties, sorted by name
 */
public record ObjectType(List<Property> properties) implements ColumnType {

  /**
   * Checks the properties and keeps an unmodifiable copy sorted by name.
   *
   * @param properties the properties, in any order; at least one, with unique names
   * @throws IllegalArgumentException when {@code properties} is empty ({@code an object type needs
   *     at least one property}) or two properties share a name ({@code duplicate property name})
   * @throws NullPointerException when {@code properties} or one of its elements is null
   */
  public ObjectType {
    Objects.requireNonNull(properties, "properties");
    String problem = check(properties);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    List<Property> sorted = new ArrayList<>(properties);
    sorted.sort((a, b) -> PythonText.compare(a.name(), b.name()));
    properties = List.copyOf(sorted);
  }

  /**
   * An object with these properties (in any order).
   *
   * @param properties the properties; at least one, with unique names
   * @return the object type, its properties sorted by name
   * @throws IllegalArgumentException when there is no property or two share a name
   */
  public static ObjectType of(Property... properties) {
    return new ObjectType(Arrays.asList(properties));
  }

  @Override
  public String typeName() {
    return "object";
  }

  /**
   * The property with this name, if any.
   *
   * @param name the property name, compared exactly
   * @return the property, or empty when the object has none of this name
   */
  public java.util.Optional<Property> property(String name) {
    return properties.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  static @org.jspecify.annotations.Nullable String check(List<Property> properties) {
    if (properties.isEmpty()) {
      return "an object type needs at least one property";
    }
    Set<String> seen = new HashSet<>();
    for (Property p : properties) {
      Objects.requireNonNull(p, "property");
      if (!seen.add(p.name())) {
        return "duplicate property name '" + p.name() + "'";
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return properties.stream().map(Property::toString).collect(Collectors.joining(", ", "{", "}"));
  }
}
