package io.mlmodel.example;

import io.mlmodel.io.FrozenValues;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A pandas DataFrame example ({@code type: dataframe}), row by row.
 *
 * <p>When the file has no {@code columns} (a frame with default 0..n-1 columns, {@code
 * pandas_orient: values}), the columns are named {@code "0"}, {@code "1"}, ... and {@link
 * #namedColumns()} is false. Column names written as JSON numbers are given as their text.
 *
 * @param columns the column names, in order
 * @param rows the rows; each has exactly one value per column
 * @param namedColumns whether the file named the columns
 * @param paramsOrNull the saved inference params, or null
 */
public record DataFrameExample(
    List<String> columns,
    List<List<@Nullable Object>> rows,
    boolean namedColumns,
    @Nullable Map<String, @Nullable Object> paramsOrNull) implements InputExample {

  /**
   * Keeps deeply unmodifiable copies of the columns, of the rows and their values, and of the params.
   *
   * @param columns the column names, in order; no null entry
   * @param rows the rows, top to bottom; each has exactly one value per column, and a value may be
   *     null; copied deeply, so later changes to the caller's rows or nested values do not show
   * @param namedColumns whether the file named the columns
   * @param paramsOrNull the saved inference params, or null when the example has none
   * @throws IllegalArgumentException when a row does not have one value per column
   * @throws NullPointerException when {@code columns} holds a null
   */
  public DataFrameExample {
    columns = List.copyOf(columns);
    rows = FrozenValues.copyList(rows);
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).size() != columns.size()) {
        throw new IllegalArgumentException("row " + i + " has " + rows.get(i).size() + " values for "
            + columns.size() + " columns");
      }
    }
    paramsOrNull = paramsOrNull == null ? null : FrozenValues.copyMap(paramsOrNull);
  }

  /**
   * The number of rows.
   *
   * @return the size of {@link #rows()}, 0 for an empty frame
   */
  public int rowCount() {
    return rows.size();
  }

  /**
   * The values of the column {@code name}, top to bottom.
   *
   * @param name the column name, as {@link #columns()} spells it (case-sensitive; {@code "0"},
   *     {@code "1"}, ... when the file named no columns)
   * @return an unmodifiable list of the column's values, one per row, nulls kept; empty when the
   *     frame has no rows
   * @throws IllegalArgumentException when there is no such column
   */
  public List<@Nullable Object> column(String name) {
    int index = columns.indexOf(name);
    if (index < 0) {
      throw new IllegalArgumentException("no column '" + name + "'; the columns are " + columns);
    }
    return column(index);
  }

  /**
   * The values of the column at {@code index}, top to bottom.
   *
   * @param index the column's position in {@link #columns()}, from 0
   * @return an unmodifiable list of the column's values, one per row, nulls kept; empty when the
   *     frame has no rows
   * @throws IndexOutOfBoundsException when {@code index} is negative or not less than the number
   *     of columns and the frame has at least one row
   */
  public List<@Nullable Object> column(int index) {
    List<@Nullable Object> out = new ArrayList<>(rows.size());
    for (List<@Nullable Object> row : rows) {
      out.add(row.get(index));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The column {@code name} decoded as binary: MLflow stores {@code bytes} values as base64 text
   * (with line breaks). Nulls stay null.
   *
   * @param name the column name, as {@link #columns()} spells it
   * @return an unmodifiable list with the decoded bytes of each row (a new array per value), or
   *     null where the value is null
   * @throws IllegalArgumentException when there is no such column or a value is not base64 text
   */
  public List<byte @Nullable []> binaryColumn(String name) {
    List<byte @Nullable []> out = new ArrayList<>(rows.size());
    for (Object value : column(name)) {
      if (value == null) {
        out.add(null);
      } else if (value instanceof String s) {
        out.add(InputExamples.decodeBinary(s));
      } else {
        throw new IllegalArgumentException("column '" + name + "' holds " + value + ", not base64 text");
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The frame as records, one ordered map per row (the {@code dataframe_records} form).
   *
   * @return an unmodifiable list with one unmodifiable map per row, from column name to value in
   *     column order, null values kept as entries; empty when the frame has no rows
   */
  public List<Map<String, @Nullable Object>> records() {
    List<Map<String, @Nullable Object>> out = new ArrayList<>(rows.size());
    for (List<@Nullable Object> row : rows) {
      Map<String, @Nullable Object> record = new LinkedHashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        record.put(columns.get(i), row.get(i));
      }
      out.add(Collections.unmodifiableMap(record));
    }
    return Collections.unmodifiableList(out);
  }
}
