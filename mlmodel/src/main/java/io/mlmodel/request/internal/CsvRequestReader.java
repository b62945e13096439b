package io.mlmodel.request.internal;

import io.mlmodel.InputException;
import io.mlmodel.Location;
import io.mlmodel.data.Column;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.internal.Columns;
import io.mlmodel.data.internal.DataAccess;
import io.mlmodel.enforce.EnforcementOptions;
import io.mlmodel.enforce.internal.BoolSink;
import io.mlmodel.enforce.internal.ColumnTargets;
import io.mlmodel.enforce.internal.ConversionException;
import io.mlmodel.enforce.internal.InferSink;
import io.mlmodel.enforce.internal.Problems;
import io.mlmodel.enforce.internal.PyText;
import io.mlmodel.enforce.internal.Sink;
import io.mlmodel.enforce.internal.Sinks;
import io.mlmodel.request.RequestFormat;
import io.mlmodel.request.ScoringRequest;
import io.mlmodel.signature.ColSpec;
import io.mlmodel.signature.DataType;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A {@code text/csv} body as {@code pandas.read_csv(body, dtype=schema types)} reads it (format
 * reference §6.3): a header row, comma-separated fields, double-quoted fields with {@code ""} for a
 * quote, pandas' missing-value markers ({@code ""}, {@code NA}, {@code NaN}, {@code null}, ...).
 * Columns are typed by the schema, or inferred (int64, float64, bool, string) when there is none.
 * MLflow fails CSV requests for tensor-based schemas and for Array, Object, Map and Any columns,
 * and so does this reader. Internal.
 */
public final class CsvRequestReader {
  private static final Set<String> NA = Set.of("", "#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "-NaN", "-nan",
      "1.#IND", "1.#QNAN", "<NA>", "N/A", "NA", "NULL", "NaN", "None", "n/a", "nan", "null");

  private static final java.util.regex.Pattern INTEGER = java.util.regex.Pattern.compile("[+-]?[0-9]+");

  private final ColumnTargets targets;
  private final EnforcementOptions options;
  private final Reader in;
  private int line = 1;
  /** Fields in the last record, stored or not (a record keeps at most the fields it may have). */
  private int fieldCount;

  public CsvRequestReader(InputStream body, ColumnTargets targets, EnforcementOptions options) {
    this.targets = targets;
    this.options = options;
    this.in = new java.io.BufferedReader(new java.io.InputStreamReader(body, StandardCharsets.UTF_8));
  }

