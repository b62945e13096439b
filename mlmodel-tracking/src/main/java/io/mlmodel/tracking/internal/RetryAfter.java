package io.mlmodel.tracking.internal;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** The {@code Retry-After} header, as urllib3 reads it: seconds or an HTTP date. */
final class RetryAfter {
  /** A hostile server must not park us for hours: we wait at most urllib3's backoff cap. */
  static final double MAX_SECONDS = 120;

  private RetryAfter() {}

  static @Nullable Double seconds(@Nullable String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String v = header.strip();
    try {
      if (v.chars().allMatch(Character::isDigit)) {
        return Math.min(MAX_SECONDS, Double.parseDouble(v));
      }
      ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
      double s = Duration.between(ZonedDateTime.now(at.getZone()), at).toMillis() / 1000.0;
      return Math.max(0, Math.min(MAX_SECONDS, s));
    } catch (NumberFormatException | DateTimeParseException e) {
      return null;
    }
  }
}
