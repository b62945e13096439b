package io.mlmodel.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example of docs/spark.md: read Parquet, score, write Parquet. */
class ParquetExampleTest {

  @Test
  void readsScoresAndWritesParquet(@TempDir Path dir) {
    SparkSession spark = LocalSpark.get();
    String in = dir.resolve("in.parquet").toString();
    String out = dir.resolve("out.parquet").toString();
    spark.range(1000).selectExpr("CAST(id AS DOUBLE) AS a", "1.0D AS b", "id AS c").write().parquet(in);

    // as in docs/spark.md
    Dataset<Row> input = spark.read().parquet(in);
    SparkScoring scoring = SparkScoring.builder(LocalSpark.testdata("onnx/columns_single_input").toString())
        .batchSize(4096)
        .badRows(BadRowPolicy.ERROR_COLUMN)
        .build();
    Dataset<Row> scored = scoring.transform(input);
    scored.write().mode("overwrite").parquet(out);

    Dataset<Row> back = spark.read().parquet(out);
    assertThat(back.columns()).containsExactly("a", "b", "c", "prediction", "error");
    List<Row> rows = back.where("c = 10 OR c = 999").orderBy("c").collectAsList();
    // 0.5 a - b + 2 c with a = c, b = 1
    assertThat(rows).extracting(r -> r.getFloat(3)).containsExactly(24.0f, 2496.5f);
    assertThat(back.where("error IS NOT NULL").count()).isZero();
  }
}
