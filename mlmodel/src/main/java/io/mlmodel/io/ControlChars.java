package io.mlmodel.io;

/**
 * Text from a model (a key, a value, a column name) made safe to print on a line of a terminal:
 * each control character and each Unicode bidirectional formatting character is written as a
 * backslash, {@code u} and its four hex digits, so that a line break does not split a line, an
 * escape sequence does not reach the terminal as a command, and a bidirectional override does not
 * reorder what the line shows (the "Trojan Source" class, CVE-2021-42574). The CLI's error,
 * finding and summary lines and {@code Schema.toString}'s table use it. Stateless and thread-safe.
 *
 * <pre>{@code
 * ControlChars.escape("a\nb\u001b[2J", false)   // "a\\u000ab\\u001b[2J"
 * ControlChars.escape("x\u202egpj.exe", false)  // "x\\u202egpj.exe"
 * }</pre>
 */
public final class ControlChars {
  private ControlChars() {}

  /**
   * {@code text} with its control and bidirectional formatting characters escaped.
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
    return Character.isISOControl(c) ? !(keepLineBreaks && c == '\n') : c >= 0x061c && isBidiFormat(c);
  }

  /**
   * The characters that change the display order of the text around them: the embeddings and
   * overrides U+202A..U+202E, the isolates U+2066..U+2069, and the marks U+200E, U+200F and U+061C
   * (all in the Basic Multilingual Plane, so a {@code char} is the whole character).
   */
  private static boolean isBidiFormat(int c) {
    return c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069 || c == 0x200e || c == 0x200f || c == 0x061c;
  }
}
