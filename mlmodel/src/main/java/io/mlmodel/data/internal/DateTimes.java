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

  /**
   * The unit in a dtype name ({@code datetime64[ms]} → ms); generic datetime64 counts ns.
   *
   * @param dtype a {@code datetime64} or {@code timedelta64} dtype, with or without a unit
   * @return numpy's unit code as the name spells it between the brackets ({@code Y}, {@code M},
   *     {@code W}, {@code D}, {@code h}, {@code m}, {@code s}, {@code ms}, {@code us}, {@code ns},
   *     {@code ps}, {@code fs} or {@code as}); {@code "ns"} when the name has no brackets, as for
   *     the generic dtypes
   */
  public static String unit(NumpyDtype dtype) {
    String n = dtype.numpyName();
    int open = n.indexOf('[');
    return open < 0 ? "ns" : n.substring(open + 1, n.length() - 1);
  }

  /**
   * The date-time {@code count} units of {@code dtype} after the epoch.
   *
   * @param count the number of units after 1970-01-01T00:00, negative before it; NaT ({@link
   *     Long#MIN_VALUE}) is not recognized here, so callers test for it first
   * @param dtype a {@code datetime64} dtype, whose {@link #unit} gives the unit; a generic one
   *     counts nanoseconds
   * @return the naive date-time; for {@code ps}, {@code fs} and {@code as} the count is rounded
   *     down to whole nanoseconds, as numpy's {@code astype('M8[ns]')} does (before the epoch too)
   * @throws java.time.DateTimeException when the date-time is outside the years {@link
   *     LocalDateTime} supports (±999,999,999), which only counts in units from years to seconds
   *     can reach
   * @throws ArithmeticException when a count of weeks overflows a {@code long} as days
   */
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
        return epoch.plusNanos(Math.floorDiv(count, 1000L));
      case "fs":
        return epoch.plusNanos(Math.floorDiv(count, 1_000_000L));
      case "as":
        return epoch.plusNanos(Math.floorDiv(count, 1_000_000_000L));
      default:
        return epoch.plusNanos(count);
    }
  }

  /**
   * {@code t} as a count of {@code dtype}'s units since the epoch, truncated toward the past as numpy
   * does; throws ArithmeticException when it does not fit a long.
   *
   * @param t the naive date-time, read as UTC
   * @param dtype a {@code datetime64} dtype, whose {@link #unit} gives the unit; a generic one
   *     counts nanoseconds
   * @return the number of whole units from 1970-01-01T00:00 to {@code t}, floored (negative before
   *     the epoch); for the earliest date-time a unit of milliseconds or finer can hold it is
   *     {@link Long#MIN_VALUE}, numpy's NaT, which callers must refuse
   * @throws ArithmeticException when the count does not fit a {@code long}, which only units of
   *     milliseconds and finer can reach
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
