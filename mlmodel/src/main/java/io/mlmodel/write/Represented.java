package io.mlmodel.write;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A scalar as PyYAML's {@code SafeRepresenter} represents it: the tag, the text and the style the
 * representer asks for. Throws {@link IllegalArgumentException} for values PyYAML's safe dumper
 * has no representation for.
 */
record Represented(Tag tag, String text, ScalarStyle style) {
  static final Tag TIMESTAMP = new Tag(Tag.PREFIX + "timestamp");

  /** Whether {@code value} is written as a scalar (everything but lists, maps and sets). */
  static boolean isScalar(@Nullable Object value) {
    return value == null || value instanceof String || value instanceof Boolean
        || value instanceof Number || value instanceof LocalDate || value instanceof LocalDateTime
        || value instanceof OffsetDateTime || value instanceof byte[];
  }

  static Represented of(@Nullable Object value) {
    if (value == null) {
      return plain(Tag.NULL, "null");
    } else if (value instanceof String s) {
      return string(s);
    } else if (value instanceof Boolean b) {
      return plain(Tag.BOOL, b ? "true" : "false");
    } else if (value instanceof Long || value instanceof Integer || value instanceof Short
        || value instanceof Byte || value instanceof BigInteger) {
      return plain(Tag.INT, value.toString());
    } else if (value instanceof Double d) {
      return plain(Tag.FLOAT, PythonFloat.yaml(d));
    } else if (value instanceof Float f) {
      // A float's decimal text, not its binary expansion: 0.1f is written as 0.1.
      return plain(Tag.FLOAT, PythonFloat.yaml(Double.parseDouble(Float.toString(f))));
    } else if (value instanceof LocalDate d) {
      return plain(TIMESTAMP, date(d));
    } else if (value instanceof LocalDateTime t) {
      return plain(TIMESTAMP, dateTime(t));
    } else if (value instanceof OffsetDateTime t) {
      return plain(TIMESTAMP, dateTime(t.toLocalDateTime()) + offset(t.getOffset()));
    } else if (value instanceof byte[] b) {
      // base64.encodebytes: lines of 76 characters, each ending with a newline.
      String text = b.length == 0 ? "" : Base64.getMimeEncoder(76, new byte[] {'\n'}).encodeToString(b) + "\n";
      return new Represented(Tag.BINARY, text, ScalarStyle.LITERAL);
    }
    throw new IllegalArgumentException(unsupported(value));
  }

  static String unsupported(Object value) {
    return "cannot write a " + value.getClass().getName() + " as YAML; use null, Boolean, Long,"
        + " BigInteger, Double, String, LocalDate, LocalDateTime, OffsetDateTime, byte[], List, Map or Set";
  }

  private static Represented plain(Tag tag, String text) {
    return new Represented(tag, text, ScalarStyle.PLAIN);
  }

  private static Represented string(String s) {
    boolean lineBreak = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c)) {
        boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length()
            && Character.isLowSurrogate(s.charAt(i + 1));
        if (!paired) {
          throw new IllegalArgumentException("the string has an unpaired surrogate U+"
              + String.format("%04X", (int) c) + " at index " + i + "; it is not Unicode text");
        }
        i++;
      }
      lineBreak |= c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
    // PyYAML never writes a multi-line plain scalar; snakeyaml-engine would, so ask for quotes.
    return new Represented(Tag.STR, s, lineBreak ? ScalarStyle.SINGLE_QUOTED : ScalarStyle.PLAIN);
  }

  /** Python's {@code date.isoformat()}. */
  private static String date(LocalDate d) {
    if (d.getYear() < 1 || d.getYear() > 9999) {
      throw new IllegalArgumentException("the date " + d + " is outside Python's years 1 to 9999");
    }
    return String.format("%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
  }

  /** Python's {@code datetime.isoformat(' ')} without the offset. */
  private static String dateTime(LocalDateTime t) {
    if (t.getNano() % 1000 != 0) {
      throw new IllegalArgumentException("the time " + t
          + " has nanoseconds; Python datetimes hold microseconds only");
    }
    String s = date(t.toLocalDate())
        + String.format(" %02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
    return t.getNano() == 0 ? s : s + String.format(".%06d", t.getNano() / 1000);
  }

  private static String offset(ZoneOffset offset) {
    int total = offset.getTotalSeconds();
    int abs = Math.abs(total);
    String s = String.format("%s%02d:%02d", total < 0 ? "-" : "+", abs / 3600, abs / 60 % 60);
    return abs % 60 == 0 ? s : s + String.format(":%02d", abs % 60);
  }
}
