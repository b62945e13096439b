package io.mlmodel.io;

/** How Python compares text, where Java differs. */
public final class PythonText {
  private PythonText() {}

  /**
   * Compares as Python compares {@code str}: by code point. Java's {@link String#compareTo}
   * compares UTF-16 units, which orders characters above U+FFFF differently. Sorted keys
   * (PyYAML's sort_keys) and sorted Object properties (MLflow) depend on this order.
   *
   * @param a the first string
   * @param b the second string
   * @return a negative number, zero or a positive number as {@code a} sorts before, equal to or
   *     after {@code b} in code point order; a string sorts before every longer string it begins
   */
  public static int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
