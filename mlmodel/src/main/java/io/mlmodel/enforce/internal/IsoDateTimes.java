package io.mlmodel.enforce.internal;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * ISO 8601 date-times as pandas reads them: {@code 2020-05-17}, {@code 2020-05}, {@code
 * 2020-05-17T12:30}, {@code 2020-05-17 12:30:00.123456789}, with an optional {@code Z} or {@code
 * +hh:mm} offset that is converted to UTC (the result is naive, like {@code datetime64[ns]}).
 */
final class IsoDateTimes {
  private static final Pattern ISO = Pattern.compile(
      "(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:[T ](\\d{2})(?::(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?"
          + "(Z|[+-]\\d{2}(?::?\\d{2})?)?)?)?)?");

  private IsoDateTimes() {}

  /** The naive date-time, or null when the text is not one. */
  static @Nullable LocalDateTime parse(String text) {
    Matcher m = ISO.matcher(text);
    if (!m.matches()) {
      return null;
    }
    try {
      LocalDateTime t = LocalDateTime.of(Integer.parseInt(m.group(1)), num(m.group(2), 1), num(m.group(3), 1),
          num(m.group(4), 0), num(m.group(5), 0), num(m.group(6), 0),
          m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "00000000").substring(0, 9)));
      String offset = m.group(8);
      if (offset != null && !offset.equals("Z")) {
        String o = offset.length() == 3 ? offset + ":00" : offset.length() == 5 ? offset.substring(0, 3) + ":"
            + offset.substring(3) : offset;
        t = t.atOffset(ZoneOffset.of(o)).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
      }
      return t;
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static int num(@Nullable String s, int dflt) {
    return s == null ? dflt : Integer.parseInt(s);
  }
}
