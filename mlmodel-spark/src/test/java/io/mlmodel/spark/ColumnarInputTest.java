package io.mlmodel.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The columnar input path ({@link io.mlmodel.spark.internal.exec.Transform#columnarInput}) gives the
 * DataFrame the row path gives: the same rows scored from a cached DataFrame (Spark's in-memory
 * column batches of 10,000 rows) and from a Parquet file (the vectorized reader's batches of 4,096)
 * against the same rows read as rows, with nulls in the inputs, bad rows in the error column, and
 * batch sizes that split the source's batches unevenly or exceed them. Public for its rows and
 * scoring, which the plan node's test (in the internal package) scores too.
 */
public class ColumnarInputTest {
  public static final int N = 25_000;
  static SparkSession spark;
  @TempDir static Path dir;

  @BeforeAll
  static void start() {
    spark = LocalSpark.get();
  }

  @AfterAll
  static void unpersist() {
    spark.catalog().clearCache();
  }

  /**
   * The rows of a model's fixture in 2 partitions: for the ONNX model {@code 0.5 a - b + 2 c}
   * ({@code a, b} double, {@code c} bigint), nulls in each column, and {@code c} null (a bad row,
   * MLflow refuses float64 for int64) where {@code badC} holds; for XGBoost, 10 double columns with
   * every 7th cell null. An {@code id} column the model does not read comes first.
   */
  public static Dataset<Row> rows(String model, String badC) {
    List<String> exprs = new ArrayList<>(List.of("id"));
    if (model.startsWith("onnx")) {
      exprs.add("IF(id % 11 = 0, NULL, CAST(id % 100 AS DOUBLE) / 10) AS a");
      exprs.add("IF(id % 13 = 0, NULL, CAST(id % 7 AS DOUBLE)) AS b");
      exprs.add("IF(" + badC + ", NULL, id % 50 - 25) AS c");
    } else {
      for (int k = 0; k < XgboostScoringTest.COLUMNS.length; k++) {
        exprs.add("IF((id + " + k + ") % 7 = 0, NULL, CAST((id * 31 + " + (k * 17) + ") % 200 - 100 AS DOUBLE) / 1000)"
            + " AS `" + XgboostScoringTest.COLUMNS[k] + "`");
      }
    }
    return LocalSpark.get().range(0, N, 1, 2).selectExpr(exprs.toArray(String[]::new));
  }

  public static SparkScoring scoring(String model, int batchSize, BadRowPolicy policy) {
    return SparkScoring.builder(LocalSpark.testdata(model).toString()).batchSize(batchSize).badRows(policy).build();
  }

  @ParameterizedTest
  @CsvSource({"onnx/columns_single_input, 1000, ERROR_COLUMN", "onnx/columns_single_input, 3333, FAIL",
      "onnx/columns_single_input, 20000, ERROR_COLUMN", "xgboost/regressor_json, 999, FAIL",
      "xgboost/regressor_json, 4096, ERROR_COLUMN", "xgboost/regressor_json, 12000, FAIL"})
  void aCachedDataFrameScoresFromItsColumnBatchesAsItsRowsScore(String model, int batchSize, BadRowPolicy policy) {
    SparkScoring scoring = scoring(model, batchSize, policy);
    // transformed before the same query is cached, which Spark would then read from the cache
    Dataset<Row> fromRows = scoring.transform(rows(model, badC(policy)));
    Dataset<Row> cached = rows(model, badC(policy)).cache();
    Dataset<Row> fromBatches = scoring.transform(cached);

    assertThat(ColumnarPathTest.readsColumnBatches(fromRows)).isFalse();
    assertThat(ColumnarPathTest.readsColumnBatches(fromBatches)).isTrue();
    List<Row> expected = fromRows.collectAsList();
    assertThat(fromBatches.collectAsList()).isEqualTo(expected);
    checkAgainstTheFormula(model, policy, expected);
    cached.unpersist();
  }

  @ParameterizedTest
  @CsvSource({"onnx/columns_single_input, 1000, ERROR_COLUMN", "onnx/columns_single_input, 5000, FAIL",
      "xgboost/regressor_json, 3000, FAIL", "xgboost/regressor_json, 8192, ERROR_COLUMN"})
  void aParquetFileScoresFromTheVectorizedReadersBatchesAsFromItsRows(String model, int batchSize, BadRowPolicy policy) {
    String path = dir.resolve(model.replace('/', '-') + "-" + batchSize + ".parquet").toString();
    rows(model, badC(policy)).write().parquet(path);
    SparkScoring scoring = scoring(model, batchSize, policy);

    Dataset<Row> fromBatches = scoring.transform(spark.read().parquet(path));
    List<Row> expected = ColumnarPathTest.withoutVectorizedParquet(() -> {
      Dataset<Row> fromRows = scoring.transform(spark.read().parquet(path));
      assertThat(ColumnarPathTest.readsColumnBatches(fromRows)).isFalse();
      return fromRows.collectAsList();
    });

    assertThat(ColumnarPathTest.readsColumnBatches(fromBatches)).isTrue();
    assertThat(fromBatches.collectAsList()).isEqualTo(expected);
    checkAgainstTheFormula(model, policy, expected);
  }

  /** Where the ONNX model's {@code c} is null: 5 rows with the error column, none when bad rows fail. */
  private static String badC(BadRowPolicy policy) {
    return policy == BadRowPolicy.ERROR_COLUMN ? "id % 5000 = 7" : "false";
  }

  /** The ONNX model's rows against {@code 0.5 a - b + 2 c}; the bad rows' errors; XGBoost's row count. */
  private static void checkAgainstTheFormula(String model, BadRowPolicy policy, List<Row> rows) {
    boolean errors = policy == BadRowPolicy.ERROR_COLUMN;
    assertThat(rows).hasSize(N);
    if (!model.startsWith("onnx")) {
      assertThat(rows).filteredOn(r -> r.isNullAt(11)).isEmpty();
      return;
    }
    int bad = 0;
    for (Row r : rows) {
      if (r.isNullAt(3)) {
        bad++;
        assertThat(r.getString(5)).startsWith(BadRowsTest.MESSAGE);
      } else if (r.isNullAt(1) || r.isNullAt(2)) {
        assertThat(r.isNullAt(4)).as("row %s", r).isTrue();
      } else if (errors) {
        assertThat(r.isNullAt(5)).isTrue();
      }
      if (!r.isNullAt(1) && !r.isNullAt(2) && !r.isNullAt(3)) {
        float expected = (float) (0.5f * (float) r.getDouble(1) - (float) r.getDouble(2) + 2f * r.getLong(3));
        assertThat(r.getFloat(4)).as("row %s", r).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-3f));
      }
    }
    assertThat(rows.get(0).length()).isEqualTo(errors ? 6 : 5);
    assertThat(bad).isEqualTo(errors ? 5 : 0);
  }
}
