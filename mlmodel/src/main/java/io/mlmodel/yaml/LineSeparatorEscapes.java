package io.mlmodel.yaml;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * PyYAML's {@code \L} (U+2028) and {@code \P} (U+2029) escapes, which YAML 1.1 defines and PyYAML
 * writes (so does our writer, to give MLflow's bytes) but snakeyaml-engine, a YAML 1.2 scanner,
 * refuses as unknown escapes. Only the scanner knows whether a {@code \L} sits in a double-quoted
 * scalar (elsewhere it is two plain characters), so the reader lets it fail and then rewrites the
 * escapes of the double-quoted scalar it failed in: each {@code \L} or {@code \P} becomes the
 * character itself, which YAML 1.2 allows raw in a double-quoted scalar, and the text is parsed
 * again. Each retry fixes one whole scalar, so the retries are bounded by {@link #MAX_SCALARS}.
 */
final class LineSeparatorEscapes {
  /** How many double-quoted scalars with these escapes one document may hold. */
  static final int MAX_SCALARS = 100;

  private LineSeparatorEscapes() {}

  /**
   * The text with the escapes of the scalar that {@code e} failed in replaced, or null when
   * {@code e} is not about a {@code \L} or {@code \P} escape.
   */
  static @Nullable String fix(String text, MarkedYamlEngineException e) {
    String problem = e.getProblem() == null ? "" : e.getProblem();
    Optional<Mark> mark = e.getProblemMark();
    if (!(problem.contains("escape") && (problem.endsWith("L(76)") || problem.endsWith("P(80)")))
        || mark.isEmpty()) {
      return null;
    }
    int at = text.offsetByCodePoints(0, Math.min(mark.get().getIndex(), text.codePointCount(0, text.length())));
    // The mark is at the escape's letter or at its backslash, depending on the scanner's version.
    int backslash = at < text.length() && text.charAt(at) == '\\' ? at : at - 1;
    if (backslash < 0 || text.charAt(backslash) != '\\') {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length());
    out.append(text, 0, backslash);
    int i = backslash;
    while (i < text.length() && text.charAt(i) != '"') {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        char next = text.charAt(i + 1);
        if (next == 'L' || next == 'P') {
          out.append(next == 'L' ? '\u2028' : '\u2029');
        } else {
          out.append(c).append(next);
        }
        i += 2;
      } else {
        out.append(c);
        i++;
      }
    }
    out.append(text, i, text.length());
    return out.toString();
  }
}
