package io.mlmodel.enforce.internal;

import tools.jackson.core.io.NumberOutput;

/**
 * The layout half of {@link PyFloat}: a positive decimal {@code 0.DIGITS * 10^decpt} written as
 * Python's {@code repr} writes it, fixed from {@code decpt} -3 to 16 ({@code 0.0001}, {@code
 * 1234567890123456.0}), else {@code d.ddde-XX}; and the shortest decimal of a double that is not
 * written exactly, taken from Jackson's text in Java's layout. Stateless. Internal.
 */
final class PyFloatLayout {
  private static final byte[] PAIRS = new byte[200];

  static {
    for (int i = 0; i < 100; i++) {
      PAIRS[2 * i] = (byte) ('0' + i / 10);
      PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
    }
  }

  private PyFloatLayout() {}

  /**
   * Writes {@code 0.D * 10^decpt}, {@code D} of {@code n} digits without trailing zeros.
   *
   * @return the index after the last byte written
   */
  static int lay(long digits, int n, int decpt, byte[] out, int o) {
    if (decpt <= -4 || decpt > 16) {
      return scientific(digits, n, decpt - 1, out, o);
    } else if (decpt <= 0) {
      out[o++] = '0';
      out[o++] = '.';
      for (int z = decpt; z < 0; z++) {
        out[o++] = '0';
      }
      int end = o + n;
      digits(digits, out, end);
      return end;
    } else if (decpt >= n) {
      int end = o + n;
      digits(digits, out, end);
      for (int z = n; z < decpt; z++) {
        out[end++] = '0';
      }
      out[end] = '.';
      out[end + 1] = '0';
      return end + 2;
    }
    // all the digits, then the fraction's one place on for the point: a division by a variable
    // power of ten would cost more than moving a few bytes
    int end = o + n + 1;
    digits(digits, out, o + n);
    for (int i = o + n; i > o + decpt; i--) {
      out[i] = out[i - 1];
    }
    out[o + decpt] = '.';
    return end;
  }

  private static int scientific(long digits, int n, int exp, byte[] out, int o) {
    digits(digits, out, o + 1 + n);
    out[o] = out[o + 1];
    int end = o + 1;
    if (n > 1) {
      out[o + 1] = '.';
      end = o + n + 1;
    }
    out[end++] = 'e';
    out[end++] = (byte) (exp < 0 ? '-' : '+');
    int a = Math.abs(exp);
    if (a >= 100) {
      out[end++] = (byte) ('0' + a / 100);
      a %= 100;
    }
    out[end] = PAIRS[2 * a];
    out[end + 1] = PAIRS[2 * a + 1];
    return end + 2;
  }

  /**
   * The shortest decimal of {@code d} (finite, positive), as Jackson writes it, re-laid when
   * Jackson used an exponent ({@code 1.0E-5}, {@code 1.2345678E7}).
   */
  static int shortest(double d, byte[] out, int o) {
    int end = NumberOutput.outputDouble(d, out, o);
    int e = end - 2;
    while (e > o && e >= end - 5 && out[e] != 'E') {
      e--;
    }
    if (e <= o || out[e] != 'E') {
      return end;
    }
    long acc = 0;
    int count = 0;
    int beforePoint = -1;
    for (int i = o; i < e; i++) {
      byte c = out[i];
      if (c == '.') {
        beforePoint = count;
      } else {
        acc = acc * 10 + (c - '0');
        count++;
      }
    }
    beforePoint = beforePoint < 0 ? count : beforePoint;
    boolean negative = out[e + 1] == '-';
    int exponent = 0;
    for (int i = negative ? e + 2 : e + 1; i < end; i++) {
      exponent = exponent * 10 + out[i] - '0';
    }
    // the value is acc * 10^q
    int q = beforePoint - count + (negative ? -exponent : exponent);
    while (acc % 10 == 0) {
      acc /= 10;
      q++;
    }
    int n = PyFloat.length(acc);
    return lay(acc, n, n + q, out, o);
  }

  /** Writes the digits of {@code v} (0 or more) so that they end just before {@code end}. */
  static void digits(long v, byte[] out, int end) {
    int i = end;
    while (v > Integer.MAX_VALUE) {
      int r = (int) (v % 100);
      v /= 100;
      out[--i] = PAIRS[2 * r + 1];
      out[--i] = PAIRS[2 * r];
    }
    // the rest in int arithmetic, whose division by a constant is a multiplication
    int w = (int) v;
    while (w >= 100) {
      int r = w % 100;
      w /= 100;
      out[--i] = PAIRS[2 * r + 1];
      out[--i] = PAIRS[2 * r];
    }
    if (w >= 10) {
      out[--i] = PAIRS[2 * w + 1];
      out[--i] = PAIRS[2 * w];
    } else {
      out[--i] = (byte) ('0' + w);
    }
  }
}
