package io.mlmodel.example;

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

  public DataFrameExample {
    columns = List.copyOf(columns);
    List<List<@Nullable Object>> copy = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).size() != columns.size()) {
        throw new IllegalArgumentException("row " + i + " has " + rows.get(i).size() + " values for "
            + columns.size() + " columns");
      }
      copy.add(Collections.unmodifiableList(new ArrayList<>(rows.get(i))));
    }
    rows = Collections.unmodifiableList(copy);
    paramsOrNull = paramsOrNull == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(paramsOrNull));
  }

  /** The number of rows. */
  public int rowCount() {
    return rows.size();
  }

  /**
   * The values of the column {@code name}, top to bottom.
   *
   * @throws IllegalArgumentException when there is no such column
   */
  public List<@Nullable Object> column(String name) {
    int index = columns.indexOf(name);
    if (index < 0) {
      throw new IllegalArgumentException("no column '" + name + "'; the columns are " + columns);
    }
    return column(index);
  }

  /** The values of the column at {@code index}, top to bottom. */
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

  /** The frame as records, one ordered map per row (the {@code dataframe_records} form). */
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
