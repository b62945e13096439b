package io.mlmodel.data;

import io.mlmodel.data.internal.Columns;
import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * An {@code int32} column: MLflow's {@code integer}. It has no missing values. Immutable: the
 * factories copy, {@link #buffer()} is read-only, {@link #toArray()} copies.
 */
public final class IntColumn implements Column {
  private final String name;
  private final int[] values;

  IntColumn(String name, int[] values) {
    this.name = Objects.requireNonNull(name, "name");
    this.values = Objects.requireNonNull(values, "values");
  }

  /**
   * A column holding a copy of {@code values}.
   *
   * @param name the column's name (its label in a {@link ColumnTable})
   * @param values the cells, in row order, copied
   * @return a new column of {@code values.length} rows
   */
  public static IntColumn of(String name, int... values) {
    return new IntColumn(name, values.clone());
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
   * The value at {@code row}.
   *
   * @param row the row index, from 0
   * @return the value
   * @throws IndexOutOfBoundsException when {@code row} is not below {@link #size()}
   */
  public int get(int row) {
    return values[row];
  }

  @Override
  public boolean isNull(int row) {
    Objects.checkIndex(row, values.length);
    return false;
  }

  @Override
  public Object getObject(int row) {
    return values[row];
  }

  /**
   * A read-only view of the values, without copying.
   *
   * @return a new read-only buffer over this column's values, positioned at 0 with {@link
   *     #size()} remaining; it has no accessible backing array
   */
  public IntBuffer buffer() {
    return IntBuffer.wrap(values).asReadOnlyBuffer();
  }

  /**
   * A copy of the values.
   *
   * @return a new array of {@link #size()} values in row order, which the caller may change
   */
  public int[] toArray() {
    return values.clone();
  }

  int[] array() {
    return values;
  }

  @Override
  public String dtypeName() {
    return "int32";
  }

  @Override
  public IntColumn withName(String newName) {
    return new IntColumn(newName, values);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IntColumn c && c.name.equals(name) && Arrays.equals(c.values, values);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return name + ": int32" + Columns.preview(this);
  }
}
