package io.mlmodel.data;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A column of byte strings: MLflow's {@code binary} (pandas {@code object} dtype holding {@code
 * bytes}). Null marks a missing value. Immutable: the factory and {@link #get(int)} copy.
 */
public final class BinaryColumn implements Column {
  private final String name;
  private final byte @Nullable [][] values;

  BinaryColumn(String name, byte @Nullable [][] values) {
    this.name = Objects.requireNonNull(name, "name");
    this.values = Objects.requireNonNull(values, "values");
  }

  /**
   * A column holding copies of {@code values}; nulls are missing values.
   *
   * @param name the column's name
   * @param values the cells, copied; a null array is a missing value
   * @return a new column of {@code values.length} rows
   */
  public static BinaryColumn of(String name, byte @Nullable []... values) {
    byte[][] copy = new byte[values.length][];
    for (int i = 0; i < values.length; i++) {
      copy[i] = values[i] == null ? null : values[i].clone();
    }
    return new BinaryColumn(name, copy);
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
   * A copy of the bytes at {@code row}, or null when missing.
   *
   * @param row the row index, from 0
   * @return a fresh copy of the cell's bytes, or null when the cell is missing
   * @throws IndexOutOfBoundsException when {@code row} is not below {@link #size()}
   */
  public byte @Nullable [] get(int row) {
    byte[] v = values[row];
    return v == null ? null : v.clone();
  }

  @Override
  public boolean isNull(int row) {
    return values[row] == null;
  }

  @Override
  public @Nullable Object getObject(int row) {
    return get(row);
  }

  byte @Nullable [][] array() {
    return values;
  }

  @Override
  public String dtypeName() {
    return "object";
  }

  @Override
  public BinaryColumn withName(String newName) {
    return new BinaryColumn(newName, values);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BinaryColumn c && c.name.equals(name) && Arrays.deepEquals(c.values, values);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + Arrays.deepHashCode(values);
  }

  @Override
  public String toString() {
    return name + ": binary[" + values.length + "]";
  }
}
