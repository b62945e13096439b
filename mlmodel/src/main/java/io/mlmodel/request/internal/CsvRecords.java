package io.mlmodel.request.internal;

import io.mlmodel.InputException;
import io.mlmodel.Location;
import io.mlmodel.enforce.internal.Problems;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The records of a CSV body as {@code pandas.read_csv} splits them: comma-separated fields, a field
 * that starts with a double quote runs to the closing one (line breaks included, {@code ""} for a
 * quote), and a record ends at {@code \n}, {@code \r\n} or {@code \r}. Counts lines for the errors,
 * which it words as MLflow does for a body pandas cannot read. One instance per body, not
 * thread-safe. Internal.
 */
final class CsvRecords {
  private final Reader in;
  private int line = 1;
  /** Fields in the last record, stored or not (a record keeps at most the fields it may have). */
  private int fieldCount;

  CsvRecords(InputStream body) {
    this.in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
  }

  /** The line the reading has reached: after a record, the line of the next one. */
  int line() {
    return line;
  }

  /** How many fields the last record has, the ones {@link #next} did not keep included. */
  int fieldCount() {
    return fieldCount;
  }

  /** MLflow's answer to a body pandas cannot read, at the current line. */
  InputException fail(String why) {
    return Problems.request(new Location(null, line, 0, ""), null, "Failed to parse input as a Pandas DataFrame."
        + " Ensure that the input is a valid CSV-formatted Pandas DataFrame produced using the"
        + " `pandas.DataFrame.to_csv()` method. Error: '" + why + "'");
  }

  /**
   * The next record's fields, at most {@code max} of them kept (the others only counted in {@link
   * #fieldCount}, so that a line of a million commas builds nothing), or null at the end.
   */
  @Nullable List<String> next(int max) {
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
