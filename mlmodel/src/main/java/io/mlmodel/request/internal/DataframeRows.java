package io.mlmodel.request.internal;

import io.mlmodel.Location;
import io.mlmodel.enforce.internal.ConversionException;
import io.mlmodel.enforce.internal.Problems;
import io.mlmodel.enforce.internal.Sink;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonToken;

/**
 * The rows of a DataFrame given as a list: {@code dataframe_split.data}, or a {@code
 * dataframe_records} list of values rather than records. Each row is a list of cells (when the
 * first row is) or one cell, streamed into the {@link DataframeReader}'s sinks. Outside MLflow's
 * mode a short row (against {@code columns}, or without them any row of another length than row 0)
 * is refused, where pandas would pad it with nulls. Every cell of a {@code dataframe_split} request
 * passes through this loop ({@code DecodeBenchmark} measures it). Stateless. Internal.
 */
final class DataframeRows {
  private DataframeRows() {}

  /**
   * Reads the rows into {@code in}'s sinks.
   *
   * @param columns the labels of {@code columns} when it came first, else null
   * @param intLabels whether those labels are all integers (positional, as pandas reads them)
   * @param firstRead whether the parser is already on the first row (else on the list itself)
   * @return the number of rows read
   */
  static int read(DataframeReader in, @Nullable List<String> columns, boolean intLabels, boolean firstRead) {
    RequestContext cx = in.cx;
    List<Sink> sinks = in.sinks;
    JsonToken start = firstRead ? JsonToken.START_ARRAY : cx.p.currentToken();
    if (start != JsonToken.START_ARRAY && start != JsonToken.VALUE_NULL) {
      throw cx.bad(in.key + ".data", "Provided dataframe_split field is not a valid dataframe representation in 'split'"
          + " format. Error: 'data must be a list of rows'");
    }
    if (columns != null) {
      in.labels.addAll(columns);
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
        @Nullable Location rowAt = cx.mlflow() ? null : cx.at(in.rows() + "[" + r + "]");
        JsonToken row = cx.p.currentToken();
        listRows |= r == 0 && row == JsonToken.START_ARRAY;
        if (row == JsonToken.START_ARRAY && listRows) {
          while (cx.p.nextToken() != JsonToken.END_ARRAY) {
            PlainJson.feed(cx.p, in.sink(c, r, positional));
            c++;
          }
        } else if (listRows && row != JsonToken.START_OBJECT && row != JsonToken.VALUE_STRING) {
          // pandas takes the rows as lists when the first one is, and then asks each one its len();
          // when it is not, every row is one cell, a list included
          throw cx.bad(in.rows() + "[" + r + "]", in.invalid() + ". Error: 'object of type '" + PlainJson.typeName(row)
              + "' has no len()'");
        } else {
          PlainJson.feed(cx.p, in.sink(c, r, positional));
          c++;
        }
        if (rowAt != null) {
          if (r == 0) {
            in.firstRow = rowAt;
            in.firstLength = c;
          }
          if (columns != null ? c < expected : c != in.firstLength) {
            throw Problems.request(rowAt, null, in.ragged(r, c, columns != null ? expected + " columns"
                : "row 0 has " + in.firstLength));
          }
        }
        for (; c < sinks.size(); c++) {
          sinks.get(c).addNull();
        }
        r++;
        if ((long) r * sinks.size() > cx.options.maxCells()) {
          throw RequestLimits.cells(r, sinks.size(), cx.options, cx.at(in.rows() + "[" + (r - 1) + "]"));
        }
      }
    } catch (ConversionException e) {
      throw cx.column(in.rows() + "[" + r + "][" + c + "]", in.label(c), sinks.get(c).target(), e);
    }
    return r;
  }
}
