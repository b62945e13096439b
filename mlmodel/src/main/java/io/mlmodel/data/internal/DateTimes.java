package io.mlmodel.data.internal;

import io.mlmodel.signature.NumpyDtype;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** numpy datetime64 units and conversions between epoch counts and naive date-times. */
public final class DateTimes {
  private DateTimes() {}

  /** The unit in a dtype name ({@code datetime64[ms]} → ms); generic datetime64 counts ns. */
  public static String unit(NumpyDtype dtype) {
    String n = dtype.numpyName();
    int open = n.indexOf('[');
    return open < 0 ? "ns" : n.substring(open + 1, n.length() - 1);
  }

  /** The date-time {@code count} units of {@code dtype} after the epoch. */
  public static LocalDateTime fromEpoch(long count, NumpyDtype dtype) {
    LocalDateTime epoch = LocalDateTime.of(1970, 1, 1, 0, 0);
    switch (unit(dtype)) {
      case "Y":
        return epoch.plusYears(count);
      case "M":
        return epoch.plusMonths(count);
      case "W":
        return epoch.plusWeeks(count);
      case "D":
        return epoch.plusDays(count);
      case "h":
        return epoch.plusHours(count);
      case "m":
        return epoch.plusMinutes(count);
      case "s":
        return epoch.plusSeconds(count);
      case "ms":
        return epoch.plus(count, ChronoUnit.MILLIS);
      case "us":
        return epoch.plus(count, ChronoUnit.MICROS);
      case "ps":
        return epoch.plusNanos(count / 1000);
      case "fs":
        return epoch.plusNanos(count / 1_000_000);
      case "as":
        return epoch.plusNanos(count / 1_000_000_000);
      default:
        return epoch.plusNanos(count);
    }
  }

  /**
   * {@code t} as a count of {@code dtype}'s units since the epoch, truncated toward the past as numpy
   * does; throws ArithmeticException when it does not fit a long.
   */
  public static long toEpoch(LocalDateTime t, NumpyDtype dtype) {
    LocalDateTime epoch = LocalDateTime.of(1970, 1, 1, 0, 0);
    switch (unit(dtype)) {
      case "Y":
        return t.getYear() - 1970L;
      case "M":
        return (t.getYear() - 1970L) * 12 + t.getMonthValue() - 1;
      case "W":
        return Math.floorDiv(LocalDate.from(t).toEpochDay(), 7);
      case "D":
        return LocalDate.from(t).toEpochDay();
      case "h":
        return Math.floorDiv(t.toEpochSecond(ZoneOffset.UTC), 3600);
      case "m":
        return Math.floorDiv(t.toEpochSecond(ZoneOffset.UTC), 60);
      case "s":
        return t.toEpochSecond(ZoneOffset.UTC);
      case "ms":
        return Math.addExact(Math.multiplyExact(t.toEpochSecond(ZoneOffset.UTC), 1000L), t.getNano() / 1_000_000);
      case "us":
        return Math.addExact(Math.multiplyExact(t.toEpochSecond(ZoneOffset.UTC), 1_000_000L), t.getNano() / 1000);
      default:
        Duration d = Duration.between(epoch, t);
        // Duration.toNanos borrows a second before the epoch, so the first second of the range,
        // whose seconds * 10^9 alone overflows, still converts.
        long n = d.toNanos();
        switch (unit(dtype)) {
          case "ps":
            return Math.multiplyExact(n, 1000L);
          case "fs":
            return Math.multiplyExact(n, 1_000_000L);
          case "as":
            return Math.multiplyExact(n, 1_000_000_000L);
          default:
            return n;
        }
    }
  }
}
