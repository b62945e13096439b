package io.mlmodel.io;

import tools.jackson.core.exc.StreamConstraintsException;

/**
 * The one bound on the length of a JSON number that every JSON reader of this library applies, and
 * its message. Python, which MLflow runs on, refuses to convert integers longer than 4,300 digits
 * ({@code sys.get_int_max_str_digits()}); the same bound here keeps a long number from costing
 * quadratic time in {@code BigInteger} and names the limit that was hit (issue 16: a 1,001-digit
 * number was reported as a document too long or nested too deep). Stateless.
 */
public final class JsonNumbers {
  /** The most digits a JSON number may have. */
  public static final int MAX_DIGITS = 4300;

  private JsonNumbers() {}

  /**
   * Whether {@code e} is Jackson's number-length check.
   *
   * @param e a constraint failure thrown by a Jackson parser
   * @return true when {@code e} reports a number longer than the parser's limit (set to {@link
   *     #MAX_DIGITS}), false for any other constraint (document length, nesting, string length)
   */
  public static boolean isNumberLength(StreamConstraintsException e) {
    return String.valueOf(e.getOriginalMessage()).startsWith("Number value length");
  }

  /**
   * The problem sentence for a number over the limit.
   *
   * @return the sentence a {@link io.mlmodel.LimitExceededException} carries for such a number,
   *     naming {@link #MAX_DIGITS} and the Python limit it matches
   */
  public static String problem() {
    return "a number has more than " + MAX_DIGITS + " digits (the limit Python also applies to int(),"
        + " sys.get_int_max_str_digits)";
  }
}
