package io.mlmodel.write;

import io.mlmodel.yaml.PyYamlResolver;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * The places where snakeyaml-engine's emitter, a port of PyYAML's, decides differently from it,
 * and how {@link EventWriter} steers it back, through the events alone (the emitter is a final
 * class with private state). The other two differences are handled elsewhere: multi-line strings
 * are asked for in single quotes ({@link Represented}), escapes are corrected as they are written
 * ({@link EscapeFixingOutput}), and {@link EventWriter} adds PyYAML's {@code ...} after a plain
 * root scalar.
 *
 * <p>One difference is left, because no choice of events reaches it: the double-quoted writer
 * checks for a line fold after every escaped character except the first, and a character above
 * U+FFFF at the start of a string is two UTF-16 units there, so the check runs once more than in
 * PyYAML. When such a string starts past about column 70 and its second character is escaped too,
 * the line is folded one character earlier (docs/writing.md, "Known differences"). Fixing it would
 * take a copy of the whole emitter, whose state is private.
 */
final class EmitterCompensation {
  /** snakeyaml-engine's upper bound for simple keys; see {@link #keyTag}. */
  static final int KEY_LIMIT = 1024;
  private static final String LONG_TAG = "!" + "k".repeat(KEY_LIMIT - 1);

  private EmitterCompensation() {}

  /**
   * PyYAML writes a key in simple form ({@code key: value}) when it is not empty, has no line
   * break (PyYAML counts U+0085, U+2028 and U+2029 as breaks, snakeyaml-engine, being YAML 1.2,
   * does not) and its prepared tag plus its text is shorter than 128 code points (snakeyaml-engine
   * counts UTF-16 units, so a key with characters above U+FFFF would be judged differently). The
   * emitter adds the length of the tag it is given to the key's length, and never writes a tag
   * that the implicit flags make redundant, so the decision is taken here the PyYAML way and
   * passed on as a one-character tag (simple) or a tag at the emitter's limit (not simple).
   */
  static Optional<String> keyTag(Represented key) {
    String text = key.text();
    boolean tagOmitted = key.tag().equals(Tag.STR) || key.style() == ScalarStyle.PLAIN
        && key.tag().equals(PyYamlResolver.resolvePlain(text));
    if (!tagOmitted || text.isEmpty()) {
      return Optional.of(key.tag().getValue());
    }
    int pyLength = 2 + key.tag().getValue().length() - Tag.PREFIX.length()
        + text.codePointCount(0, text.length());
    return Optional.of(pyLength < 128 && !hasLineBreak(text) ? "!" : LONG_TAG);
  }

  /**
   * Swaps U+2028/U+2029 for U+0085 and queues the escape letters; see {@link EscapeFixingOutput}.
   * U+0085 is a line break and a special character for both emitters, and its escape {@code \N}
   * is as wide as {@code \L} and {@code \P}, so every decision of the emitter stays the same.
   */
  static String lineBreaks(String text, EscapeFixingOutput output) {
    if (!hasUnicodeLineBreak(text)) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
        output.expectLineBreakEscape(c == '\u0085' ? 'N' : c == '\u2028' ? 'L' : 'P');
        c = '\u0085';
      }
      b.append(c);
    }
    return b.toString();
  }

  private static boolean hasUnicodeLineBreak(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  static boolean hasLineBreak(String text) {
    return text.indexOf('\n') >= 0 || hasUnicodeLineBreak(text);
  }
}