  public ScoringRequest read() {
    if (targets.tensorBased() || targets.columnBased() && targets.schema().columns().stream()
        .anyMatch(c -> !(c.type() instanceof DataType))) {
      throw fail("this model's signature has tensors or Array, Object, Map or Any columns, which have no CSV form");
    }
    List<String> header = record(options.maxColumns() + 1);
    if (header != null) {
      RequestLimits.checkColumns(fieldCount, options, new Location(null, 1, 0, ""));
    }
    if (header == null || header.size() == 1 && header.get(0).isEmpty()) {
      throw fail("No columns to parse from file");
    }
    List<String> names = new ArrayList<>();
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).isEmpty() ? "Unnamed: " + i : header.get(i);
      // pandas renames a repeated header as read_csv does: a, a.1, a.2 (and a.1.1 if a.1 is taken)
      int count = counts.getOrDefault(name, 0);
      while (count > 0) {
        counts.put(name, count + 1);
        name = name + "." + count;
        count = counts.getOrDefault(name, 0);
      }
      counts.put(name, count + 1);
      names.add(name);
    }
    List<Sink> sinks = new ArrayList<>();
    List<ColSpec> specs = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      ColSpec spec = targets.column(names.get(i), i, false);
      specs.add(spec);
      sinks.add(spec == null ? new InferSink() : Sinks.forType(spec.type(), targets.mlflow, !targets.mlflow));
    }
    int rows = 0;
    int at = line;
    for (List<String> rec = record(names.size()); rec != null; at = line, rec = record(names.size())) {
      if (fieldCount == 1 && rec.get(0).isEmpty()) {
        continue;
      }
      if (fieldCount > names.size()) {
        throw fail("Error tokenizing data. C error: Expected " + names.size() + " fields in line " + line + ", saw "
            + fieldCount);
      }
      if ((rows + 1L) * names.size() > options.maxCells()) {
        throw RequestLimits.cells(rows + 1L, names.size(), options, new Location(null, at, 0, "row " + rows));
      }
      for (int c = 0; c < names.size(); c++) {
        String v = c < rec.size() ? rec.get(c) : "";
        try {
          field(v, sinks.get(c), specs.get(c));
        } catch (ConversionException e) {
          throw new InputException(Problems.SCHEMA, new Location(null, line, 0, "row " + rows), names.get(c),
              "Data is not compatible with model signature. Failed to convert column " + names.get(c) + " to type '"
                  + sinks.get(c).target() + "'. Error: '" + e.getMessage() + "'");
        }
      }
      rows++;
    }
    List<Column> cols = new ArrayList<>();
    for (int c = 0; c < names.size(); c++) {
      cols.add(sinks.get(c).column(names.get(c)));
    }
    return new ScoringRequest(RequestFormat.CSV, DataAccess.table(cols, rows, false), Map.of());
  }

  /** One field: a missing marker, a typed value (bool text as pandas reads it) or inferred text. */
  private static void field(String v, Sink sink, ColSpec spec) {
    if (NA.contains(v)) {
      sink.addNull();
      return;
    }
    if (sink instanceof BoolSink || spec == null) {
      String b = v.strip().toLowerCase(Locale.ROOT);
      if (b.equals("true") || b.equals("false")) {
        sink.addBoolean(b.equals("true"));
        return;
      }
    }
    if (spec == null) {
      String s = v.strip();
      if (INTEGER.matcher(s).matches()) {
        try {
          sink.addLong(Long.parseLong(s));
          return;
        } catch (NumberFormatException e) {
          sink.addString(v);
          return;
        }
      }
      Double d = PyText.parseFloat(s);
      if (d != null) {
        sink.addDouble(d);
        return;
      }
    }
    sink.addString(v);
  }

  private InputException fail(String why) {
    return Problems.request(new Location(null, line, 0, ""), null, "Failed to parse input as a Pandas DataFrame."
        + " Ensure that the input is a valid CSV-formatted Pandas DataFrame produced using the"
        + " `pandas.DataFrame.to_csv()` method. Error: '" + why + "'");
  }

  /**
   * The next record's fields, at most {@code max} of them kept (the others only counted in {@link
   * #fieldCount}, so that a line of a million commas builds nothing), or null at the end.
   */
  private List<String> record(int max) {
    try {
      int ch = in.read();
      if (ch < 0) {
        return null;
      }
      List<String> fields = new ArrayList<>();
      fieldCount = 0;
      StringBuilder f = new StringBuilder();
      boolean quoted = false;
      boolean wasQuoted = false;
      while (true) {
        if (ch < 0) {
          if (quoted) {
            throw fail("EOF inside string starting at line " + line);
          }
          add(fields, f, max);
          return fields;
        }
        char c = (char) ch;
        if (quoted) {
          if (c == '"') {
            in.mark(1);
            int next = in.read();
            if (next == '"') {
              f.append('"');
            } else {
              quoted = false;
              in.reset();
            }
          } else {
            if (c == '\n') {
              line++;
            }
            f.append(c);
          }
        } else if (c == '"' && f.length() == 0 && !wasQuoted) {
          quoted = true;
          wasQuoted = true;
        } else if (c == ',') {
          add(fields, f, max);
          wasQuoted = false;
        } else if (c == '\n' || c == '\r') {
          if (c == '\r') {
            in.mark(1);
            if (in.read() != '\n') {
              in.reset();
            }
          }
          line++;
          add(fields, f, max);
          return fields;
        } else {
          f.append(c);
        }
        ch = in.read();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void add(List<String> fields, StringBuilder f, int max) {
    if (fieldCount++ < max) {
      fields.add(f.toString());
    }
    f.setLength(0);
  }
}
