package io.mlmodel.spark;

import io.mlmodel.data.BinaryColumn;
import io.mlmodel.data.BooleanColumn;
import io.mlmodel.data.Column;
import io.mlmodel.data.DateTimeColumn;
import io.mlmodel.data.DoubleColumn;
import io.mlmodel.data.FloatColumn;
import io.mlmodel.data.IntColumn;
import io.mlmodel.data.LongColumn;
import io.mlmodel.data.ObjectColumn;
import io.mlmodel.data.StringColumn;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * One DataFrame column of a batch of rows as the core {@link Column} pandas would have made of it
 * (PySpark's Arrow conversion, as MLflow's spark_udf gets it): doubles and floats with NaN for
 * null, integers as int32/int64 unless a null turns the batch's column into float64 with NaN (so
 * enforcement answers as MLflow does), dates and timestamps as naive date-times, everything nested
 * as plain lists and maps. Then the predictor's enforcement converts it to the signature's type.
 */
final class ColumnBuilder {
  private ColumnBuilder() {}

  /** Whether columns of this Spark type can be given to a model. */
  static boolean supports(DataType t) {
    return t instanceof org.apache.spark.sql.types.NumericType && !(t instanceof org.apache.spark.sql.types.DecimalType)
        || t == DataTypes.BooleanType || t == DataTypes.StringType || t == DataTypes.BinaryType
        || t == DataTypes.TimestampType || t == DataTypes.TimestampNTZType || t == DataTypes.DateType
        || t instanceof org.apache.spark.sql.types.ArrayType || t instanceof org.apache.spark.sql.types.StructType
        || t instanceof org.apache.spark.sql.types.MapType || t instanceof org.apache.spark.ml.linalg.VectorUDT;
  }

  static Column build(List<Row> rows, InputField f, ZoneId zone) {
    int n = rows.size();
    int c = f.index();
    DataType t = f.sparkType();
    String name = f.name();
    if (t == DataTypes.DoubleType) {
      double[] v = new double[n];
      for (int i = 0; i < n; i++) {
        Row r = rows.get(i);
        v[i] = r.isNullAt(c) ? Double.NaN : ((Number) r.get(c)).doubleValue();
      }
      return DoubleColumn.of(name, v);
    } else if (t == DataTypes.FloatType) {
      float[] v = new float[n];
      for (int i = 0; i < n; i++) {
        Row r = rows.get(i);
        v[i] = r.isNullAt(c) ? Float.NaN : r.getFloat(c);
      }
      return FloatColumn.of(name, v);
    } else if (t == DataTypes.IntegerType || t == DataTypes.ShortType || t == DataTypes.ByteType
        || t == DataTypes.LongType) {
      if (hasNull(rows, c)) {
        return build(rows, new InputField(c, name, DataTypes.DoubleType, null, f.shape()), zone);
      }
      if (t == DataTypes.LongType) {
        long[] v = new long[n];
        for (int i = 0; i < n; i++) {
          v[i] = rows.get(i).getLong(c);
        }
        return LongColumn.of(name, v);
      }
      int[] v = new int[n];
      for (int i = 0; i < n; i++) {
        v[i] = ((Number) rows.get(i).get(c)).intValue();
      }
      return IntColumn.of(name, v);
    } else if (t == DataTypes.BooleanType) {
      Boolean[] v = new Boolean[n];
      for (int i = 0; i < n; i++) {
        v[i] = (Boolean) rows.get(i).get(c);
      }
      return BooleanColumn.ofNullable(name, v);
    } else if (t == DataTypes.StringType) {
      String[] v = new String[n];
      for (int i = 0; i < n; i++) {
        v[i] = rows.get(i).getString(c);
      }
      return StringColumn.of(name, v);
    } else if (t == DataTypes.BinaryType) {
      byte[][] v = new byte[n][];
      for (int i = 0; i < n; i++) {
        v[i] = (byte[]) rows.get(i).get(c);
      }
      return BinaryColumn.of(name, v);
    } else if (t == DataTypes.TimestampType || t == DataTypes.TimestampNTZType || t == DataTypes.DateType) {
      LocalDateTime[] v = new LocalDateTime[n];
      for (int i = 0; i < n; i++) {
        Object x = rows.get(i).get(c);
        v[i] = x == null ? null : SparkValues.toDateTime(x, zone);
      }
      return DateTimeColumn.of(name, v);
    }
    Object[] v = new Object[n];
    for (int i = 0; i < n; i++) {
      v[i] = SparkValues.toPlain(rows.get(i).get(c), zone);
    }
    return ObjectColumn.of(name, v);
  }

  private static boolean hasNull(List<Row> rows, int c) {
    for (Row r : rows) {
      if (r.isNullAt(c)) {
        return true;
      }
    }
    return false;
  }
}
