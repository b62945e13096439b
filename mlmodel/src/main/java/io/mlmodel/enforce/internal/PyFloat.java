package io.mlmodel.enforce.internal;

import tools.jackson.core.io.NumberOutput;

/**
 * A double as Python's {@code json.dumps} writes it, which is what MLflow's scoring server sends:
 * {@code float.__repr__} ({@code 0.1}, {@code 1e-05}, {@code 1e+16}, {@code 5e-324}, {@code 100.0})
 * and {@code NaN}, {@code Infinity}, {@code -Infinity}. Python prints the shortest digits that read
 * back as the same double (the nearest such decimal when several have that length), in fixed
 * notation when the decimal exponent is from -4 to 15, else as {@code d.ddde+XX} with at least two
 * exponent digits. The digits come from Jackson's {@link NumberOutput#outputDouble(double, char[],
 * int)}, which finds that shortest decimal; Java 17's {@link Double#toString} does not always
 * ({@code 4.9E-324}, {@code 9.999999999999999E22}: JDK-4511638, fixed in 19) and is several times
 * slower; testdata/json/python-float-repr.tsv, written by Python, is the check. Stateless: only
 * the caller's buffers are written. Internal.
 */
public final class PyFloat {
  /** Room {@link #write} needs: its longest text is {@code -2.2250738585072014e-308}, 24 chars. */
  public static final int MAX_CHARS = 32;
  /** An exponent form is copied to the start of the scratch buffer, its significant digits here. */
  private static final int SIG = 32;

  private PyFloat() {}

  /**
   * Writes the JSON text of {@code d} into {@code out} from {@code off}, which must leave
   * {@link #MAX_CHARS} chars free; {@code scratch} (at least {@code 2 * MAX_CHARS} long, not
   * {@code out}) is overwritten.
   *
   * @return the index after the last char written
   */
  public static int write(double d, char[] out, int off, char[] scratch) {
    if (Double.isNaN(d)) {
      return copy("NaN", out, off);
    } else if (Double.isInfinite(d)) {
      return copy(d > 0 ? "Infinity" : "-Infinity", out, off);
    }
    // Jackson writes Java's layout: plain from 1e-3 to 1e7 (0.001, 1234567.5, 100.0), which is
    // Python's there too, so most numbers are done; else 1.0E-5, 1.2345678E7, whose significant
    // digits and decimal exponent are read back and laid out as Python does
    int end = NumberOutput.outputDouble(d, out, off);
    if (!hasExponent(out, off, end)) {
      return end;
    }
    int n = end - off;
    System.arraycopy(out, off, scratch, 0, n);
    int i = 0;
    int o = off;
    if (scratch[0] == '-') {
      o++;
      i = 1;
    }
    int digits = 0;
    int beforePoint = -1;
    int leadingZeros = 0;
    int lastNonZero = 0;
    for (; i < n && scratch[i] != 'E'; i++) {
      char c = scratch[i];
      if (c == '.') {
        beforePoint = digits + leadingZeros;
      } else if (c == '0' && digits == 0) {
        leadingZeros++;
      } else {
        scratch[SIG + digits++] = c;
        if (c != '0') {
          lastNonZero = digits;
        }
      }
    }
    if (beforePoint < 0) {
      beforePoint = digits + leadingZeros;
    }
    int exponent = 0;
    if (i < n) {
      boolean negative = scratch[++i] == '-';
      for (i += negative || scratch[i] == '+' ? 1 : 0; i < n; i++) {
        exponent = exponent * 10 + scratch[i] - '0';
      }
      exponent = negative ? -exponent : exponent;
    }
    // the value is 0.DIGITS * 10^decpt, DIGITS without their trailing zeros
    int len = lastNonZero;
    int decpt = beforePoint - leadingZeros + exponent;
    return decpt <= -4 || decpt > 16 ? scientific(scratch, len, decpt - 1, out, o)
        : fixed(scratch, len, decpt, out, o);
  }

  private static boolean hasExponent(char[] text, int off, int end) {
    for (int i = end - 2; i >= off && i >= end - 5; i--) {
      if (text[i] == 'E') {
        return true;
      }
    }
    return false;
  }

  /** {@link #write} as a string. */
  public static String toString(double d) {
    char[] out = new char[MAX_CHARS];
    return new String(out, 0, write(d, out, 0, new char[2 * MAX_CHARS]));
  }

  private static int fixed(char[] sig, int len, int decpt, char[] out, int o) {
    if (decpt <= 0) {
      out[o++] = '0';
      out[o++] = '.';
      for (int z = decpt; z < 0; z++) {
        out[o++] = '0';
      }
      System.arraycopy(sig, SIG, out, o, len);
      return o + len;
    }
    if (decpt >= len) {
      System.arraycopy(sig, SIG, out, o, len);
      o += len;
      for (int z = len; z < decpt; z++) {
        out[o++] = '0';
      }
      out[o++] = '.';
      out[o++] = '0';
      return o;
    }
    System.arraycopy(sig, SIG, out, o, decpt);
    o += decpt;
    out[o++] = '.';
    System.arraycopy(sig, SIG + decpt, out, o, len - decpt);
    return o + len - decpt;
  }

  private static int scientific(char[] sig, int len, int exp, char[] out, int o) {
    out[o++] = sig[SIG];
    if (len > 1) {
      out[o++] = '.';
      System.arraycopy(sig, SIG + 1, out, o, len - 1);
      o += len - 1;
    }
    out[o++] = 'e';
    out[o++] = exp < 0 ? '-' : '+';
    int a = Math.abs(exp);
    if (a >= 100) {
      out[o++] = (char) ('0' + a / 100);
    }
    out[o++] = (char) ('0' + a / 10 % 10);
    out[o++] = (char) ('0' + a % 10);
    return o;
  }

  private static int copy(String s, char[] out, int o) {
    s.getChars(0, s.length(), out, o);
    return o + s.length();
  }
}
