package io.mlmodel.tracking.internal;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * The moment one artifact's download must be over ({@code MLMODEL_DOWNLOAD_TIMEOUT}), its listings,
 * files and retries together: the read timeout alone lets a server that trickles a byte just
 * within it hold a download for ever.
 *
 * @param total the time allowed; zero for no deadline
 * @param endNanos the {@link System#nanoTime()} at which it passes
 */
record Deadline(Duration total, long endNanos) {
  /** No deadline. */
  static final Deadline NONE = new Deadline(Duration.ZERO, 0);

  /**
   * The deadline {@code total} from now; none when {@code total} is zero, or longer than a long
   * counts in nanoseconds (292 years: {@code ChronoUnit.FOREVER}, a huge MLMODEL_DOWNLOAD_TIMEOUT),
   * which passes in no process's life.
   */
  static Deadline after(Duration total) {
    long nanos = nanos(total);
    return total.isZero() || nanos == Long.MAX_VALUE ? NONE : new Deadline(total, System.nanoTime() + nanos);
  }

  /** {@code d} in nanoseconds, or {@link Long#MAX_VALUE} when it is longer than a long counts. */
  static long nanos(Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException tooLong) {
      return Long.MAX_VALUE;
    }
  }

  /** Nanoseconds left (at most {@link Long#MAX_VALUE} without a deadline); zero or less once passed. */
  long remainingNanos() {
    return total.isZero() ? Long.MAX_VALUE : endNanos - System.nanoTime();
  }

  boolean passed() {
    return remainingNanos() <= 0;
  }

  /** The error of a download that did not end in time; {@code what} names the request or artifact. */
  ModelException exceeded(String what) {
    return new ModelException("timeout", Location.UNKNOWN, what + " did not finish within the download deadline of "
        + describe(total) + ". To allow more, set the environment variable MLMODEL_DOWNLOAD_TIMEOUT to a larger"
        + " number of seconds (0 for no deadline).");
  }

  /** Thrown by {@link Http} when the deadline passes during a request: not retried, unlike a stall. */
  static final class Passed extends HttpTimeoutException {
    private static final long serialVersionUID = 1L;

    Passed() {
      super("the download deadline passed");
    }
  }

  private static String describe(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }
}
