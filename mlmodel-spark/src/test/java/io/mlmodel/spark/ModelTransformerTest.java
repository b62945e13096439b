package io.mlmodel.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.feature.SQLTransformer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelTransformerTest {
  static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.get();
  }

  @Test
  void survivesASaveAndLoadOfItsPipeline(@TempDir Path dir) throws Exception {
    Dataset<Row> df = spark.range(0, 500, 1, 2).selectExpr("CAST(id AS DOUBLE) / 8 AS x", "id % 5 AS b");
    ModelTransformer score = new ModelTransformer()
        .setModelUri(LocalSpark.testdata("onnx/columns_multi_input").toString())
        .setBatchSize(64)
        .setBadRows(BadRowPolicy.ERROR_COLUMN)
        .setPredictionCol("total");
    PipelineModel fitted = new Pipeline().setStages(new PipelineStage[] {
        new SQLTransformer().setStatement("SELECT x * 2 AS a, b FROM __THIS__"), score}).fit(df);
    String path = dir.resolve("pipeline").toUri().toString();
    fitted.write().overwrite().save(path);

    PipelineModel loaded = PipelineModel.load(path);

    ModelTransformer stage = (ModelTransformer) loaded.stages()[1];
    assertThat(stage.uid()).isEqualTo(score.uid());
    assertThat(stage.getOrDefault(stage.batchSize())).isEqualTo(64);
    assertThat(stage.getOrDefault(stage.badRows())).isEqualTo("error-column");
    assertThat(stage.getOrDefault(stage.modelUri())).isEqualTo(score.getOrDefault(score.modelUri()));
    List<Row> before = fitted.transform(df).collectAsList();
    List<Row> after = loaded.transform(df).collectAsList();
    assertThat(after).isEqualTo(before);
    assertThat(after.get(0).schema().fieldNames()).containsExactly("a", "b", "total", "error");
    for (Row r : after) {
      assertThat(r.getDouble(2)).isEqualTo(r.getDouble(0) + r.getLong(1));
    }
  }

  @Test
  void savesAndLoadsAlone(@TempDir Path dir) throws Exception {
    ModelTransformer t = new ModelTransformer().setModelUri("models:/churn/3").setErrorCol("why");
    t.write().save(dir.resolve("t").toString());

    ModelTransformer back = ModelTransformer.load(dir.resolve("t").toString());

    assertThat(back.uid()).isEqualTo(t.uid());
    assertThat(back.getOrDefault(back.modelUri())).isEqualTo("models:/churn/3");
    assertThat(back.getOrDefault(back.errorCol())).isEqualTo("why");
    assertThat(back.getOrDefault(back.batchSize())).isEqualTo(1024);
  }

  /**
   * Regression: the scoring was kept from the first transform, so a param set afterwards with Spark
   * ML's generic {@code set(param, value)} was silently ignored.
   */
  @Test
  void aParamSetAfterTheFirstTransformIsUsed() {
    Dataset<Row> df = spark.sql("SELECT 1.0D AS a, 2L AS b");
    ModelTransformer t = new ModelTransformer().setModelUri(LocalSpark.testdata("onnx/columns_multi_input").toString());
    assertThat(t.transform(df).columns()).containsExactly("a", "b", "prediction");

    t.set(t.predictionCol(), "total");
    t.set(t.badRows(), "error-column");

    assertThat(t.transform(df).columns()).containsExactly("a", "b", "total", "error");
    assertThat(t.transformSchema(df.schema()).fieldNames()).containsExactly("a", "b", "total", "error");
  }
}
