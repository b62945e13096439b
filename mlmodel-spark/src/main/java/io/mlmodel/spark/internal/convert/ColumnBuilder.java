package io.mlmodel.spark.internal.convert;

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
import io.mlmodel.data.internal.DataAccess;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.apache.spark.sql.catalyst.InternalRow;
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

  /**
   * Whether values of type {@code t} are read with a typed getter ({@code getDouble}, {@code
   * getUTF8String}...), which a row and a column batch's row view answer alike: numbers but
   * decimals, booleans, strings, binary, dates and timestamps.
   */
  static boolean atomic(DataType t) {
    return t instanceof org.apache.spark.sql.types.NumericType && !(t instanceof org.apache.spark.sql.types.DecimalType)
        || t == DataTypes.BooleanType || t == DataTypes.StringType || t == DataTypes.BinaryType
        || t == DataTypes.DateType || t == DataTypes.TimestampType || t == DataTypes.TimestampNTZType;
  }

  static Column build(RowBatch rows, InputField f, ZoneId zone) {
    int n = rows.size();
    int c = f.index();
    DataType t = f.sparkType();
    String name = f.name();
    if (t == DataTypes.DoubleType) {
      return DataAccess.column(DoubleColumn.class, name, InputValues.doubles(rows, c, t));
    } else if (t == DataTypes.FloatType) {
      return DataAccess.column(FloatColumn.class, name, InputValues.floats(rows, c));
    } else if (t == DataTypes.IntegerType || t == DataTypes.ShortType || t == DataTypes.ByteType
        || t == DataTypes.LongType) {
      return integers(rows, c, t, name);
    } else if (t == DataTypes.BooleanType) {
      Boolean[] v = new Boolean[n];
      for (int i = 0; i < n; i++) {
        InternalRow r = rows.row(i);
        v[i] = r.isNullAt(c) ? null : r.getBoolean(c);
      }
      return BooleanColumn.ofNullable(name, v);
    } else if (t == DataTypes.StringType) {
      String[] v = new String[n];
      for (int i = 0; i < n; i++) {
        InternalRow r = rows.row(i);
        v[i] = r.isNullAt(c) ? null : r.getUTF8String(c).toString();
      }
      return StringColumn.of(name, v);
    } else if (t == DataTypes.BinaryType) {
      byte[][] v = new byte[n][];
      for (int i = 0; i < n; i++) {
        InternalRow r = rows.row(i);
        v[i] = r.isNullAt(c) ? null : r.getBinary(c);
      }
      return BinaryColumn.of(name, v);
    } else if (t == DataTypes.TimestampType || t == DataTypes.TimestampNTZType || t == DataTypes.DateType) {
      LocalDateTime[] v = new LocalDateTime[n];
      for (int i = 0; i < n; i++) {
        InternalRow r = rows.row(i);
        v[i] = r.isNullAt(c) ? null : SparkValues.dateTime(t, t == DataTypes.DateType ? r.getInt(c) : r.getLong(c), zone);
      }
      return DateTimeColumn.of(name, v);
    }
    Object[] v = new Object[n];
    for (int i = 0; i < n; i++) {
      v[i] = SparkValues.toPlain(rows.get(i, c), zone);
    }
    return ObjectColumn.of(name, v);
  }

  /** Integers as int32/int64, or as float64 with NaN when the batch has a null (pandas' rule). */
  private static Column integers(RowBatch rows, int c, DataType t, String name) {
    if (InputValues.hasNull(rows, c)) {
      return DataAccess.column(DoubleColumn.class, name, InputValues.doubles(rows, c, t));
    }
    return t == DataTypes.LongType ? DataAccess.column(LongColumn.class, name, InputValues.longs(rows, c))
        : DataAccess.column(IntColumn.class, name, InputValues.ints(rows, c, t));
  }
}
