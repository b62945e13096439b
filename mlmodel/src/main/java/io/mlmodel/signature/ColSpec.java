package io.mlmodel.signature;

import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One column of a column-based {@link Schema} ({@code mlflow.types.ColSpec}): a type, an optional
 * name and whether the column must be present.
 *
 * <p>Two details of MLflow's format are kept so that {@link Schema#toJson()} writes back exactly
 * what was read:
 *
 * <ul>
 *   <li>A name may be a JSON <em>integer</em> (MLflow writes {@code "name": 0} for the output of a
 *       model whose prediction is a pandas Series). {@link #name()} gives its decimal text and
 *       {@link #nameIsInteger()} is true.
 *   <li>A column of any type written without {@code "required"}, or with {@code "required":
 *       null}, is required, as MLflow 2.17.2's {@code ColSpec} makes it, and is written back with
 *       {@code "required": true}; the legacy {@code "optional": b} is {@code required = !b}.
 * </ul>
 *
 * <p>Equality follows MLflow: same type, same name (and name kind), same required flag.
 */
public final class ColSpec {
  private final ColumnType type;
  private final @Nullable String name;
  private final boolean integerName;
  private final boolean required;

  /**
   * A column.
   *
   * @param type its type
   * @param name its name, or null for an unnamed column
   * @param required whether inputs must contain it
   */
  public ColSpec(ColumnType type, @Nullable String name, boolean required) {
    this(type, name, false, required);
  }

  ColSpec(ColumnType type, @Nullable String name, boolean integerName, boolean required) {
    this.type = Objects.requireNonNull(type, "type");
    this.name = name;
    this.integerName = integerName && name != null;
    this.required = required;
  }

  /**
   * A required column named {@code name}.
   *
   * @param name the column name
   * @param type the column type
   * @return the spec
   */
  public static ColSpec of(String name, ColumnType type) {
    return new ColSpec(type, Objects.requireNonNull(name, "name"), true);
  }

  /**
   * An optional column named {@code name}.
   *
   * @param name the column name
   * @param type the column type
   * @return the spec, {@code required: false} in the JSON
   */
  public static ColSpec optional(String name, ColumnType type) {
    return new ColSpec(type, Objects.requireNonNull(name, "name"), false);
  }

  /**
   * A required unnamed column.
   *
   * @param type the column type
   * @return the spec, with no {@code name} key in the JSON
   */
  public static ColSpec unnamed(ColumnType type) {
    return new ColSpec(type, null, true);
  }

  /**
   * A column whose name is the JSON integer {@code name}, as MLflow infers for pandas labels.
   *
   * @param name the integer label, written as a JSON number
   * @param type the column type
   * @param required whether the column must be present
   * @return the spec
   */
  public static ColSpec integerNamed(long name, ColumnType type, boolean required) {
    return new ColSpec(type, Long.toString(name), true, required);
  }

  /**
   * The column type.
   *
   * @return the type, scalar or composite
   */
  public ColumnType type() {
    return type;
  }

  /**
   * The name (for an integer name its decimal text), or null when the column is unnamed.
   *
   * @return the name as text, or null
   */
  public @Nullable String name() {
    return name;
  }

  /**
   * The name, when the column has one.
   *
   * @return the name as text, or empty for an unnamed column
   */
  public Optional<String> optionalName() {
    return Optional.ofNullable(name);
  }

  /**
   * Whether the name is a JSON integer rather than a string.
   *
   * @return true when the JSON holds {@code "name": 0} rather than {@code "name": "0"}
   */
  public boolean nameIsInteger() {
    return integerName;
  }

  /**
   * Whether the column must be present.
   *
   * @return true unless the JSON says {@code "required": false}
   */
  public boolean required() {
    return required;
  }

  /** MLflow's truthiness of the name: a null name, an empty string and the integer 0 are falsy. */
  boolean nameIsTruthy() {
    return name != null && !name.isEmpty() && !(integerName && new BigInteger(name).signum() == 0);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ColSpec c && c.type.equals(type) && Objects.equals(c.name, name)
        && c.integerName == integerName && c.required == required;
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, name, required);
  }

  /** MLflow's notation: {@code 'name': double (required)}. */
  @Override
  public String toString() {
    String flag = required ? "required" : "optional";
    return name == null ? type + " (" + flag + ")" : Names.repr(name, integerName) + ": " + type + " (" + flag + ")";
  }
}
