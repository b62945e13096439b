package io.mlmodel.spark.internal.convert;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import scala.jdk.javaapi.CollectionConverters;
import tools.jackson.databind.json.JsonMapper;

/**
 * Converts plain prediction values to the external values Spark rows hold for a type: numbers cast
 * to the column's type (as spark_udf's {@code astype}), lists to Scala sequences, maps to Scala
 * maps or, for a struct, to rows, naive date-times to timestamps in the session time zone, and
 * anything given for a string column that is not a string to its JSON text.
 *
 * <p>Internal: public for {@code Shipment}, which makes it per session, and the scorers of {@code
 * io.mlmodel.spark.internal.exec}; not API.
 *
 * @param zone the session time zone
 * @param java8Api whether timestamps are {@code Instant}s ({@code spark.sql.datetime.java8API.enabled})
 */
public record SparkOut(String zone, boolean java8Api) implements Serializable {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  public ZoneId zoneId() {
    return ZoneId.of(zone);
  }

  @Nullable Object toSpark(@Nullable Object v, DataType t) {
    if (v == null || v instanceof Double d && d.isNaN() && !(t == DataTypes.DoubleType || t == DataTypes.FloatType)) {
      return null;
    }
    if (t == DataTypes.DoubleType) {
      return ((Number) v).doubleValue();
    } else if (t == DataTypes.FloatType) {
      return ((Number) v).floatValue();
    } else if (t == DataTypes.LongType) {
      return ((Number) v).longValue();
    } else if (t == DataTypes.IntegerType) {
      return ((Number) v).intValue();
    } else if (t == DataTypes.ShortType) {
      return ((Number) v).shortValue();
    } else if (t == DataTypes.ByteType) {
      return ((Number) v).byteValue();
    } else if (t == DataTypes.StringType) {
      return v instanceof String s ? s : v instanceof Number || v instanceof Boolean ? v.toString() : json(v);
    } else if (t == DataTypes.TimestampType && v instanceof LocalDateTime d) {
      return SparkValues.toTimestamp(d, zoneId(), java8Api);
    } else if (t instanceof ArrayType a) {
      List<@Nullable Object> out = new ArrayList<>();
      for (Object x : items(v)) {
        out.add(toSpark(x, a.elementType()));
      }
      return CollectionConverters.asScala(out).toSeq();
    } else if (t instanceof MapType m && v instanceof Map<?, ?> map) {
      Map<Object, @Nullable Object> out = new LinkedHashMap<>();
      map.forEach((k, x) -> out.put(String.valueOf(k), toSpark(x, m.valueType())));
      return scala.collection.immutable.Map.from(CollectionConverters.asScala(out));
    } else if (t instanceof StructType s && v instanceof Map<?, ?> map) {
      StructField[] fields = s.fields();
      Object[] out = new Object[fields.length];
      for (int i = 0; i < fields.length; i++) {
        out[i] = toSpark(map.get(fields[i].name()), fields[i].dataType());
      }
      return RowFactory.create(out);
    }
    return v;
  }

  private static List<?> items(Object v) {
    if (v instanceof List<?> l) {
      return l;
    } else if (v instanceof Object[] a) {
      return java.util.Arrays.asList(a);
    }
    throw new IllegalArgumentException("expected a list, found " + v.getClass().getSimpleName());
  }

  private static String json(Object v) {
    try {
      return JSON.writeValueAsString(v);
    } catch (RuntimeException e) {
      return String.valueOf(v);
    }
  }
}
