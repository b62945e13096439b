package io.mlmodel.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.FloatColumn;
import io.mlmodel.data.PredictOutput;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.TensorMap;
import io.mlmodel.predict.Predictor;
import io.mlmodel.predict.Predictors;
import io.mlmodel.spark.internal.exec.ScoredBatches;
import io.mlmodel.spark.internal.ship.PredictorCache;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OnnxScoringTest {
  static final int N = 1_000_000;
  static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.get();
  }

  static String model(String name) {
    return LocalSpark.testdata("onnx/" + name).toString();
  }

  /** Uncached, the row path; cached, the cache's column batches in and out ({@link ScoredBatches}). */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
  void aMillionRowsGiveExactlyTheSingleJvmPredictorsAnswers(boolean cached) {
    Dataset<Row> rows = spark.range(0, N, 1, 8).selectExpr("id", "CAST(id % 1000 AS DOUBLE) / 8 AS a",
        "CAST(id % 97 AS DOUBLE) * 0.25 - 3 AS b", "id % 13 - 6 AS c");
    Dataset<Row> df = cached ? rows.cache() : rows;
    int loadsBefore = PredictorCache.loads();
    SparkScoring scoring = SparkScoring.builder(model("columns_single_input")).batchSize(4096).build();
    Dataset<Row> scored = scoring.transform(df);
    assertThat(scored.schema().apply("prediction").dataType()).isEqualTo(DataTypes.FloatType);
    assertThat(((org.apache.spark.sql.classic.Dataset<Row>) scored).logicalPlan() instanceof ScoredBatches)
        .isEqualTo(cached);

    float[] got = new float[N];
    boolean[] seen = new boolean[N];
    for (Row r : scored.select("id", "prediction").collectAsList()) {
      int id = (int) r.getLong(0);
      assertThat(seen[id]).as("row %d scored twice", id).isFalse();
      seen[id] = true;
      got[id] = r.getFloat(1);
    }
    // at most one: an earlier test class in this JVM may have loaded the same model already
    assertThat(PredictorCache.loads() - loadsBefore).as("loads over 8 partitions in one JVM").isLessThanOrEqualTo(1);

    double[] a = new double[N];
    double[] b = new double[N];
    long[] c = new long[N];
    for (int i = 0; i < N; i++) {
      a[i] = (i % 1000) / 8.0;
      b[i] = (i % 97) * 0.25 - 3;
      c[i] = i % 13 - 6;
    }
    float[] expected;
    try (Predictor p = Predictors.load(LocalSpark.testdata("onnx/columns_single_input"))) {
      PredictOutput out = p.predict(ColumnTable.builder().addDoubles("a", a).addDoubles("b", b).addLongs("c", c).build());
      expected = ((FloatColumn) ((ColumnTable) out).columns().get(0)).toArray();
    }
    for (int i = 0; i < N; i++) {
      if (Float.floatToIntBits(got[i]) != Float.floatToIntBits(expected[i]) || !seen[i]) {
        throw new AssertionError("row " + i + ": spark " + got[i] + ", single JVM " + expected[i]);
      }
    }
    // 0.5 a - b + 2 c by hand: row 0 is (0, -3, -6), row 1 (0.125, -2.75, -5).
    assertThat(got[0]).isEqualTo(-9f);
    assertThat(got[1]).isEqualTo(0.0625f + 2.75f - 10f);
    df.unpersist();
  }

  @Test
  void arrayColumnsFeedATensorSignatureCastToItsDtype() {
    StructType schema = new StructType().add("x", DataTypes.createArrayType(DataTypes.DoubleType));
    Dataset<Row> df = spark.createDataFrame(List.of(RowFactory.create(List.of(1.0, 2.0, 3.0)),
        RowFactory.create(List.of(-1.0, 0.5, 0.0))), schema);
    Dataset<Row> scored = SparkScoring.builder(model("external_data")).build().transform(df);

    assertThat(scored.schema().apply("prediction").dataType())
        .isEqualTo(DataTypes.createArrayType(DataTypes.FloatType, false));
    List<Row> rows = scored.collectAsList();
    // x·W + b from testdata/onnx/external_data/expected.json
    assertThat(rows.get(0).getList(1)).containsExactly(-0.5f, 10.0f);
    assertThat(rows.get(1).getList(1)).containsExactly(-0.25f, 1.625f);
  }

  @Test
  void severalTensorOutputsBecomeAStructWithAFieldEach() {
    StructType schema = new StructType()
        .add("f32", DataTypes.createArrayType(DataTypes.FloatType))
        .add("f64", DataTypes.createArrayType(DataTypes.DoubleType))
        .add("i64", DataTypes.LongType).add("i32", DataTypes.IntegerType).add("flag", DataTypes.BooleanType);
    Dataset<Row> df = spark.createDataFrame(List.of(
        RowFactory.create(List.of(0.5f, -1.25f, 3.0f), List.of(0.1, 0.2), 9007199254740993L, 2147483647, true),
        RowFactory.create(List.of(1.0f, 2.0f, -0.125f), List.of(1e10, 1.0), -1L, -5, false)), schema);
    Dataset<Row> scored = SparkScoring.builder(model("dtypes")).build().transform(df);

    assertThat(scored.schema().apply("prediction").dataType().simpleString()).isEqualTo(
        "struct<f32_twice:array<float>,f64_sum:double,i64_plus1:bigint,i32_neg:int,flag_not:boolean>");
    List<Row> rows = scored.select("prediction.*").collectAsList();
    // testdata/onnx/dtypes/expected.json
    assertThat(rows.get(0).getList(0)).containsExactly(1.0f, -2.5f, 6.0f);
    assertThat(rows.get(0).getDouble(1)).isEqualTo(0.30000000000000004);
    assertThat(rows.get(0).getLong(2)).isEqualTo(9007199254740994L);
    assertThat(rows.get(0).getInt(3)).isEqualTo(-2147483647);
    assertThat(rows.get(0).getBoolean(4)).isFalse();
    assertThat(rows.get(1).getDouble(1)).isEqualTo(10000000001.0);
    assertThat(rows.get(1).getLong(2)).isZero();
    assertThat(rows.get(1).getInt(3)).isEqualTo(5);
    assertThat(rows.get(1).getBoolean(4)).isTrue();
  }

  @Test
  void theUdfScoresFromSqlAsTransformDoes() {
    spark.createDataFrame(List.of(RowFactory.create(0.5, 1L), RowFactory.create(-1.25, 2L)),
        new StructType().add("a", DataTypes.DoubleType).add("b", DataTypes.LongType)).createOrReplaceTempView("t");
    SparkScoring.builder(model("columns_multi_input")).build().register(spark, "total");

    List<Row> rows = spark.sql("SELECT total(struct(b, a)) AS total FROM t").collectAsList();
    assertThat(spark.sql("SELECT total(struct(a, b)) FROM t").schema().fields()[0].dataType())
        .isEqualTo(DataTypes.DoubleType);
    assertThat(rows).extracting(r -> r.getDouble(0)).containsExactly(1.5, 0.75);
  }

  @Test
  void aModelWithoutOutputSchemaGivesADoubleFromItsFirstNumericOutput() {
    StructType schema = new StructType().add("probabilities", DataTypes.createArrayType(DataTypes.FloatType));
    Dataset<Row> df = spark.createDataFrame(List.of(RowFactory.create(List.of(0.1f, 0.7f, 0.2f)),
        RowFactory.create(List.of(0.9f, 0.05f, 0.05f))), schema);
    SparkScoring scoring = SparkScoring.builder(model("zipmap")).build();
    Dataset<Row> scored = scoring.transform(df);

    assertThat(scoring.predictionType()).isEqualTo(DataTypes.DoubleType);
    // The zipmap graph's first output is the ArgMax label of each row.
    assertThat(scored.collectAsList()).extracting(r -> r.getDouble(1)).containsExactly(1.0, 0.0);
  }

  @Test
  void theSameRowsScoreTheSameAsTheSingleJvmTensorPredictor() {
    StructType schema = new StructType().add("x", DataTypes.createArrayType(DataTypes.FloatType));
    Dataset<Row> df = spark.range(0, 900, 1, 3).selectExpr(
        "array(CAST(id / 4 AS FLOAT), CAST(id % 7 AS FLOAT), CAST(-id AS FLOAT)) AS x");
    List<Row> rows = SparkScoring.builder(model("external_data")).batchSize(333).build().transform(df).collectAsList();

    float[] x = new float[rows.size() * 3];
    for (int i = 0; i < rows.size(); i++) {
      List<Float> v = rows.get(i).getList(0);
      x[3 * i] = v.get(0);
      x[3 * i + 1] = v.get(1);
      x[3 * i + 2] = v.get(2);
    }
    try (Predictor p = Predictors.load(LocalSpark.testdata("onnx/external_data"))) {
      Tensor y = ((TensorMap) p.predict(Tensor.ofFloats(x, rows.size(), 3))).tensors().values().iterator().next();
      float[] expected = y.toFloatArray();
      for (int i = 0; i < rows.size(); i++) {
        assertThat(rows.get(i).getList(1)).as("row %d", i).containsExactly(expected[2 * i], expected[2 * i + 1]);
      }
    }
    assertThat(schema.fieldNames()).containsExactly("x");
  }
}
