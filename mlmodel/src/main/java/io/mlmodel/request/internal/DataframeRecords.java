package io.mlmodel.request.internal;

import io.mlmodel.data.Column;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.enforce.internal.ConversionException;
import io.mlmodel.enforce.internal.PyRepr;
import io.mlmodel.enforce.internal.Sink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonToken;

/**
 * The {@code dataframe_records} list (and a list of records under {@code inputs}): one object a
 * row, a column for each key in the order keys are first met, a null in every row that lacks a
 * key. A list of values instead of records is read as pandas reads it, as positional columns
 * ({@link DataframeRows}). Stateless; the columns are kept by the {@link DataframeReader} it is
 * given. Internal.
 */
final class DataframeRecords {
  private DataframeRecords() {}

  /**
   * Reads the list.
   *
   * @param firstConsumed whether the parser is already on the first record (else on the list)
   */
  static ColumnTable read(DataframeReader in, boolean firstConsumed) {
    RequestContext cx = in.cx;
    if (!firstConsumed) {
      JsonToken t = cx.p.currentToken();
      if (t != JsonToken.START_ARRAY) {
        throw cx.bad(in.key, "Dataframe records format must be a list of records. Got " + (t == JsonToken.START_OBJECT
            ? "dictionary" : "type <class '" + PlainJson.typeName(t) + "'>") + ".");
      }
      JsonToken first = cx.p.nextToken();
      if (first != JsonToken.START_OBJECT && first != JsonToken.END_ARRAY) {
        // pandas' DataFrame(data=[...]) of values or lists: positional columns, as dataframe_split
        // without columns, which the enforcement then finds missing the inputs
        int rows = DataframeRows.read(in, null, false, true);
        List<Column> out = new ArrayList<>();
        for (int c = 0; c < in.sinks.size(); c++) {
          out.add(in.sinks.get(c).column(Integer.toString(c)));
        }
        return DataframeReader.table(out, rows, true);
      }
    }
    return records(in);
  }

  /** The parser is on the first record (or the list's {@code END_ARRAY}). */
  private static ColumnTable records(DataframeReader in) {
    RequestContext cx = in.cx;
    String key = in.key;
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
          Sink s = byName.get(name);
          if (s == null) {
            RequestLimits.checkColumns(byName.size() + 1L, cx.options, cx.at(key + "[" + r + "]." + name));
            RequestLimits.checkCells(r + 1L, byName.size() + 1L, cx.options, cx.at(key + "[" + r + "]." + name));
            s = in.padded(name, byName.size(), false, r);
            byName.put(name, s);
          }
          if (s.size() > r) {
            throw cx.bad(key + "[" + r + "]." + name, "duplicate key " + PyRepr.str(name) + " in a record");
          }
          PlainJson.feed(cx.p, s);
        }
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
    return DataframeReader.table(out, r, false);
  }
}
