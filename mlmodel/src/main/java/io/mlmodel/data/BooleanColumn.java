package io.mlmodel.data;

import io.mlmodel.data.internal.Columns;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A {@code bool} column: MLflow's {@code boolean}. Values are a {@code boolean[]}; a missing value
 * (MLflow passes {@code None} through a boolean column unchanged) is flagged separately and reads as
 * {@code false} from {@link #get(int)}. Immutable.
 */
public final class BooleanColumn implements Column {
  private final String name;
  private final boolean[] values;
  private final boolean @Nullable [] missing;

  BooleanColumn(String name, boolean[] values, boolean @Nullable [] missing) {
    this.name = Objects.requireNonNull(name, "name");
    this.values = Objects.requireNonNull(values, "values");
    this.missing = missing == null || !Columns.any(missing) ? null : missing;
    if (missing != null && missing.length != values.length) {
      throw new IllegalArgumentException("missing flags and values differ in length");
    }
  }

  /**
   * A column holding a copy of {@code values}, none missing.
   *
   * @param name the column's name
   * @param values the cells, copied
   * @return a new column of {@code values.length} rows
   */
  public static BooleanColumn of(String name, boolean... values) {
    return new BooleanColumn(name, values.clone(), null);
  }

  /**
   * A column from boxed values in which null means missing.
   *
   * @param name the column's name
   * @param values the cells, copied; null marks a missing value
   * @return a new column of {@code values.length} rows
   */
  public static BooleanColumn ofNullable(String name, @Nullable Boolean... values) {
    boolean[] v = new boolean[values.length];
    boolean[] m = new boolean[values.length];
    for (int i = 0; i < values.length; i++) {
      m[i] = values[i] == null;
      v[i] = values[i] != null && values[i];
    }
    return new BooleanColumn(name, v, m);
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
   * The value at {@code row}; false when it is missing.
   *
   * @param row the row index, from 0
   * @return the cell's value; check {@link #isNull(int)} to tell a missing value from false
   * @throws IndexOutOfBoundsException when {@code row} is not below {@link #size()}
   */
  public boolean get(int row) {
    return values[row];
  }

  @Override
  public boolean isNull(int row) {
    Objects.checkIndex(row, values.length);
    return missing != null && missing[row];
  }

  /**
   * Whether any value is missing.
   *
   * @return true when at least one row is missing, so that {@link #toArray()} alone does not tell every value
   */
  public boolean hasMissing() {
    return missing != null;
  }

  @Override
  public @Nullable Object getObject(int row) {
    return isNull(row) ? null : values[row];
  }

  /**
   * A copy of the values (false where missing).
   *
   * @return a new array of {@link #size()} values, which the caller may change
   */
  public boolean[] toArray() {
    return values.clone();
  }

  boolean[] array() {
    return values;
  }

  @Override
  public String dtypeName() {
    return missing == null ? "bool" : "object";
  }

  @Override
  public BooleanColumn withName(String newName) {
    return new BooleanColumn(newName, values, missing);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BooleanColumn c && c.name.equals(name) && Arrays.equals(c.values, values)
        && Arrays.equals(c.missing, missing);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return name + ": " + dtypeName() + Columns.preview(this);
  }
}
