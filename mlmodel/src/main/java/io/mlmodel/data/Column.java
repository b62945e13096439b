package io.mlmodel.data;

import io.mlmodel.data.internal.Columns;
import org.jspecify.annotations.Nullable;

/**
 * One named, typed column of a {@link ColumnTable}, like a pandas Series. Each kind keeps its values
 * in a primitive array where it can: {@link DoubleColumn} ({@code float64}), {@link FloatColumn}
 * ({@code float32}), {@link LongColumn} ({@code int64}), {@link IntColumn} ({@code int32}), {@link
 * BooleanColumn} ({@code bool}), {@link DateTimeColumn} ({@code datetime64[ns]}); {@link
 * StringColumn}, {@link BinaryColumn} and {@link ObjectColumn} hold objects (pandas' {@code object}
 * dtype).
 *
 * <p>Missing values follow pandas: NaN in double and float columns, NaT in datetime columns, null in
 * object-like columns and a null flag in boolean columns. Integer columns cannot hold a missing
 * value (pandas turns such a column into floats, and MLflow refuses it for integer types).
 *
 * <p>Columns are immutable and thread-safe. A column used alone is also a model output (a Series).
 */
public sealed interface Column extends PredictOutput
    permits DoubleColumn, FloatColumn, LongColumn, IntColumn, BooleanColumn, StringColumn,
        BinaryColumn, DateTimeColumn, ObjectColumn {

  /**
   * The column's name (its label in the table).
   *
   * @return the name; unique within a {@link ColumnTable}
   */
  String name();

  /**
   * The number of values.
   *
   * @return the number of rows, missing ones included
   */
  int size();

  /**
   * Whether the value at {@code row} is missing (NaN, NaT or null).
   *
   * @param row the row index, from 0
   * @return true when the cell holds no value
   * @throws IndexOutOfBoundsException when {@code row} is not below {@link #size()}
   */
  boolean isNull(int row);

  /**
   * The value at {@code row} boxed, or null when missing: {@link Double}, {@link Float}, {@link
   * Long}, {@link Integer}, {@link Boolean}, {@link String}, {@code byte[]} (a copy), {@link
   * java.time.LocalDateTime}, or for an {@link ObjectColumn} its plain value. Meant for generic code
   * and output, not for hot loops.
   *
   * @param row the row index, from 0
   * @return the boxed cell, or null when it is missing
   * @throws IndexOutOfBoundsException when {@code row} is not below {@link #size()}
   */
  @Nullable Object getObject(int row);

  /**
   * The numpy/pandas dtype name of this column as MLflow reports it in messages: {@code float64},
   * {@code float32}, {@code int64}, {@code int32}, {@code bool}, {@code datetime64[ns]} or {@code
   * object}.
   *
   * @return the dtype name, as in MLflow's enforcement messages
   */
  String dtypeName();

  /**
   * The same values under another name.
   *
   * @param name the new name
   * @return a column of the same type sharing this one's values (columns are immutable)
   */
  Column withName(String name);
}
