package io.mlmodel.data;

import io.mlmodel.data.internal.Columns;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A column of plain values (pandas {@code object} dtype): what MLflow's Array, Object, Map and Any
 * columns hold, and what a request column of mixed JSON values is before enforcement. A value is
 * null, {@link Boolean}, {@link Integer}, {@link Long}, {@link Float}, {@link Double}, {@link
 * String}, {@code byte[]}, {@link java.time.LocalDateTime}, {@link java.time.LocalDate}, a {@link
 * java.util.List} or a {@link java.util.Map} with string keys of such values.
 *
 * <p>Values produced by this library are unmodifiable. The array is copied by the factory but the
 * values in it are not: do not modify them afterwards.
 */
public final class ObjectColumn implements Column {
  private final String name;
  private final @Nullable Object[] values;

  ObjectColumn(String name, @Nullable Object[] values) {
    this.name = Objects.requireNonNull(name, "name");
    this.values = Objects.requireNonNull(values, "values");
  }

  /**
   * A column of these values; nulls are missing values.
   *
   * @param name the column's name (its label in a {@link ColumnTable})
   * @param values the cells, in row order, of the kinds the class comment lists; the array is
   *     copied, the values in it are not; a null element is a missing value
   * @return a new column of {@code values.length} rows
   */
  public static ObjectColumn of(String name, @Nullable Object... values) {
    return new ObjectColumn(name, values.clone());
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int size() {
    return values.length;
  }

  /**
   * The value at {@code row}, or null.
   *
   * @param row the row index, from 0
   * @return the value as held (not copied), or null when the cell is missing
   * @throws IndexOutOfBoundsException when {@code row} is not below {@link #size()}
   */
  public @Nullable Object get(int row) {
    return values[row];
  }

  @Override
  public boolean isNull(int row) {
    return values[row] == null;
  }

  @Override
  public @Nullable Object getObject(int row) {
    return values[row];
  }

  @Nullable Object[] array() {
    return values;
  }

  @Override
  public String dtypeName() {
    return "object";
  }

  @Override
  public ObjectColumn withName(String newName) {
    return new ObjectColumn(newName, values);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ObjectColumn c && c.name.equals(name) && Arrays.deepEquals(c.values, values);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + Arrays.deepHashCode(values);
  }

  @Override
  public String toString() {
    return name + ": object" + Columns.preview(this);
  }
}
