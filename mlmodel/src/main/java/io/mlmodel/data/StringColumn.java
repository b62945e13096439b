package io.mlmodel.data;

import io.mlmodel.data.internal.Columns;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A column of strings: MLflow's {@code string} (pandas {@code object} dtype). Null marks a missing
 * value. Immutable: the factory copies the array.
 */
public final class StringColumn implements Column {
  private final String name;
  private final @Nullable String[] values;

  StringColumn(String name, @Nullable String[] values) {
    this.name = Objects.requireNonNull(name, "name");
    this.values = Objects.requireNonNull(values, "values");
  }

  /**
   * A column holding a copy of {@code values}; nulls are missing values.
   *
   * @param name the column's name (its label in a {@link ColumnTable})
   * @param values the cells, in row order, copied; a null element is a missing value
   * @return a new column of {@code values.length} rows
   */
  public static StringColumn of(String name, @Nullable String... values) {
    return new StringColumn(name, values.clone());
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
   * The value at {@code row}, or null when missing.
   *
   * @param row the row index, from 0
   * @return the string, or null when the cell is missing
   * @throws IndexOutOfBoundsException when {@code row} is not below {@link #size()}
   */
  public @Nullable String get(int row) {
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

  /**
   * A copy of the values.
   *
   * @return a new array of {@link #size()} strings in row order, null where missing, which the
   *     caller may change
   */
  public @Nullable String[] toArray() {
    return values.clone();
  }

  @Nullable String[] array() {
    return values;
  }

  @Override
  public String dtypeName() {
    return "object";
  }

  @Override
  public StringColumn withName(String newName) {
    return new StringColumn(newName, values);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StringColumn c && c.name.equals(name) && Arrays.equals(c.values, values);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return name + ": string" + Columns.preview(this);
  }
}
