package io.mlmodel.request.internal;

import io.mlmodel.Location;
import io.mlmodel.data.Column;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.internal.DataAccess;
import io.mlmodel.enforce.EnforcementOptions;
import io.mlmodel.enforce.internal.ConversionException;
import io.mlmodel.enforce.internal.Problems;
import io.mlmodel.enforce.internal.PyRepr;
import io.mlmodel.enforce.internal.ScalarEnforcer;
import io.mlmodel.enforce.internal.Sink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonToken;

/**
 * The {@code dataframe_split} and {@code dataframe_records} forms (and a list of records under
 * {@code inputs}), streamed row by row into one {@link Sink} per column: MLflow's {@code
 * dataframe_from_parsed_json} followed by its per-column cast to the schema. Internal.
 */
final class DataframeReader {
  private final RequestContext cx;
  private final boolean decodeBase64;
  private final String key;
  private final List<Sink> sinks = new ArrayList<>();
  private final List<String> labels = new ArrayList<>();
  private @Nullable Location firstRow;
  private int firstLength;

  DataframeReader(RequestContext cx, String key, boolean decodeBase64) {
    this.cx = cx;
    this.key = key;
    this.decodeBase64 = decodeBase64;
  }

  /** {@code dataframe_split}: the parser is on the value's first token. */
  ColumnTable split() {
    JsonToken t = cx.p.currentToken();
    if (t != JsonToken.START_OBJECT) {
      throw cx.bad(key, "Dataframe split format must be a dictionary. Got " + (t == JsonToken.START_ARRAY ? "list"
          : "type <class '" + PlainJson.typeName(t) + "'>") + ".");
    }
    List<String> columns = null;
    boolean intLabels = false;
    int rows = -1;
    long index = -1;
    Set<String> keys = new LinkedHashSet<>();
    String name;
    while ((name = cx.p.nextName()) != null) {
      cx.p.nextToken();
      if (!keys.add(name)) {
        // json.loads would keep the last one; the rows of the first are already in the sinks.
        throw cx.bad(key + "." + name, "duplicate key " + PyRepr.str(name) + " in " + key);
      }
      if (name.equals("columns") && cx.p.currentToken() == JsonToken.VALUE_NULL) {
        continue; // pandas' columns=None: the positional labels, as without the key
      } else if (name.equals("columns")) {
        Object v = cx.p.currentToken() == JsonToken.START_ARRAY ? columnLabels() : PlainJson.read(cx.p);
        if (!(v instanceof List<?> l)) {
          throw cx.bad(key + ".columns", "Provided dataframe_split field is not a valid dataframe representation in"
              + " 'split' format. Error: 'columns must be a list'");
        }
        columns = new ArrayList<>();
        intLabels = !l.isEmpty();
        for (Object c : l) {
          intLabels &= c instanceof Long;
          columns.add(String.valueOf(c));
        }
        if (rows >= 0) {
          retarget(columns, intLabels);
        }
      } else if (name.equals("data")) {
        rows = data(columns, intLabels, false);
      } else if (name.equals("index")) {
        Object v = PlainJson.read(cx.p);
        index = v instanceof List<?> l ? l.size() : 1;
      } else {
        cx.p.skipChildren();
      }
    }
    keys.removeAll(List.of("columns", "data", "index"));
    if (rows < 0 || !keys.isEmpty()) {
      StringJoiner got = new StringJoiner(", ", "{", "}");
      keys.forEach(k -> got.add(PyRepr.str(k)));
      throw cx.bad(key, "Dataframe split format must have 'data' field and optionally 'columns' and 'index' fields."
          + " Got " + got + ".'");
    }
    int ncols = columns == null ? sinks.size() : columns.size();
    if (firstRow != null && columns != null && rows > 0 && firstLength < ncols) {
      // columns came after data: every row has the first row's length, checked while reading
      throw Problems.request(firstRow, null, ragged(0, firstLength, ncols + " columns"));
    }
    // pandas pads ragged rows to the longest one, which must then fill every column
    if (sinks.size() > ncols || (rows > 0 && sinks.size() < ncols)) {
      throw cx.bad(key, "Provided dataframe_split field is not a valid dataframe representation in 'split' format."
          + " Error: '" + ncols + " columns passed, passed data had " + sinks.size() + " columns'");
    }
    if (index >= 0 && index != rows) {
      throw cx.bad(key, "Provided dataframe_split field is not a valid dataframe representation in 'split' format."
          + " Error: 'Shape of passed values is (" + rows + ", " + ncols + "), indices imply (" + index + ", " + ncols
          + ")'");
    }
    List<Column> out = new ArrayList<>();
    for (int c = 0; c < ncols; c++) {
      String label = columns == null ? Integer.toString(c) : columns.get(c);
      Sink s = c < sinks.size() ? sinks.get(c) : padded(label, c, columns == null || intLabels, rows);
      out.add(s.column(label));
    }
    return table(out, rows, columns == null || intLabels);
  }

