package io.mlmodel.predict;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Python's reading of numbers from text. */
final class PyText {
  private static final Pattern FLOAT = Pattern.compile(
      "[+-]?(?:(?:[0-9](?:_?[0-9])*)?(?:\\.(?:[0-9](?:_?[0-9])*)?)?(?:[eE][+-]?[0-9](?:_?[0-9])*)?)");

  private PyText() {}

  /** Python's {@code float(s)}, or null when Python would raise. */
  static @Nullable Double parseFloat(String s) {
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
    if (t.isEmpty() || !FLOAT.matcher(t).matches() || !t.matches(".*[0-9].*")
        || t.replaceAll("[eE].*", "").matches("[+-]?\\.?")) {
      return null;
    }
    try {
      return Double.parseDouble(t.replace("_", ""));
    } catch (NumberFormatException e) {
      return null;
    }
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
