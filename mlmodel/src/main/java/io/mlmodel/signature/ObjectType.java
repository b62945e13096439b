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

  /** An object with these properties (in any order). */
  public static ObjectType of(Property... properties) {
    return new ObjectType(Arrays.asList(properties));
  }

  @Override
  public String typeName() {
    return "object";
  }

  /** The property with this name, if any. */
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
