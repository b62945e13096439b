package io.mlmodel.data;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A table of named, typed columns of equal length: MLflow's pandas DataFrame. Column order is kept
 * and names are unique. Immutable and thread-safe.
 *
 * <p>A table built from a request without column names (a {@code dataframe_split} without {@code
 * columns}, a CSV body is always named) has <em>positional</em> labels {@code "0"}, {@code "1"}, ...
 * ({@link #positional()}): like pandas' integer labels they match only an unnamed schema or
 * integer-named columns, never string names.
 *
 * <pre>{@code
 * ColumnTable t = ColumnTable.builder()
 *     .addDoubles("x", 1.5, 2.0)
 *     .addStrings("name", "a", "b")
 *     .build();
 * }</pre>
 */
public final class ColumnTable implements PredictInput, PredictOutput {
  private final List<Column> columns;
  private final Map<String, Column> byName;
  private final int rows;
  private final boolean positional;

  private ColumnTable(List<Column> columns, int rows, boolean positional) {
    this.columns = List.copyOf(columns);
    this.rows = rows;
    this.positional = positional;
    Map<String, Column> map = new LinkedHashMap<>();
    for (Column c : this.columns) {
      if (map.put(c.name(), c) != null) {
        throw new IllegalArgumentException("duplicate column name '" + c.name() + "'");
      }
      if (c.size() != rows) {
        throw new IllegalArgumentException("column '" + c.name() + "' has " + c.size()
            + " values but the table has " + rows + " rows");
      }
    }
    this.byName = Collections.unmodifiableMap(map);
  }

  /**
   * A table of these columns (all of one length, unique names).
   *
   * @param columns the columns, in order
   * @return the table
   * @throws IllegalArgumentException when two columns share a name or the lengths differ
   */
  public static ColumnTable of(List<? extends Column> columns) {
    return new ColumnTable(new ArrayList<>(columns), columns.isEmpty() ? 0 : columns.get(0).size(), false);
  }

  /**
   * A table of these columns.
   *
   * @param columns the columns, in order
   * @return the table
   * @throws IllegalArgumentException when two columns share a name or the lengths differ
   */
  public static ColumnTable of(Column... columns) {
    return of(List.of(columns));
  }

  /**
   * A table with no columns and {@code rows} rows (what pandas makes of empty records).
   *
   * @param rows the number of rows, {@code 0} or more
   * @return a table with {@code rows} rows and no columns
   */
  public static ColumnTable empty(int rows) {
    return new ColumnTable(List.of(), rows, false);
  }

  /**
   * A table whose columns have positional labels ({@code "0"}, {@code "1"}, ...), as pandas gives
   * a frame built without column names.
   *
   * @param columns the columns, in order; their own names are replaced by their positions
   * @return the table, {@link #positional()} true
   * @throws IllegalArgumentException when the lengths differ
   */
  public static ColumnTable positional(List<? extends Column> columns) {
    List<Column> named = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      named.add(columns.get(i).withName(Integer.toString(i)));
    }
    return new ColumnTable(named, columns.isEmpty() ? 0 : columns.get(0).size(), true);
  }

  static ColumnTable of(List<Column> columns, int rows, boolean positional) {
    return new ColumnTable(columns, rows, positional);
  }

  /**
   * A builder for a table with named columns.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The columns, in order; unmodifiable.
   *
   * @return the columns; an unmodifiable list
   */
  public List<Column> columns() {
    return columns;
  }

  /**
   * The column names, in order.
   *
   * @return the names (or positional labels), in column order
   */
  public List<String> names() {
    return List.copyOf(byName.keySet());
  }

  /**
   * The column with this name, if any.
   *
   * @param name the column's name, compared exactly
   * @return the column, or empty when the table has none of that name
   */
  public Optional<Column> column(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /**
   * The column with this name as the column type its values have, for reading them without boxing:
   * {@code table.column("score", DoubleColumn.class).get(row)}.
   *
   * @throws IllegalArgumentException when there is no such column (the message lists the columns)
   * @throws IllegalStateException when the column is of another type (the message names its dtype)
   * @param <C> the column type
   * @param name the column name
   * @param type the column class, such as {@code DoubleColumn.class}
   * @return the column
   */
  public <C extends Column> C column(String name, Class<C> type) {
    Column c = Cells.column(this, name);
    if (!type.isInstance(c)) {
      throw new IllegalStateException("column '" + name + "' is a " + c.getClass().getSimpleName() + " ("
          + c.dtypeName() + "), not a " + type.getSimpleName());
    }
    return type.cast(c);
  }

  /**
   * The number at {@code row} of column {@code column}: float64 as is, float32 and the integer
   * types widened (a long beyond 2<sup>53</sup> rounds); NaN for a missing value.
   *
   * @throws IllegalArgumentException when there is no such column
   * @throws IndexOutOfBoundsException when {@code row} is not a row of the table
   * @throws IllegalStateException when the value is not a number (a string, a date...)
   * @param row the row, from 0
   * @param column the column name
   * @return the number, NaN when missing
   */
  public double getDouble(int row, String column) {
    return Cells.toDouble(Cells.cell(this, row, column), Cells.where(row, column));
  }

  /**
   * The integer at {@code row} of column {@code column} (an int64 or int32 column, or integers in
   * an object column).
   *
   * @throws IllegalArgumentException when there is no such column
   * @throws IndexOutOfBoundsException when {@code row} is not a row of the table
   * @throws IllegalStateException when the value is missing or not an integer
   * @param row the row, from 0
   * @param column the column name
   * @return the integer
   */
  public long getLong(int row, String column) {
    return Cells.toLong(Cells.cell(this, row, column), Cells.where(row, column));
  }

  /**
   * The boolean at {@code row} of column {@code column}.
   *
   * @throws IllegalArgumentException when there is no such column
   * @throws IndexOutOfBoundsException when {@code row} is not a row of the table
   * @throws IllegalStateException when the value is missing or not a boolean
   * @param row the row, from 0
   * @param column the column name
   * @return the boolean
   */
  public boolean getBoolean(int row, String column) {
    return Cells.toBoolean(Cells.cell(this, row, column), Cells.where(row, column));
  }

  /**
   * The string at {@code row} of column {@code column}, or null when the value is missing.
   *
   * @throws IllegalArgumentException when there is no such column
   * @throws IndexOutOfBoundsException when {@code row} is not a row of the table
   * @throws IllegalStateException when the value is not a string
   * @param row the row, from 0
   * @param column the column name
   * @return the string, or null
   */
  public @Nullable String getString(int row, String column) {
    return Cells.toText(Cells.cell(this, row, column), Cells.where(row, column), true);
  }

  /**
   * The value at {@code row} of column {@code column}, boxed as {@link Column#getObject} gives it,
   * or null when missing.
   *
   * @throws IllegalArgumentException when there is no such column
   * @throws IndexOutOfBoundsException when {@code row} is not a row of the table
   * @param row the row, from 0
   * @param column the column name
   * @return the value, or null
   */
  public @Nullable Object getObject(int row, String column) {
    return Cells.cell(this, row, column);
  }

  /**
   * Whether the labels are positional (see the class comment).
   *
   * @return true when the labels are the positions {@code "0"}, {@code "1"}, ... rather than names
   */
  public boolean positional() {
    return positional;
  }

  /**
   * The number of rows.
   *
   * @return the length shared by every column ({@code 0} or more, also for a table without columns)
   */
  public int rowCount() {
    return rows;
  }

  @Override
  public long rows() {
    return rows;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ColumnTable t && t.rows == rows && t.positional == positional && t.columns.equals(columns);
  }

  @Override
  public int hashCode() {
    return Objects.hash(columns, rows);
  }

  @Override
  public String toString() {
    return "ColumnTable" + columns + " (" + rows + " rows)";
  }

  /**
   * Builds a {@link ColumnTable}; every {@code add...} of values copies them ({@link #addObjects}
   * copies the array, not the values in it; {@link #add} takes the immutable column as it is). Not
   * thread-safe.
   */
  public static final class Builder {
    private final List<Column> columns = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a column.
     *
     * @param column the next column; a taken name or a different length fails at {@link #build()}
     * @return this builder
     */
    public Builder add(Column column) {
      columns.add(Objects.requireNonNull(column, "column"));
      return this;
    }

    /**
     * Adds a {@code double} column.
     *
     * @param name the column's name; a name already added fails at {@link #build()}
     * @param values the cells in row order, copied into a {@link DoubleColumn}; NaN marks a
     *     missing value
     * @return this builder
     */
    public Builder addDoubles(String name, double... values) {
      return add(DoubleColumn.of(name, values));
    }

    /**
     * Adds a {@code float} column.
     *
     * @param name the column's name; a name already added fails at {@link #build()}
     * @param values the cells in row order, copied into a {@link FloatColumn}; NaN marks a
     *     missing value
     * @return this builder
     */
    public Builder addFloats(String name, float... values) {
      return add(FloatColumn.of(name, values));
    }

    /**
     * Adds a {@code long} column.
     *
     * @param name the column's name; a name already added fails at {@link #build()}
     * @param values the cells in row order, copied into a {@link LongColumn}
     * @return this builder
     */
    public Builder addLongs(String name, long... values) {
      return add(LongColumn.of(name, values));
    }

    /**
     * Adds an {@code integer} column.
     *
     * @param name the column's name; a name already added fails at {@link #build()}
     * @param values the cells in row order, copied into an {@link IntColumn}
     * @return this builder
     */
    public Builder addInts(String name, int... values) {
      return add(IntColumn.of(name, values));
    }

    /**
     * Adds a {@code boolean} column.
     *
     * @param name the column's name; a name already added fails at {@link #build()}
     * @param values the cells in row order, copied into a {@link BooleanColumn} with none missing
     * @return this builder
     */
    public Builder addBooleans(String name, boolean... values) {
      return add(BooleanColumn.of(name, values));
    }

    /**
     * Adds a {@code string} column; nulls are missing values.
     *
     * @param name the column's name; a name already added fails at {@link #build()}
     * @param values the cells in row order, copied into a {@link StringColumn}
     * @return this builder
     */
    public Builder addStrings(String name, @Nullable String... values) {
      return add(StringColumn.of(name, values));
    }

    /**
     * Adds a {@code binary} column; nulls are missing values.
     *
     * @param name the column's name; a name already added fails at {@link #build()}
     * @param values the cells in row order, each array copied into a {@link BinaryColumn}
     * @return this builder
     */
    public Builder addBinary(String name, byte @Nullable []... values) {
      return add(BinaryColumn.of(name, values));
    }

    /**
     * Adds a {@code datetime} column; nulls are missing values.
     *
     * @param name the column's name; a name already added fails at {@link #build()}
     * @param values the cells in row order, converted to nanoseconds in a {@link
     *     DateTimeColumn}; {@link DateTimeColumn#toNanos} says which date-times fit (others throw
     *     {@link ArithmeticException} here)
     * @return this builder
     */
    public Builder addDateTimes(String name, @Nullable LocalDateTime... values) {
      return add(DateTimeColumn.of(name, values));
    }

    /**
     * Adds a column of plain values (arrays, objects, maps, anything).
     *
     * @param name the column's name; a name already added fails at {@link #build()}
     * @param values the cells in row order, put in an {@link ObjectColumn} (the array is copied,
     *     the values are not); null marks a missing value
     * @return this builder
     */
    public Builder addObjects(String name, @Nullable Object... values) {
      return add(ObjectColumn.of(name, values));
    }

    /**
     * The table; throws {@link IllegalArgumentException} when names repeat or lengths differ.
     *
     * @return a new table of the columns added so far, in the order added; the builder stays usable
     *     and later additions do not change this table
     * @throws IllegalArgumentException when two columns share a name or differ in length
     */
    public ColumnTable build() {
      return ColumnTable.of(columns);
    }
  }
}
