package io.mlmodel.write;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's {@code repr(float)} and PyYAML's {@code represent_float} on top of it. Python prints
 * the shortest decimal that reads back as the same double (David Gay's algorithm, nearest such
 * decimal when several have that length); Java 17's {@link Double#toString} is not always the
 * shortest (JDK-4511638, fixed in 19), so the digits are searched here with exact arithmetic.
 */
final class PythonFloat {
  private PythonFloat() {}

  /** The YAML text PyYAML writes for {@code d}: {@code .nan}, {@code .inf}, {@code 1.0e+16}... */
  static String yaml(double d) {
    if (Double.isNaN(d)) {
      return ".nan";
    } else if (d == Double.POSITIVE_INFINITY) {
      return ".inf";
    } else if (d == Double.NEGATIVE_INFINITY) {
      return "-.inf";
    }
    String value = repr(d);
    // PyYAML's own fix: the YAML 1.1 float pattern needs a dot, so 1e+16 becomes 1.0e+16.
    if (value.indexOf('.') < 0 && value.indexOf('e') >= 0) {
      value = value.replaceFirst("e", ".0e");
    }
    return value;
  }

  /** Python's {@code repr(d)} for a finite double. */
  static String repr(double d) {
    if (d == 0) {
      return (1 / d < 0) ? "-0.0" : "0.0";
    }
    String sign = d < 0 ? "-" : "";
    BigDecimal exact = new BigDecimal(Math.abs(d));
    BigDecimal digits = shortest(exact, Math.abs(d));
    // digits = unscaled * 10^-scale; Python's decpt: value = 0.DIGITS * 10^decpt
    String s = digits.unscaledValue().toString();
    int decpt = s.length() - digits.scale();
    if (decpt <= -4 || decpt > 16) {
      String mantissa = s.length() == 1 ? s : s.charAt(0) + "." + s.substring(1);
      int exp = decpt - 1;
      return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }
    StringBuilder out = new StringBuilder(sign);
    if (decpt <= 0) {
      out.append("0.").append("0".repeat(-decpt)).append(s);
    } else if (decpt >= s.length()) {
      out.append(s).append("0".repeat(decpt - s.length())).append(".0");
    } else {
      out.append(s, 0, decpt).append('.').append(s, decpt, s.length());
    }
    return out.toString();
  }

  /** The shortest decimal that parses back to {@code d}, the nearest one among equals. */
  private static BigDecimal shortest(BigDecimal exact, double d) {
    for (int precision = 1; precision <= 17; precision++) {
      MathContext down = new MathContext(precision, RoundingMode.DOWN);
      MathContext up = new MathContext(precision, RoundingMode.UP);
      BigDecimal lo = exact.round(down).stripTrailingZeros();
      BigDecimal hi = exact.round(up).stripTrailingZeros();
      boolean loOk = lo.doubleValue() == d;
      boolean hiOk = hi.doubleValue() == d;
      if (loOk && hiOk) {
        int cmp = exact.subtract(lo).compareTo(hi.subtract(exact));
        if (cmp != 0) {
          return cmp < 0 ? lo : hi;
        }
        return exact.round(new MathContext(precision, RoundingMode.HALF_EVEN)).stripTrailingZeros();
      } else if (loOk) {
        return lo;
      } else if (hiOk) {
        return hi;
      }
    }
    return exact.round(MathContext.DECIMAL64).stripTrailingZeros();
  }
}
