package io.mlmodel.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.TensorMap;
import io.mlmodel.predict.Predictor;
import io.mlmodel.predict.Predictors;
import io.mlmodel.spark.internal.exec.ScoredBatches;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An XGBoost model (testdata/xgboost/regressor_json: 10 double inputs, one float32 output) over Spark. */
class XgboostScoringTest {
  static final String[] COLUMNS = {"age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6"};
  static final int N = 20_000;

  static String model() {
    return LocalSpark.testdata("xgboost/regressor_json").toString();
  }

  /** Feature k of row i; every 7th cell of a column (shifted per column) is missing. */
  static double feature(int i, int k) {
    return (i + k) % 7 == 0 ? Double.NaN : ((i * 31 + k * 17) % 200 - 100) / 1000.0;
  }

  /** Uncached, the row path; cached, the cache's column batches in and out ({@link ScoredBatches}). */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
  void theSameRowsGiveExactlyTheSingleJvmPredictorsAnswersMissingCellsIncluded(boolean cached) {
    SparkSession spark = LocalSpark.get();
    List<String> exprs = new ArrayList<>(List.of("id"));
    for (int k = 0; k < COLUMNS.length; k++) {
      // SQL's version of feature(i, k): null where it gives NaN
      exprs.add("IF((id + " + k + ") % 7 = 0, NULL, CAST((id * 31 + " + (k * 17) + ") % 200 - 100 AS DOUBLE) / 1000)"
          + " AS `" + COLUMNS[k] + "`");
    }
    Dataset<Row> rows = spark.range(0, N, 1, 4).selectExpr(exprs.toArray(String[]::new));
    Dataset<Row> df = cached ? rows.cache() : rows;
    SparkScoring scoring = SparkScoring.builder(model()).batchSize(1000).build();
    assertThat(scoring.predictionType()).isEqualTo(DataTypes.FloatType);
    Dataset<Row> scored = scoring.transform(df);
    assertThat(((org.apache.spark.sql.classic.Dataset<Row>) scored).logicalPlan() instanceof ScoredBatches)
        .isEqualTo(cached);

    float[] got = new float[N];
    for (Row r : scored.select("id", "prediction").collectAsList()) {
      got[(int) r.getLong(0)] = r.getFloat(1);
    }
    ColumnTable.Builder table = ColumnTable.builder();
    for (int k = 0; k < COLUMNS.length; k++) {
      double[] v = new double[N];
      for (int i = 0; i < N; i++) {
        v[i] = feature(i, k);
      }
      table.addDoubles(COLUMNS[k], v);
    }
    float[] expected;
    try (Predictor p = Predictors.load(LocalSpark.testdata("xgboost/regressor_json"))) {
      expected = floats(p.predict(table.build()));
    }
    for (int i = 0; i < N; i++) {
      if (Float.floatToIntBits(got[i]) != Float.floatToIntBits(expected[i])) {
        throw new AssertionError("row " + i + ": spark " + got[i] + ", single JVM " + expected[i]);
      }
    }
    df.unpersist();
  }

  @Test
  void theOraclesRowsGiveMlflowsAnswers() throws Exception {
    JsonNode fixture = JsonMapper.builder().build()
        .readTree(Files.readString(LocalSpark.testdata("xgboost/regressor_json.expected.json")));
    StructType schema = new StructType();
    for (JsonNode c : fixture.at("/input/dataframe_split/columns")) {
      schema = schema.add(c.asString(), DataTypes.DoubleType);
    }
    List<Row> rows = new ArrayList<>();
    for (JsonNode r : fixture.at("/input/dataframe_split/data")) {
      Object[] v = new Object[r.size()];
      for (int k = 0; k < v.length; k++) {
        v[k] = r.get(k).isNull() ? null : r.get(k).asDouble();
      }
      rows.add(RowFactory.create(v));
    }
    Dataset<Row> df = LocalSpark.get().createDataFrame(rows, schema);
    List<Row> scored = SparkScoring.builder(model()).batchSize(5).build().transform(df).collectAsList();

    // what mlflow.pyfunc's predict returned for these rows (MLflow 2.17.2, XGBoost 1.7.4)
    JsonNode values = fixture.at("/expected/values");
    assertThat(scored).hasSize(values.size());
    List<Float> got = new ArrayList<>();
    List<Float> want = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Row in = rows.get(i);
      Row out = scored.stream().filter(r -> sameInputs(r, in)).findFirst().orElseThrow();
      got.add(out.getFloat(schema.size()));
      want.add((float) values.get(i).asDouble());
    }
    for (int i = 0; i < got.size(); i++) {
      assertThat(got.get(i)).as("row %d", i).isCloseTo(want.get(i), org.assertj.core.data.Percentage.withPercentage(1e-4));
    }
  }

  private static boolean sameInputs(Row a, Row b) {
    for (int k = 0; k < b.length(); k++) {
      if (!java.util.Objects.equals(a.get(k), b.get(k))) {
        return false;
      }
    }
    return true;
  }

  private static float[] floats(io.mlmodel.data.PredictOutput out) {
    Tensor t = out instanceof TensorMap m ? m.tensors().values().iterator().next() : (Tensor) out;
    return t.toFloatArray();
  }
}
