package io.mlmodel.spark;

import io.mlmodel.InputException;
import io.mlmodel.Location;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The output schema of {@link SparkScoring#transform}, and the columns it appends. */
final class Transform {
  private Transform() {}

  static StructType schema(SparkScoring scoring, StructType input) {
    SparkScoring.Settings s = scoring.settings();
    List<String> names = List.of(input.fieldNames());
    for (String c : List.of(s.predictionCol(), s.errorCol())) {
      if (names.contains(c) && (c.equals(s.predictionCol()) || s.badRows() == BadRowPolicy.ERROR_COLUMN)) {
        throw new InputException("schema-mismatch", Location.UNKNOWN, c, "the input already has a column '" + c
            + "'; choose another name for the " + (c.equals(s.predictionCol()) ? "prediction" : "error") + " column");
      }
    }
    StructType out;
    if (SparkFlavor.applies(scoring.model())) {
      SparkSession spark = SparkSession.active();
      out = scoring.transform(spark.createDataFrame(List.of(), input)).schema();
      return out;
    }
    out = input.add(new StructField(s.predictionCol(), scoring.predictionType(), true,
        org.apache.spark.sql.types.Metadata.empty()));
    if (s.badRows() == BadRowPolicy.ERROR_COLUMN) {
      out = out.add(s.errorCol(), DataTypes.StringType, true);
    }
    return out;
  }

  static Dataset<Row> withNulls(Dataset<Row> scored, SparkScoring.Settings s) {
    if (s.badRows() != BadRowPolicy.ERROR_COLUMN) {
      return scored;
    }
    return scored.withColumn(s.errorCol(), functions.lit(null).cast(DataTypes.StringType));
  }
}