  /** The {@code columns} list, stopped as soon as it names more columns than allowed. */
  private List<@Nullable Object> columnLabels() {
    List<@Nullable Object> l = new ArrayList<>();
    while (cx.p.nextToken() != JsonToken.END_ARRAY) {
      RequestLimits.checkColumns(l.size() + 1L, cx.options, cx.at(key + ".columns[" + l.size() + "]"));
      l.add(PlainJson.read(cx.p));
    }
    return l;
  }

  /** The rows of {@code data}; {@code firstRead}: the parser is already on the first row. */
  private int data(@Nullable List<String> columns, boolean intLabels, boolean firstRead) {
    JsonToken start = firstRead ? JsonToken.START_ARRAY : cx.p.currentToken();
    if (start != JsonToken.START_ARRAY && start != JsonToken.VALUE_NULL) {
      throw cx.bad(key + ".data", "Provided dataframe_split field is not a valid dataframe representation in 'split'"
          + " format. Error: 'data must be a list of rows'");
    }
    if (columns != null) {
      labels.addAll(columns);
    }
    if (start == JsonToken.VALUE_NULL) {
      return 0; // pandas' data=None: no rows, as data=[]
    }
    boolean positional = columns == null || intLabels;
    // Safe mode: pandas fills a short row with nulls, even in a required column; refuse it instead.
    int expected = columns == null ? -1 : columns.size();
    int r = 0;
    int c = 0;
    boolean listRows = false;
    try {
      for (JsonToken t = firstRead ? cx.p.currentToken() : cx.p.nextToken(); t != JsonToken.END_ARRAY;
          t = cx.p.nextToken()) {
        c = 0;
        @Nullable Location rowAt = cx.mlflow() ? null : cx.at(rows() + "[" + r + "]");
        JsonToken row = cx.p.currentToken();
        listRows |= r == 0 && row == JsonToken.START_ARRAY;
        if (row == JsonToken.START_ARRAY && listRows) {
          while (cx.p.nextToken() != JsonToken.END_ARRAY) {
            PlainJson.feed(cx.p, sink(c, r, positional));
            c++;
          }
        } else if (listRows && row != JsonToken.START_OBJECT && row != JsonToken.VALUE_STRING) {
          // pandas takes the rows as lists when the first one is, and then asks each one its len();
          // when it is not, every row is one cell, a list included
          throw cx.bad(rows() + "[" + r + "]", invalid() + ". Error: 'object of type '" + PlainJson.typeName(row)
              + "' has no len()'");
        } else {
          PlainJson.feed(cx.p, sink(c, r, positional));
          c++;
        }
        if (rowAt != null) {
          if (r == 0) {
            firstRow = rowAt;
            firstLength = c;
          }
          if (columns != null ? c < expected : c != firstLength) {
            throw Problems.request(rowAt, null, ragged(r, c, columns != null ? expected + " columns"
                : "row 0 has " + firstLength));
          }
        }
        for (; c < sinks.size(); c++) {
          sinks.get(c).addNull();
        }
        r++;
        if ((long) r * sinks.size() > cx.options.maxCells()) {
          throw RequestLimits.cells(r, sinks.size(), cx.options, cx.at(rows() + "[" + (r - 1) + "]"));
        }
      }
    } catch (ConversionException e) {
      throw cx.column(rows() + "[" + r + "][" + c + "]", label(c), sinks.get(c).target(), e);
    }
    return r;
  }

  /** The key path of the rows: {@code dataframe_split.data}, or the records list itself. */
  private String rows() {
    return key.equals("dataframe_split") ? key + ".data" : key;
  }

