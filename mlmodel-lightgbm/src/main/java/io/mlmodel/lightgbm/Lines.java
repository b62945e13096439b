package io.mlmodel.lightgbm;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The lines of a LightGBM text model, one after the other, split as LightGBM splits them: a line
 * ends at {@code \n}, {@code \r} or {@code \r\n}, so an empty line is one with nothing before its
 * end. Used by one thread while loading.
 */
final class Lines {
  private final String text;
  private final Path file;
  private int pos;
  private int number;

  Lines(String text, Path file) {
    this.text = text;
    this.file = file;
  }

  /** {@return the next line, in {@code scope} (such as {@code Tree=3}, or empty), or null at the end} */
  @Nullable TextLine next(String scope) {
    if (pos >= text.length()) {
      return null;
    }
    int start = pos;
    int end = start;
    while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
      end++;
    }
    number++;
    TextLine line = TextLine.of(file, number, start, text.substring(start, end), scope);
    pos = after(line);
    return line;
  }

  /** {@return the offset just after {@code line}'s line end} */
  int after(TextLine line) {
    int at = line.end();
    if (at < text.length() && text.charAt(at) == '\r') {
      at++;
    }
    if (at < text.length() && text.charAt(at) == '\n') {
      at++;
    }
    return at;
  }

  /** {@return the 1-based line of the character at {@code offset}} */
  static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
        line++;
      }
    }
    return line;
  }
}
