package io.mlmodel.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BadRowsTest {
  static SparkSession spark;
  static final String MESSAGE = "Incompatible input types for column c. Can not safely convert float64 to int64.";

  @BeforeAll
  static void start() {
    spark = LocalSpark.get();
  }

  /** Ten rows in one partition; row 6 has no c, which MLflow refuses for a long column. */
  static Dataset<Row> tenRowsOneBad() {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      rows.add(RowFactory.create((double) i, 1.0, i == 6 ? null : (long) i));
    }
    StructType schema = new StructType().add("a", DataTypes.DoubleType).add("b", DataTypes.DoubleType)
        .add("c", DataTypes.LongType, true);
    return spark.createDataFrame(rows, schema).coalesce(1);
  }

  static SparkScoring scoring(BadRowPolicy policy) {
    return SparkScoring.builder(LocalSpark.testdata("onnx/columns_single_input").toString())
        .batchSize(4).badRows(policy).build();
  }

  @Test
  void failFailsTheJobNamingTheRowAndWithMlflowsMessage() {
    Dataset<Row> scored = scoring(BadRowPolicy.FAIL).transform(tenRowsOneBad());

    assertThatThrownBy(scored::collectAsList)
        .isInstanceOf(SparkException.class)
        .hasMessageContaining("<input>: partition 0, row 6: " + MESSAGE);
  }

  @Test
  void errorColumnNullsThePredictionAndKeepsTheOtherRows() {
    Dataset<Row> scored = scoring(BadRowPolicy.ERROR_COLUMN).transform(tenRowsOneBad());

    assertThat(scored.columns()).containsExactly("a", "b", "c", "prediction", "error");
    List<Row> rows = scored.collectAsList();
    assertThat(rows).hasSize(10);
    for (int i = 0; i < 10; i++) {
      Row r = rows.get(i);
      if (i == 6) {
        assertThat(r.isNullAt(3)).isTrue();
        assertThat(r.getString(4)).startsWith(MESSAGE);
      } else {
        // 0.5 a - b + 2 c with a = c = i, b = 1
        assertThat(r.getFloat(3)).as("row %d", i).isEqualTo(2.5f * i - 1);
        assertThat(r.isNullAt(4)).isTrue();
      }
    }
  }

  @Test
  void aNullTensorRowGetsItsOwnError() {
    StructType schema = new StructType().add("x", DataTypes.createArrayType(DataTypes.FloatType), true);
    Dataset<Row> df = spark.createDataFrame(List.of(RowFactory.create(List.of(1f, 2f, 3f)), RowFactory.create((Object) null),
        RowFactory.create(List.of(1f, 2f))), schema).coalesce(1);
    List<Row> rows = SparkScoring.builder(LocalSpark.testdata("onnx/external_data").toString())
        .badRows(BadRowPolicy.ERROR_COLUMN).build().transform(df).collectAsList();

    assertThat(rows.get(0).getList(1)).containsExactly(-0.5f, 10.0f);
    assertThat(rows.get(1).getString(2)).isEqualTo("the value is null; tensor input 'x' needs a value in every row");
    assertThat(rows.get(2).getString(2))
        .isEqualTo("the row has 2 elements but tensor input 'x' of shape [-1, 3] needs 3 per row");
  }

  @Test
  void aColumnOfTheWrongTypeFailsBeforeTheJobWithMlflowsMessage() {
    Dataset<Row> df = spark.sql("SELECT 1.0D AS a, 2.0D AS b, CAST(3 AS INT) AS c, 'x' AS z");
    Dataset<Row> wrong = df.withColumn("c", df.col("c").cast("boolean"));

    assertThatThrownBy(() -> scoring(BadRowPolicy.FAIL).transform(wrong))
        .isInstanceOf(io.mlmodel.InputException.class)
        .hasMessageContaining("Incompatible input types for column c. Can not safely convert bool to int64.");
    assertThatThrownBy(() -> scoring(BadRowPolicy.FAIL).transform(df.drop("b")))
        .isInstanceOf(io.mlmodel.InputException.class)
        .hasMessageContaining("Model is missing inputs ['b'].");
  }
}
