package io.mlmodel.io;

/**
 * Text from a model (a key, a value, a column name) made safe to print on a line of a terminal:
 * each control character is written as a backslash, {@code u} and its four hex digits, so that a
 * line break does not split a line and an escape sequence does not reach the terminal as a command.
 * The CLI's error, finding and summary lines and {@code Schema.toString}'s table use it. Stateless
 * and thread-safe.
 *
 * <pre>{@code
 * ControlChars.escape("a\nb\u001b[2J", false)   // "a\\u000ab\\u001b[2J"
 * }</pre>
 */
public final class ControlChars {
  private ControlChars() {}

  /**
   * {@code text} with its control characters escaped.
   *
   * @param text any text
   * @param keepLineBreaks whether {@code '\n'} stays as it is (for text of several lines, whose
   *     other control characters are escaped)
   * @return {@code text} itself when it holds nothing to escape, else its escaped copy
   */
  public static String escape(String text, boolean keepLineBreaks) {
    if (text.chars().noneMatch(c -> escaped(c, keepLineBreaks))) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(c -> out.append(escaped(c, keepLineBreaks) ? String.format("\\u%04x", c)
        : Character.toString(c)));
    return out.toString();
  }

  private static boolean escaped(int c, boolean keepLineBreaks) {
    return Character.isISOControl(c) && !(keepLineBreaks && c == '\n');
  }
}
