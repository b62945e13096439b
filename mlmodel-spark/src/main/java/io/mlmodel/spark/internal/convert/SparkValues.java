package io.mlmodel.spark.internal.convert;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Row;
import org.jspecify.annotations.Nullable;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Values between Spark's external row types and the plain values of the core ({@code List}, {@code
 * Map}, boxed numbers, {@code LocalDateTime}), as PySpark's Arrow conversion hands them to MLflow:
 * arrays become lists, structs and maps become maps, timestamps become naive date-times in the
 * session time zone, Spark ML vectors become lists of doubles.
 */
final class SparkValues {
  private SparkValues() {}

  /** A Spark value as a plain value. */
  static @Nullable Object toPlain(@Nullable Object v, ZoneId zone) {
    if (v == null || v instanceof String || v instanceof Boolean || v instanceof Integer || v instanceof Long
        || v instanceof Double || v instanceof Float || v instanceof byte[]) {
      return v;
    } else if (v instanceof Byte b) {
      return b.intValue();
    } else if (v instanceof Short s) {
      return s.intValue();
    } else if (v instanceof BigDecimal d) {
      return d.doubleValue();
    } else if (v instanceof Timestamp || v instanceof Instant || v instanceof LocalDate
        || v instanceof java.sql.Date || v instanceof LocalDateTime) {
      return toDateTime(v, zone);
    } else if (v instanceof Row r) {
      Map<String, @Nullable Object> m = new LinkedHashMap<>();
      String[] names = r.schema().fieldNames();
      for (int i = 0; i < names.length; i++) {
        m.put(names[i], toPlain(r.get(i), zone));
      }
      return m;
    } else if (v instanceof scala.collection.Map<?, ?> sm) {
      Map<Object, @Nullable Object> m = new LinkedHashMap<>();
      CollectionConverters.asJava(sm).forEach((k, x) -> m.put(String.valueOf(toPlain(k, zone)), toPlain(x, zone)));
      return m;
    } else if (v instanceof scala.collection.Iterable<?> seq) {
      List<@Nullable Object> l = new ArrayList<>();
      for (Object x : CollectionConverters.asJava(seq)) {
        l.add(toPlain(x, zone));
      }
      return l;
    } else if (v instanceof Vector vec) {
      List<Double> l = new ArrayList<>(vec.size());
      for (double d : vec.toArray()) {
        l.add(d);
      }
      return l;
    }
    return v;
  }

  /** A Spark date or timestamp as the naive date-time pandas gets (session time zone). */
  static LocalDateTime toDateTime(Object v, ZoneId zone) {
    if (v instanceof LocalDateTime t) {
      return t;
    } else if (v instanceof Timestamp t) {
      return LocalDateTime.ofInstant(t.toInstant(), zone);
    } else if (v instanceof Instant i) {
      return LocalDateTime.ofInstant(i, zone);
    } else if (v instanceof java.sql.Date d) {
      return d.toLocalDate().atStartOfDay();
    }
    return ((LocalDate) v).atStartOfDay();
  }

  /**
   * A date or timestamp as Spark holds it inside a query (days since the epoch for a date,
   * microseconds since the epoch for a timestamp, local microseconds for {@code timestamp_ntz}) as
   * the naive date-time pandas gets (session time zone).
   */
  static LocalDateTime dateTime(org.apache.spark.sql.types.DataType t, long value, ZoneId zone) {
    if (t == org.apache.spark.sql.types.DataTypes.DateType) {
      return LocalDate.ofEpochDay(value).atStartOfDay();
    }
    Instant i = Instant.ofEpochSecond(Math.floorDiv(value, 1_000_000L), Math.floorMod(value, 1_000_000L) * 1000L);
    return LocalDateTime.ofInstant(i, t == org.apache.spark.sql.types.DataTypes.TimestampNTZType ? ZoneOffset.UTC : zone);
  }

  /** A naive date-time as the value of a Spark {@code TimestampType} field. */
  static Object toTimestamp(LocalDateTime t, ZoneId zone, boolean java8Api) {
    Instant i = t.atZone(zone).toInstant();
    return java8Api ? i : Timestamp.from(i);
  }
}
