package io.mlmodel.request.internal;

import io.mlmodel.InputException;
import io.mlmodel.Location;
import io.mlmodel.data.Column;
import io.mlmodel.data.internal.DataAccess;
import io.mlmodel.enforce.EnforcementOptions;
import io.mlmodel.enforce.internal.ColumnTargets;
import io.mlmodel.enforce.internal.ConversionException;
import io.mlmodel.enforce.internal.InferSink;
import io.mlmodel.enforce.internal.Problems;
import io.mlmodel.enforce.internal.Sink;
import io.mlmodel.enforce.internal.Sinks;
import io.mlmodel.request.RequestFormat;
import io.mlmodel.request.ScoringRequest;
import io.mlmodel.signature.ColSpec;
import io.mlmodel.signature.DataType;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code text/csv} body as {@code pandas.read_csv(body, dtype=schema types)} reads it (format
 * reference §6.3): a header row, comma-separated fields, double-quoted fields with {@code ""} for a
 * quote, pandas' missing-value markers ({@code ""}, {@code NA}, {@code NaN}, {@code null}, ...).
 * Columns are typed by the schema, or inferred (int64, float64, bool, string) when there is none.
 * MLflow fails CSV requests for tensor-based schemas and for Array, Object, Map and Any columns,
 * and so does this reader. The records are split by {@link CsvRecords} and each field typed by
 * {@link CsvFields}; this class names the columns and checks the limits. Stateless. Internal.
 */
public final class CsvRequestReader {
  private CsvRequestReader() {}

  /**
   * Reads the body to its end.
   *
   * @param body the body, already limited to the request's size
   * @param targets the columns the signature asks for
   * @param options the request limits and MLflow's mode
   * @return the request, of format CSV, with empty params
   * @throws InputException code {@code bad-request}, {@code limit} or {@code schema-mismatch}, as
   *     {@link io.mlmodel.request.ScoringRequests#decodeCsv} says
   */
  public static ScoringRequest read(InputStream body, ColumnTargets targets, EnforcementOptions options) {
    CsvRecords records = new CsvRecords(body);
    if (targets.tensorBased() || targets.columnBased() && targets.schema().columns().stream()
        .anyMatch(c -> !(c.type() instanceof DataType))) {
      throw records.fail("this model's signature has tensors or Array, Object, Map or Any columns, which have no CSV"
          + " form");
    }
    List<String> header = records.next(options.maxColumns() + 1);
    if (header != null) {
      RequestLimits.checkColumns(records.fieldCount(), options, new Location(null, 1, 0, ""));
    }
    if (header == null || header.size() == 1 && header.get(0).isEmpty()) {
      throw records.fail("No columns to parse from file");
    }
    List<String> names = names(header);
    List<Sink> sinks = new ArrayList<>();
    List<ColSpec> specs = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      ColSpec spec = targets.column(names.get(i), i, false);
      specs.add(spec);
      sinks.add(spec == null ? new InferSink() : Sinks.forType(spec.type(), targets.mlflow, !targets.mlflow));
    }
    int rows = 0;
    int at = records.line();
    for (List<String> rec = records.next(names.size()); rec != null; at = records.line(),
        rec = records.next(names.size())) {
      if (records.fieldCount() == 1 && rec.get(0).isEmpty()) {
        continue;
      }
      if (records.fieldCount() > names.size()) {
        throw records.fail("Error tokenizing data. C error: Expected " + names.size() + " fields in line "
            + records.line() + ", saw " + records.fieldCount());
      }
      if ((rows + 1L) * names.size() > options.maxCells()) {
        throw RequestLimits.cells(rows + 1L, names.size(), options, new Location(null, at, 0, "row " + rows));
      }
      for (int c = 0; c < names.size(); c++) {
        String v = c < rec.size() ? rec.get(c) : "";
        try {
          CsvFields.add(v, sinks.get(c), specs.get(c));
        } catch (ConversionException e) {
          throw new InputException(Problems.SCHEMA, new Location(null, records.line(), 0, "row " + rows), names.get(c),
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

  /** The header's names as pandas makes them: {@code Unnamed: i} for an empty one, a repeated one renamed. */
  private static List<String> names(List<String> header) {
    List<String> names = new ArrayList<>();
    Map<String, Integer> counts = new HashMap<>();
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
    return names;
  }
}
