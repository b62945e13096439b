package io.mlmodel.enforce;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Inference parameters: MLflow's {@code params} dict, name to value, in order. After enforcement a
 * value has its declared type: {@link Boolean}, {@link Integer} ({@code integer}), {@link Long},
 * {@link Float}, {@link Double}, {@link String}, {@link java.time.LocalDateTime} or {@link
 * java.time.LocalDate} ({@code datetime}), an unmodifiable {@link java.util.List} of those (shape
 * {@code [-1]}), a {@link Map} ({@code object}), or null. Immutable; nested values are not copied.
 */
public final class Params {
  private static final Params EMPTY = new Params(Map.of());

  private final Map<String, @Nullable Object> values;

  private Params(Map<String, ? extends @Nullable Object> values) {
    LinkedHashMap<String, @Nullable Object> copy = new LinkedHashMap<>();
    values.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "name"), v));
    this.values = Collections.unmodifiableMap(copy);
  }

  /**
   * No parameters.
   *
   * @return the shared empty instance
   */
  public static Params empty() {
    return EMPTY;
  }

  /**
   * These parameters, in the map's iteration order.
   *
   * @param values the parameters by name; values may be null, names may not; copied, nested values
   *     are not
   * @return an immutable copy, or the shared empty instance when {@code values} is empty
   * @throws NullPointerException when a name is null
   */
  public static Params of(Map<String, ? extends @Nullable Object> values) {
    return values.isEmpty() ? EMPTY : new Params(values);
  }

  /**
   * The parameters by name, in order; unmodifiable (null values allowed).
   *
   * @return an unmodifiable map of name to value, in order; values may be null
   */
  public Map<String, @Nullable Object> asMap() {
    return values;
  }

  /**
   * The names, in order.
   *
   * @return the parameter names, unmodifiable, including those whose value is null
   */
  public Set<String> names() {
    return values.keySet();
  }

  /**
   * Whether there is a parameter with this name (its value may still be null).
   *
   * @param name a parameter name, compared exactly
   * @return true when the parameter is present, even with a null value
   */
  public boolean contains(String name) {
    return values.containsKey(name);
  }

  /**
   * The value of a parameter; empty when absent or null.
   *
   * @param name a parameter name, compared exactly
   * @return the value, or empty when the parameter is absent or its value is null
   */
  public Optional<Object> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /**
   * The value of a parameter as {@code type}; empty when absent or null; throws {@link
   * IllegalStateException} naming both types when the value has another type.
   *
   * @param <T> the type expected
   * @param name a parameter name, compared exactly
   * @param type the class the value must be an instance of (see the class comment for the class of
   *     each declared type, such as {@code Integer.class} for {@code integer})
   * @return the value, or empty when the parameter is absent or its value is null
   * @throws IllegalStateException when the value is not an instance of {@code type}
   */
  public <T> Optional<T> get(String name, Class<T> type) {
    Object v = values.get(name);
    if (v == null) {
      return Optional.empty();
    }
    if (!type.isInstance(v)) {
      throw new IllegalStateException("parameter '" + name + "' is a " + v.getClass().getSimpleName()
          + ", not a " + type.getSimpleName());
    }
    return Optional.of(type.cast(v));
  }

  /**
   * The number of parameters.
   *
   * @return the count, null-valued parameters included
   */
  public int size() {
    return values.size();
  }

  /**
   * Whether there are none.
   *
   * @return true when there is no parameter
   */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Params p && p.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "Params" + values;
  }
}
