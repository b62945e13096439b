package io.mlmodel.signature;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What {@code np.datetime64(text).item()} gives for an ISO 8601 string, which is how MLflow reads
 * a {@code datetime} param: a {@link LocalDate} when the text has no time (units Y, M, D), a
 * {@link LocalDateTime} otherwise, null for {@code NaT}. Offsets are converted to UTC (numpy's
 * deprecated behaviour). Values Python's {@code datetime} cannot hold (years outside 1-9999, more
 * than six fraction digits) are rejected, as MLflow rejects the integer numpy returns for them.
 */
final class NumpyDatetime {
  private static final Pattern ISO = Pattern.compile(
      "(-?\\d{4,})(?:-(\\d{2})(?:-(\\d{2})(?:[T ](\\d{2})(?::(\\d{2})(?::(\\d{2})(?:\\.(\\d+))?)?)?"
          + "(Z|[+-]\\d{2}(?::?\\d{2})?)?)?)?)?");

  private NumpyDatetime() {}

  /** The value, or throws {@link IllegalArgumentException} with the reason. */
  static @Nullable Object parse(String text) {
    if (text.equalsIgnoreCase("nat")) {
      return null;
    }
    Matcher m = ISO.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("not an ISO 8601 date or date-time");
    }
    long year = Long.parseLong(m.group(1));
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("the year is outside 1-9999, which Python's datetime cannot hold");
    }
    try {
      int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
      int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
      LocalDate date = LocalDate.of((int) year, month, day);
      if (m.group(4) == null) {
        return date;
      }
      String fraction = m.group(7) == null ? "" : m.group(7);
      if (fraction.length() > 6) {
        throw new IllegalArgumentException("it has more than microsecond precision, which Python's datetime cannot hold");
      }
      int nanos = fraction.isEmpty() ? 0 : Integer.parseInt((fraction + "000000").substring(0, 6)) * 1000;
      LocalTime time = LocalTime.of(Integer.parseInt(m.group(4)),
          m.group(5) == null ? 0 : Integer.parseInt(m.group(5)),
          m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), nanos);
      LocalDateTime value = LocalDateTime.of(date, time);
      String zone = m.group(8);
      if (zone != null && !zone.equals("Z")) {
        String digits = zone.substring(1).replace(":", "").toLowerCase(Locale.ROOT);
        int minutes = Integer.parseInt(digits.substring(0, 2)) * 60
            + (digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0);
        value = value.minusMinutes(zone.charAt(0) == '+' ? minutes : -minutes);
      }
      if (value.getYear() < 1 || value.getYear() > 9999) {
        throw new IllegalArgumentException("the year is outside 1-9999, which Python's datetime cannot hold");
      }
      return value;
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("not a valid date or time");
    }
  }
}