  /** MLflow's sentence for what pandas cannot make a DataFrame of, in this form. */
  private String invalid() {
    return "Provided " + key + " field is not a valid dataframe representation in '"
        + (key.equals("dataframe_split") ? "split" : "records") + "' format";
  }

  private String ragged(int row, int length, String other) {
    return invalid() + ": row " + row
        + " has " + length + (length == 1 ? " value" : " values") + " but " + (other.endsWith("columns") ? "there are " : "")
        + other + " (MLflow would fill the missing cells with nulls; --mlflow-compatible does)";
  }

  private String label(int c) {
    return c < labels.size() ? labels.get(c) : Integer.toString(c);
  }

  private Sink sink(int c, int row, boolean positional) {
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

  private Sink padded(String label, int position, boolean positional, int rows) {
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
  private void retarget(List<String> columns, boolean intLabels) {
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

  /** {@code dataframe_records} (or a list of records): the parser is on the list's first element. */
  ColumnTable records(boolean firstConsumed) {
    if (!firstConsumed) {
      JsonToken t = cx.p.currentToken();
      if (t != JsonToken.START_ARRAY) {
        throw cx.bad(key, "Dataframe records format must be a list of records. Got " + (t == JsonToken.START_OBJECT
            ? "dictionary" : "type <class '" + PlainJson.typeName(t) + "'>") + ".");
      }
      JsonToken first = cx.p.nextToken();
      if (first != JsonToken.START_OBJECT && first != JsonToken.END_ARRAY) {
        // pandas' DataFrame(data=[...]) of values or lists: positional columns, as dataframe_split
        // without columns, which the enforcement then finds missing the inputs
        int rows = data(null, false, true);
        List<Column> out = new ArrayList<>();
        for (int c = 0; c < sinks.size(); c++) {
          out.add(sinks.get(c).column(Integer.toString(c)));
        }
        return table(out, rows, true);
      }
    }
    Map<String, Sink> byName = new LinkedHashMap<>();
    int r = 0;
    String name = null;
    try {
      for (JsonToken t = cx.p.currentToken(); t != JsonToken.END_ARRAY; t = cx.p.nextToken()) {
        if (t != JsonToken.START_OBJECT) {
          throw cx.bad(key + "[" + r + "]", "Provided " + key + " field is not a valid dataframe representation in"
              + " 'records' format. Error: 'expected a record (an object), got " + PlainJson.typeName(t) + "'");
        }
        while ((name = cx.p.nextName()) != null) {
          cx.p.nextToken();
          final int row = r;
          final String n = name;
          Sink s = byName.get(name);
          if (s == null) {
            RequestLimits.checkColumns(byName.size() + 1L, cx.options, cx.at(key + "[" + r + "]." + name));
            RequestLimits.checkCells(r + 1L, byName.size() + 1L, cx.options, cx.at(key + "[" + r + "]." + name));
            s = padded(n, byName.size(), false, row);
            byName.put(name, s);
          }
          if (s.size() > r) {
            throw cx.bad(key + "[" + r + "]." + name, "duplicate key " + PyRepr.str(name) + " in a record");
          }
          PlainJson.feed(cx.p, s);
        }
        name = null;
        for (Map.Entry<String, Sink> e : byName.entrySet()) {
          if (e.getValue().size() == r) {
            name = e.getKey();
            e.getValue().addNull();
          }
        }
        name = null;
        r++;
        if ((long) r * byName.size() > cx.options.maxCells()) {
          throw RequestLimits.cells(r, byName.size(), cx.options, cx.at(key + "[" + (r - 1) + "]"));
        }
      }
    } catch (ConversionException e) {
      Sink s = name == null ? null : byName.get(name);
      throw cx.column(key + "[" + r + "]" + (name == null ? "" : "." + name), String.valueOf(name),
          s == null ? "?" : s.target(), e);
    }
    List<Column> out = new ArrayList<>();
    byName.forEach((k, s) -> out.add(s.column(k)));
    return table(out, r, false);
  }

  private static ColumnTable table(List<Column> columns, int rows, boolean positional) {
    Set<String> seen = new LinkedHashSet<>();
    for (Column c : columns) {
      if (!seen.add(c.name())) {
        throw Problems.request(io.mlmodel.Location.UNKNOWN, c.name(), "duplicate column name " + PyRepr.str(c.name()));
      }
    }
    return DataAccess.table(columns, rows, positional);
  }
}
