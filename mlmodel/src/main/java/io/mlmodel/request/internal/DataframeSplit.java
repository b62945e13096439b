package io.mlmodel.request.internal;

import io.mlmodel.data.Column;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.enforce.internal.Problems;
import io.mlmodel.enforce.internal.PyRepr;
import io.mlmodel.enforce.internal.Sink;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonToken;

/**
 * The {@code dataframe_split} object: its {@code columns}, {@code data} and {@code index} in any
 * order (rows read before {@code columns} are inferred, then cast once the labels are known), and
 * pandas' checks of their shapes, in pandas' words as MLflow reports them. Stateless; the columns
 * are kept by the {@link DataframeReader} it is given. Internal.
 */
final class DataframeSplit {
  private DataframeSplit() {}

  /** The parser is on the value's first token; it ends on the object's {@code END_OBJECT}. */
  static ColumnTable read(DataframeReader in) {
    RequestContext cx = in.cx;
    String key = in.key;
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
        Object v = cx.p.currentToken() == JsonToken.START_ARRAY ? columnLabels(in) : PlainJson.read(cx.p);
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
          in.retarget(columns, intLabels);
        }
      } else if (name.equals("data")) {
        rows = DataframeRows.read(in, columns, intLabels, false);
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
    return table(in, columns, intLabels, rows, index);
  }

  /** The {@code columns} list, stopped as soon as it names more columns than allowed. */
  private static List<@Nullable Object> columnLabels(DataframeReader in) {
    RequestContext cx = in.cx;
    List<@Nullable Object> l = new ArrayList<>();
    while (cx.p.nextToken() != JsonToken.END_ARRAY) {
      RequestLimits.checkColumns(l.size() + 1L, cx.options, cx.at(in.key + ".columns[" + l.size() + "]"));
      l.add(PlainJson.read(cx.p));
    }
    return l;
  }

  /** The table, once the shapes of {@code data}, {@code columns} and {@code index} agree as pandas asks. */
  private static ColumnTable table(DataframeReader in, @Nullable List<String> columns, boolean intLabels, int rows,
      long index) {
    RequestContext cx = in.cx;
    String key = in.key;
    List<Sink> sinks = in.sinks;
    int ncols = columns == null ? sinks.size() : columns.size();
    if (in.firstRow != null && columns != null && rows > 0 && in.firstLength < ncols) {
      // columns came after data: every row has the first row's length, checked while reading
      throw Problems.request(in.firstRow, null, in.ragged(0, in.firstLength, ncols + " columns"));
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
      Sink s = c < sinks.size() ? sinks.get(c) : in.padded(label, c, columns == null || intLabels, rows);
      out.add(s.column(label));
    }
    return DataframeReader.table(out, rows, columns == null || intLabels);
  }
}
