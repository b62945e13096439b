package io.mlmodel.yaml;

import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Constructs scalar values the way PyYAML's {@code SafeConstructor} does, once the tag is known.
 * Each method throws {@link IllegalArgumentException} with a sentence when PyYAML would fail too.
 */
final class Scalars {
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
  private static final Pattern TIMESTAMP = Pattern.compile(
      "(?<year>[0-9][0-9][0-9][0-9])-(?<month>[0-9][0-9]?)-(?<day>[0-9][0-9]?)"
          + "(?:(?:[Tt]|[ \\t]+)(?<hour>[0-9][0-9]?):(?<minute>[0-9][0-9]):(?<second>[0-9][0-9])"
          + "(?:\\.(?<fraction>[0-9]*))?"
          + "(?:[ \\t]*(?<tz>Z|(?<tzsign>[-+])(?<tzhour>[0-9][0-9]?)(?::(?<tzminute>[0-9][0-9]))?))?)?");

  private Scalars() {}

  static Boolean bool(String text) {
    return switch (text.toLowerCase(java.util.Locale.ROOT)) {
      case "yes", "true", "on" -> Boolean.TRUE;
      case "no", "false", "off" -> Boolean.FALSE;
      default -> throw new IllegalArgumentException("'" + text + "' is not a YAML 1.1 boolean");
    };
  }

  /** A Long when the value fits, a BigInteger otherwise (Python ints have no size). */
  static Number integer(String text) {
    String v = text.replace("_", "");
    if (v.isEmpty()) {
      throw new IllegalArgumentException("'" + text + "' is not an integer");
    }
    boolean negative = v.charAt(0) == '-';
    if (v.charAt(0) == '-' || v.charAt(0) == '+') {
      v = v.substring(1);
    }
    BigInteger n;
    try {
      if (v.equals("0")) {
        n = BigInteger.ZERO;
      } else if (v.startsWith("0b")) {
        n = new BigInteger(v.substring(2), 2);
      } else if (v.startsWith("0x")) {
        n = new BigInteger(v.substring(2), 16);
      } else if (v.startsWith("0")) {
        n = new BigInteger(v, 8);
      } else if (v.indexOf(':') >= 0) {
        n = BigInteger.ZERO;
        for (String part : v.split(":", -1)) {
          n = n.multiply(BigInteger.valueOf(60)).add(new BigInteger(part));
        }
      } else {
        n = new BigInteger(v);
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not an integer", e);
    }
    if (negative) {
      n = n.negate();
    }
    return n.compareTo(LONG_MIN) >= 0 && n.compareTo(LONG_MAX) <= 0 ? (Number) n.longValue() : n;
  }

  static Double floating(String text) {
    String v = text.replace("_", "").toLowerCase(java.util.Locale.ROOT);
    if (v.isEmpty()) {
      throw new IllegalArgumentException("'" + text + "' is not a float");
    }
    double sign = 1;
    if (v.charAt(0) == '-') {
      sign = -1;
    }
    if (v.charAt(0) == '-' || v.charAt(0) == '+') {
      v = v.substring(1);
    }
    try {
      if (v.equals(".inf")) {
        return sign * Double.POSITIVE_INFINITY;
      } else if (v.equals(".nan")) {
        return Double.NaN;
      } else if (v.indexOf(':') >= 0) {
        double value = 0;
        for (String part : v.split(":", -1)) {
          value = value * 60 + Double.parseDouble(part);
        }
        return sign * value;
      }
      return sign * Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not a float", e);
    }
  }

  /** A LocalDate, a LocalDateTime (no zone in the text) or an OffsetDateTime. */
  static Object timestamp(String text) {
    Matcher m = TIMESTAMP.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a YAML timestamp");
    }
    try {
      int year = Integer.parseInt(m.group("year"));
      int month = Integer.parseInt(m.group("month"));
      int day = Integer.parseInt(m.group("day"));
      if (m.group("hour") == null) {
        return LocalDate.of(year, month, day);
      }
      int nanos = 0;
      String fraction = m.group("fraction");
      if (fraction != null && !fraction.isEmpty()) {
        String micros = (fraction.length() > 6 ? fraction.substring(0, 6) : fraction + "000000".substring(fraction.length()));
        nanos = Integer.parseInt(micros) * 1000;
      }
      LocalDateTime local = LocalDateTime.of(year, month, day, Integer.parseInt(m.group("hour")),
          Integer.parseInt(m.group("minute")), Integer.parseInt(m.group("second")), nanos);
      if (m.group("tzsign") != null) {
        int hours = Integer.parseInt(m.group("tzhour"));
        int minutes = m.group("tzminute") == null ? 0 : Integer.parseInt(m.group("tzminute"));
        int total = hours * 3600 + minutes * 60;
        return OffsetDateTime.of(local, ZoneOffset.ofTotalSeconds(m.group("tzsign").equals("-") ? -total : total));
      } else if (m.group("tz") != null) {
        return OffsetDateTime.of(local, ZoneOffset.UTC);
      }
      return local;
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("'" + text + "' is not a valid date or time: " + e.getMessage(), e);
    }
  }

  static byte[] binary(String text) {
    try {
      return Base64.getMimeDecoder().decode(text.replaceAll("\\s", ""));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + text + "' is not base64: " + e.getMessage(), e);
    }
  }
}
