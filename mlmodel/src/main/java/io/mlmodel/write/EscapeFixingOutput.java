package io.mlmodel.write;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import org.snakeyaml.engine.v2.api.StreamDataWriter;

/**
 * Collects the emitter's output and corrects the two places where snakeyaml-engine's escapes in
 * double-quoted scalars differ from PyYAML's.
 *
 * <ul>
 *   <li>Hex digits: snakeyaml-engine writes {@code \xe9}, {@code \u2603}, {@code \U0001f600};
 *       PyYAML writes {@code \xE9}, {@code \u2603}, {@code \U0001F600}. Each escape reaches the
 *       writer as one {@code write(String)} call of exactly that shape (raw text comes through
 *       {@code write(String, int, int)} and never holds a backslash), so it can be recognized.
 *   <li>U+2028 and U+2029: PyYAML writes {@code \L} and {@code \P}, snakeyaml-engine {@code \u2028}.
 *       The width differs, which would move the emitter's line folding, so {@link EventWriter}
 *       hands the emitter U+0085 in their place (also a line break, also escaped, also two columns
 *       wide: {@code \N}) and queues the letter each {@code \N} must become, in document order.
 * </ul>
 */
final class EscapeFixingOutput implements StreamDataWriter {
  private final StringBuilder out = new StringBuilder();
  private final Deque<Character> nextLineBreakEscapes = new ArrayDeque<>();

  /** Records that the next {@code \N} written stands for {@code letter} (N, L or P). */
  void expectLineBreakEscape(char letter) {
    nextLineBreakEscapes.addLast(letter);
  }

  @Override
  public void write(String data) {
    if (data.length() >= 2 && data.charAt(0) == '\\') {
      char kind = data.charAt(1);
      if (data.equals("\\N")) {
        Character letter = nextLineBreakEscapes.pollFirst();
        out.append('\\').append(letter == null ? 'N' : letter);
        return;
      }
      int digits = kind == 'x' ? 2 : kind == 'u' ? 4 : kind == 'U' ? 8 : -1;
      if (digits > 0 && data.length() == 2 + digits) {
        out.append(data, 0, 2).append(data.substring(2).toUpperCase(Locale.ROOT));
        return;
      }
    }
    out.append(data);
  }

  @Override
  public void write(String data, int offset, int length) {
    out.append(data, offset, offset + length);
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
