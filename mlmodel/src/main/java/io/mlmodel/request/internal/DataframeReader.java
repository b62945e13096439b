package io.mlmodel.request.internal;

import io.mlmodel.Location;
import io.mlmodel.data.Column;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.internal.DataAccess;
import io.mlmodel.enforce.internal.ConversionException;
import io.mlmodel.enforce.internal.Problems;
import io.mlmodel.enforce.internal.PyRepr;
import io.mlmodel.enforce.internal.ScalarEnforcer;
import io.mlmodel.enforce.internal.Sink;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The {@code dataframe_split} and {@code dataframe_records} forms (and a list of records under
 * {@code inputs}), streamed row by row into one {@link Sink} per column: MLflow's {@code
 * dataframe_from_parsed_json} followed by its per-column cast to the schema.
 *
 * <p>This class holds what the reading of a DataFrame shares: its columns' sinks and labels, made
 * (and padded with nulls for the rows before) when a row first reaches them. The forms are read by
 * {@link DataframeSplit} and {@link DataframeRecords}, and rows of lists by {@link DataframeRows},
 * which work on this object rather than on readers of their own, so that a request allocates no
 * more than this one object for its form. One instance per request, used once, not thread-safe.
 * Internal.
 */
final class DataframeReader {
  final RequestContext cx;
  /** The form's key, {@code dataframe_split}, {@code dataframe_records} or {@code inputs}. */
  final String key;
  /** Whether a binary value's string is base64 to decode (not for records under {@code inputs} in MLflow's mode). */
  final boolean decodeBase64;
  /** The columns' sinks, in position order. */
  final List<Sink> sinks = new ArrayList<>();
  /** The labels of {@code columns}, when given; a column beyond them is labelled by its position. */
  final List<String> labels = new ArrayList<>();
  /** Where the first row of {@code data} starts (outside MLflow's mode), for a later length check. */
  @Nullable Location firstRow;
  /** How many values the first row of {@code data} has. */
  int firstLength;

  DataframeReader(RequestContext cx, String key, boolean decodeBase64) {
    this.cx = cx;
    this.key = key;
    this.decodeBase64 = decodeBase64;
  }

  /** {@code dataframe_split}: the parser is on the value's first token. */
  ColumnTable split() {
    return DataframeSplit.read(this);
  }

  /** {@code dataframe_records} (or a list of records): the parser is on the list's first element. */
  ColumnTable records(boolean firstConsumed) {
    return DataframeRecords.read(this, firstConsumed);
  }

  /** The key path of the rows: {@code dataframe_split.data}, or the records list itself. */
  String rows() {
    return key.equals("dataframe_split") ? key + ".data" : key;
  }

  /** MLflow's sentence for what pandas cannot make a DataFrame of, in this form. */
  String invalid() {
    return "Provided " + key + " field is not a valid dataframe representation in '"
        + (key.equals("dataframe_split") ? "split" : "records") + "' format";
  }

  /** A row of {@code length} values where {@code other} (the columns, or row 0's length) asks another number. */
  String ragged(int row, int length, String other) {
    return invalid() + ": row " + row
        + " has " + length + (length == 1 ? " value" : " values") + " but " + (other.endsWith("columns") ? "there are " : "")
        + other + " (MLflow would fill the missing cells with nulls; --mlflow-compatible does)";
  }

  String label(int c) {
    return c < labels.size() ? labels.get(c) : Integer.toString(c);
  }

  /** Column {@code c}'s sink, made (after the limits are checked) with the columns before it. */
  Sink sink(int c, int row, boolean positional) {
    if (c >= sinks.size()) {
      RequestLimits.checkColumns(c + 1L, cx.options, cx.at(rows() + "[" + row + "][" + c + "]"));
      RequestLimits.checkCells(row + 1L, c + 1L, cx.options, cx.at(rows() + "[" + row + "][" + c + "]"));
    }
    while (sinks.size() <= c) {
      int i = sinks.size();
      sinks.add(padded(label(i), i, positional, row));
    }
    return sinks.get(c);
  }

  /** A new sink for the column, holding a null for each of the {@code rows} rows read before it. */
  Sink padded(String label, int position, boolean positional, int rows) {
    Sink s = cx.targets.columnSink(label, position, positional, decodeBase64);
    try {
      for (int r = 0; r < rows; r++) {
        s.addNull();
      }
    } catch (ConversionException e) {
      throw cx.column(key, label, s.target(), e);
    }
    return s;
  }

  /** {@code data} came before {@code columns}: the columns were inferred and are cast now. */
  void retarget(List<String> columns, boolean intLabels) {
    labels.clear();
    labels.addAll(columns);
    for (int c = 0; c < sinks.size() && c < columns.size(); c++) {
      Column inferred = sinks.get(c).column(columns.get(c));
      Sink s = cx.targets.columnSink(columns.get(c), c, intLabels, decodeBase64);
      try {
        ScalarEnforcer.cast(inferred, s);
      } catch (ConversionException e) {
        throw cx.column(key + ".data", columns.get(c), s.target(), e);
      }
      sinks.set(c, s);
    }
  }

  /** The table of {@code columns}; a name given twice is a bad request. */
  static ColumnTable table(List<Column> columns, int rows, boolean positional) {
    Set<String> seen = new LinkedHashSet<>();
    for (Column c : columns) {
      if (!seen.add(c.name())) {
        throw Problems.request(Location.UNKNOWN, c.name(), "duplicate column name " + PyRepr.str(c.name()));
      }
    }
    return DataAccess.table(columns, rows, positional);
  }
}
