package io.mlmodel.enforce.internal;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Python's reading of numbers from text. */
public final class PyText {
  private PyText() {}

  /** Python's {@code float(s)}, or null when Python would raise. */
  public static @Nullable Double parseFloat(String s) {
    String t = s.strip();
    String lower = t.toLowerCase(Locale.ROOT);
    String body = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
    boolean negative = lower.startsWith("-");
    if (body.equals("nan")) {
      return Double.NaN;
    }
    if (body.equals("inf") || body.equals("infinity")) {
      return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (!isFloatSyntax(t)) {
      return null;
    }
    try {
      return Double.parseDouble(t.replace("_", ""));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * Python's float literal syntax ({@code [+-]? mantissa exponent?}, digits may be grouped by single
   * underscores), scanned by hand: a regular expression recursed once per digit, so a long number
   * overflowed the stack, and cost a compilation per call.
   */
  static boolean isFloatSyntax(String t) {
    int n = t.length();
    int i = 0;
    if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
      i++;
    }
    int end = digits(t, i);
    boolean mantissa = end > i;
    i = end;
    if (i < n && t.charAt(i) == '.') {
      end = digits(t, ++i);
      mantissa |= end > i;
      i = end;
    }
    if (!mantissa) {
      return false;
    }
    if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
      i++;
      if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
        i++;
      }
      end = digits(t, i);
      if (end == i) {
        return false;
      }
      i = end;
    }
    return i == n;
  }

  /** The end of the digits (single underscores between them allowed) starting at {@code i}. */
  private static int digits(String t, int i) {
    int n = t.length();
    if (i >= n || !isDigit(t.charAt(i))) {
      return i;
    }
    i++;
    while (i < n) {
      if (isDigit(t.charAt(i))) {
        i++;
      } else if (t.charAt(i) == '_' && i + 1 < n && isDigit(t.charAt(i + 1))) {
        i += 2;
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** {@code v} rounded to float16 precision, widened back to float. */
  static float toHalfPrecision(double v) {
    float f = (float) v;
    if (Float.isNaN(f) || Float.isInfinite(f) || f == 0) {
      return f;
    }
    if (Math.abs(f) >= 65520f) {
      return f > 0 ? Float.POSITIVE_INFINITY : Float.NEGATIVE_INFINITY;
    }
    int exp = Math.max(Math.getExponent(f), -14);
    float ulp = (float) Math.scalb(1.0, exp - 10);
    return Math.round(f / ulp) * ulp;
  }
}
