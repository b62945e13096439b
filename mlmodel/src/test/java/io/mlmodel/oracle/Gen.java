package io.mlmodel.oracle;

import java.util.List;
import java.util.SplittableRandom;

/** A seeded source of choices shared by the case generators: the same seed gives the same cases. */
class Gen {
  final SplittableRandom r;

  Gen(long seed) {
    this.r = new SplittableRandom(seed);
  }

  boolean p(double probability) {
    return r.nextDouble() < probability;
  }

  int between(int lo, int hi) {
    return lo + r.nextInt(hi - lo + 1);
  }

  <T> T pick(List<T> items) {
    return items.get(r.nextInt(items.size()));
  }

  @SafeVarargs
  final <T> T of(T... items) {
    return items[r.nextInt(items.length)];
  }

  /** Python's {@code json.dumps} of a string (ensure_ascii), or with raw non-ASCII when {@code raw}. */
  static String jsonString(String s, boolean raw) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || (c > 0x7e && !raw)) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  /** A short string, sometimes with YAML or JSON traps and non-ASCII text. */
  String text() {
    return of("a", "x", "name", "col_1", "yes", "no", "on", "null", "1", "1.5", "true", "é", "中文", "naïve text",
        "with space", "with: colon", "#hash", "quote'd", "dq\"x", "back\\slash", "tab\there", "emoji 😀", "", "-",
        "2024-01-01", "0x1F", "~", "line\nbreak", "Ω", "ü:ß");
  }
}
