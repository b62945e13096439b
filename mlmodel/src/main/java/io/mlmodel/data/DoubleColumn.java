package io.mlmodel.data;

import io.mlmodel.data.internal.Columns;
import java.nio.DoubleBuffer;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A {@code float64} column: MLflow's {@code double}. NaN marks a missing value, as in pandas.
 * Immutable: the factories copy, {@link #buffer()} is read-only, {@link #toArray()} copies.
 */
public final class DoubleColumn implements Column {
  private final String name;
  private final double[] values;

  DoubleColumn(String name, double[] values) {
    this.name = Objects.requireNonNull(name, "name");
    this.values = Objects.requireNonNull(values, "values");
  }

  /**
   * A column holding a copy of {@code values}.
   *
   * @param name the column's name (its label in a {@link ColumnTable})
   * @param values the cells, in row order, copied; NaN marks a missing value
   * @return a new column of {@code values.length} rows
   */
  public static DoubleColumn of(String name, double... values) {
    return new DoubleColumn(name, values.clone());
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
   * The value at {@code row} (NaN when missing).
   *
   * @param row the row index, from 0
   * @return the value; NaN when it is missing
   * @throws IndexOutOfBoundsException when {@code row} is not below {@link #size()}
   */
  public double get(int row) {
    return values[row];
  }

  @Override
  public boolean isNull(int row) {
    return Double.isNaN(values[row]);
  }

  @Override
  public @Nullable Object getObject(int row) {
    return isNull(row) ? null : values[row];
  }

  /**
   * A read-only view of the values, without copying.
   *
   * @return a new read-only buffer over this column's values, positioned at 0 with {@link
   *     #size()} remaining; it has no accessible backing array
   */
  public DoubleBuffer buffer() {
    return DoubleBuffer.wrap(values).asReadOnlyBuffer();
  }

  /**
   * A copy of the values.
   *
   * @return a new array of {@link #size()} values in row order, which the caller may change
   */
  public double[] toArray() {
    return values.clone();
  }

  double[] array() {
    return values;
  }

  @Override
  public String dtypeName() {
    return "float64";
  }

  @Override
  public DoubleColumn withName(String newName) {
    return new DoubleColumn(newName, values);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DoubleColumn c && c.name.equals(name) && Arrays.equals(c.values, values);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return name + ": float64" + Columns.preview(this);
  }
}
