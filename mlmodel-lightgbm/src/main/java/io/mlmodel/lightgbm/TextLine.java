package io.mlmodel.lightgbm;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import java.nio.file.Path;

/**
 * One line of a LightGBM text model, {@code key=value} as LightGBM splits it (at the first {@code
 * =}; a line without one is a key with an empty value), with its position for located errors. The
 * values of an array line are read as LightGBM reads them: separated by spaces, empty pieces
 * skipped.
 *
 * @param file the model file, for errors
 * @param number the 1-based line number
 * @param start the offset of the line's first character in the text
 * @param end the offset just after its last character (before the line end)
 * @param key the text before the first {@code =}, or the whole line
 * @param valueColumn the 1-based column of the value's first character
 * @param value the text after the first {@code =}, or empty
 * @param assignment whether the line has an {@code =}
 * @param scope what the line belongs to in messages, such as {@code Tree=3}; empty in the header
 */
record TextLine(Path file, int number, int start, int end, String key, int valueColumn, String value,
    boolean assignment, String scope) {

  static TextLine of(Path file, int number, int start, String line, String scope) {
    int eq = line.indexOf('=');
    return eq < 0 ? new TextLine(file, number, start, start + line.length(), line, line.length() + 1, "", false, scope)
        : new TextLine(file, number, start, start + line.length(), line.substring(0, eq), eq + 2,
            line.substring(eq + 1), true, scope);
  }

  /** A {@code lightgbm-load} error located at this line's value; {@code index} -1 names the whole value. */
  ModelException error(int index, int column, String problem) {
    String path = (scope.isEmpty() ? "" : scope + ".") + key + (index < 0 ? "" : "[" + index + "]");
    return new ModelException("lightgbm-load", new Location(file, number, column, path), problem);
  }

  /** The value as one integer. */
  int intValue() {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw error(-1, valueColumn, "'" + value + "' is not an integer");
    }
  }

  /**
   * The values of an array line as integers; exactly {@code count} of them. The count is checked
   * before anything is allocated, so a huge declared count costs nothing.
   */
  int[] ints(int count) {
    checkCount(count(), count);
    int[] out = new int[count];
    int n = 0;
    int i = 0;
    while (i < value.length()) {
      if (value.charAt(i) == ' ') {
        i++;
        continue;
      }
      int from = i;
      while (i < value.length() && value.charAt(i) != ' ') {
        i++;
      }
      try {
        out[n++] = Integer.parseInt(value, from, i, 10);
      } catch (NumberFormatException e) {
        throw error(n - 1, valueColumn + from, "'" + value.substring(from, i) + "' is not an integer");
      }
    }
    return out;
  }

  /** How many values an array line holds. */
  int count() {
    int n = 0;
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) != ' ' && (i == 0 || value.charAt(i - 1) == ' ')) {
        n++;
      }
    }
    return n;
  }

  void checkCount(long n, long count) {
    if (n != count) {
      throw error(-1, valueColumn, n + " values where " + count + " are needed");
    }
  }

  /** The 1-based column of the {@code index}-th value of an array line. */
  int column(int index) {
    int n = -1;
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) != ' ' && (i == 0 || value.charAt(i - 1) == ' ') && ++n == index) {
        return valueColumn + i;
      }
    }
    return valueColumn;
  }

  /** The {@code index}-th value of an array line, as text. */
  String token(int index) {
    int from = column(index) - valueColumn;
    int to = value.indexOf(' ', from);
    return value.substring(from, to < 0 ? value.length() : to);
  }
}
