package io.mlmodel.request.internal;

import io.mlmodel.enforce.internal.BoolSink;
import io.mlmodel.enforce.internal.PyText;
import io.mlmodel.enforce.internal.Sink;
import io.mlmodel.signature.ColSpec;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One CSV field as {@code pandas.read_csv} types it: one of pandas' missing-value markers is a
 * null, {@code true}/{@code false} (any case, spaces around) is a bool in a bool column or one
 * without a schema, and in a column without a schema an integer or a float is a number; anything
 * else is handed to the column's sink as text, which converts it to the column's type. Stateless.
 * Internal.
 */
final class CsvFields {
  private static final Set<String> NA = Set.of("", "#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "-NaN", "-nan",
      "1.#IND", "1.#QNAN", "<NA>", "N/A", "NA", "NULL", "NaN", "None", "n/a", "nan", "null");

  private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");

  private CsvFields() {}

  /**
   * Adds the field to {@code sink}.
   *
   * @param v the field's text, unquoted
   * @param spec the column's spec, or null when the schema does not name the column (its type is
   *     then inferred)
   * @throws io.mlmodel.enforce.internal.ConversionException when the sink refuses the value
   */
  static void add(String v, Sink sink, @Nullable ColSpec spec) {
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
}
