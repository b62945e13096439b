package io.mlmodel.enforce.internal;

import tools.jackson.core.io.NumberOutput;

/**
 * A double as Python's {@code json.dumps} writes it, which is what MLflow's scoring server sends:
 * {@code float.__repr__} ({@code 0.1}, {@code 1e-05}, {@code 1e+16}, {@code 5e-324}, {@code 100.0})
 * and {@code NaN}, {@code Infinity}, {@code -Infinity}. Python prints the shortest digits that read
 * back as the same double (the nearest such decimal when several have that length), in fixed
 * notation when the decimal exponent is from -4 to 15, else as {@code d.ddde+XX} with at least two
 * exponent digits.
 *
 * <p>Two ways to the digits. A double whose exact value has at most 15 significant digits (an
 * integer below 10^15, or an odd integer over 2^k for k up to 21 whose decimal, that integer times
 * 5^k, stays below 10^15: {@code 1.125}, {@code -7.1875}, {@code 0.5}) is written as that exact
 * decimal, which is then the shortest: any decimal of at most 15 digits survives the trip to a
 * double and back to 15 digits unchanged, so a shorter one reading back as this double would have
 * to equal it. Any other goes through Jackson's {@link NumberOutput#outputDouble(double, byte[],
 * int)}, which finds the shortest decimal (Java 17's {@link Double#toString} does not always:
 * {@code 4.9E-324}, {@code 9.999999999999999E22}, JDK-4511638, fixed in 19) in Java's layout,
 * re-laid as Python's outside 1e-3..1e7 (inside, Java's plain layout is already Python's).
 * testdata/json/python-float-repr.tsv, written by Python, is the check. Stateless: only the
 * caller's buffer is written. Internal.
 */
public final class PyFloat {
  /** Room {@link #write} needs: its longest text is {@code -2.2250738585072014e-308}, 24 chars. */
  public static final int MAX_CHARS = 32;
  private static final long FRACTION = (1L << 52) - 1;
  /** The largest decimal significand written exactly: 15 digits. */
  private static final long EXACT_MAX = 999_999_999_999_999L;
  private static final int MAX_HALVINGS = 21;
  private static final long[] POW10 = new long[19];
  private static final long[] POW5 = new long[MAX_HALVINGS + 1];
  /** The largest odd significand whose decimal, times 5^k, stays within {@link #EXACT_MAX}. */
  private static final long[] EXACT_SIGNIFICAND = new long[MAX_HALVINGS + 1];
  private static final byte[] NAN = {'N', 'a', 'N'};
  private static final byte[] INFINITY = {'I', 'n', 'f', 'i', 'n', 'i', 't', 'y'};

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
    POW5[0] = 1;
    for (int i = 1; i < POW5.length; i++) {
      POW5[i] = POW5[i - 1] * 5;
    }
    for (int i = 0; i < POW5.length; i++) {
      EXACT_SIGNIFICAND[i] = EXACT_MAX / POW5[i];
    }
  }

  private PyFloat() {}

  /**
   * Writes the JSON text of {@code d}, ASCII, into {@code out} from {@code off}, which must leave
   * {@link #MAX_CHARS} bytes free.
   *
   * @return the index after the last byte written
   */
  public static int write(double d, byte[] out, int off) {
    long bits = Double.doubleToRawLongBits(d);
    int biased = (int) (bits >>> 52) & 0x7ff;
    int o = off;
    if (biased == 0x7ff && (bits & FRACTION) != 0) {
      return copy(NAN, out, o);
    }
    if (bits < 0) {
      out[o++] = '-';
    }
    long m = bits & FRACTION;
    if (biased == 0x7ff) {
      return copy(INFINITY, out, o);
    } else if (biased == 0 && m == 0) {
      return zero(out, o);
    }
    int e2 = biased == 0 ? -1074 : biased - 1075;
    m = biased == 0 ? m : m | (1L << 52);
    int tz = Long.numberOfTrailingZeros(m);
    m >>>= tz;
    e2 += tz;
    if (e2 >= 0 && e2 < 50 && m <= EXACT_MAX >>> e2) {
      return integer(m << e2, out, o);
    } else if (e2 < 0 && e2 >= -MAX_HALVINGS && m <= EXACT_SIGNIFICAND[-e2]) {
      long digits = m * POW5[-e2];
      int n = length(digits);
      return PyFloatLayout.lay(digits, n, n + e2, out, o);
    }
    return PyFloatLayout.shortest(Math.abs(d), out, o);
  }

  /** {@link #write} into chars: for Jackson's {@code writeRawValue}; {@code scratch} is overwritten. */
  public static int write(double d, char[] out, int off, byte[] scratch) {
    int n = write(d, scratch, 0);
    for (int i = 0; i < n; i++) {
      out[off + i] = (char) scratch[i];
    }
    return off + n;
  }

  /** {@link #write} as a string. */
  public static String toString(double d) {
    byte[] out = new byte[MAX_CHARS];
    return new String(out, 0, write(d, out, 0), java.nio.charset.StandardCharsets.US_ASCII);
  }

  private static int zero(byte[] out, int o) {
    out[o] = '0';
    out[o + 1] = '.';
    out[o + 2] = '0';
    return o + 3;
  }

  /** An integer below 10^15: its digits and {@code .0}. */
  private static int integer(long v, byte[] out, int o) {
    int end = o + length(v);
    PyFloatLayout.digits(v, out, end);
    out[end] = '.';
    out[end + 1] = '0';
    return end + 2;
  }

  /** The number of decimal digits of {@code v}, which is positive. */
  static int length(long v) {
    // log10(2) is about 1233 / 4096: a first guess from the bit length, then one comparison
    int guess = (64 - Long.numberOfLeadingZeros(v)) * 1233 >>> 12;
    return guess < POW10.length && v >= POW10[guess] ? guess + 1 : Math.max(guess, 1);
  }

  private static int copy(byte[] text, byte[] out, int o) {
    System.arraycopy(text, 0, out, o, text.length);
    return o + text.length;
  }
}
