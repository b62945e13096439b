package io.mlmodel.spark.internal.ship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.spark.BadRowPolicy;
import io.mlmodel.spark.LocalSpark;
import io.mlmodel.spark.SparkScoring;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pipelines trained here with Spark ML, saved as mlflow.spark.save_model lays them out. */
class SparkFlavorTest {
  static SparkSession spark;
  static Dataset<Row> data;

  @BeforeAll
  static void start() {
    spark = LocalSpark.get();
    data = spark.range(0, 120, 1, 1).selectExpr("CAST(id % 17 AS DOUBLE) / 4 AS a",
        "CAST(id % 11 AS DOUBLE) - 5 AS b", "CAST(id % 17 + 2 * (id % 11) > 18 AS DOUBLE) AS label");
  }

  /** The layout and MLmodel keys of mlflow.spark.save_model (MLflow 2.17.2, spark/__init__.py). */
  static Path saveAsMlflow(PipelineModel model, Path dir, String signature) throws IOException {
    model.write().overwrite().save(dir.resolve("sparkml").toUri().toString());
    Files.writeString(dir.resolve("MLmodel"), """
        flavors:
          python_function:
            data: sparkml
            env:
              conda: conda.yaml
              virtualenv: python_env.yaml
            loader_module: mlflow.spark
            python_version: 3.11.9
          spark:
            code: null
            model_class: pyspark.ml.pipeline.PipelineModel
            model_data: sparkml
            pyspark_version: 4.0.1
        mlflow_version: 2.17.2
        model_uuid: 4b6a1b5a6f4d4a0f9f0c1d2e3f405162
        """ + signature + "utc_time_created: '2026-12-02 14:00:00.000000'\n");
    return dir;
  }

  @Test
  void aTrainedPipelineGivesWhatSparksOwnTransformGives(@TempDir Path dir) throws IOException {
    PipelineModel model = new Pipeline().setStages(new PipelineStage[] {
        new VectorAssembler().setInputCols(new String[] {"a", "b"}).setOutputCol("features"),
        new LogisticRegression().setMaxIter(5)}).fit(data);
    saveAsMlflow(model, dir, """
        signature:
          inputs: '[{"type": "double", "name": "a", "required": true}, {"type": "double", "name": "b", "required": true}]'
          outputs: '[{"type": "double", "required": true}]'
          params: null
        """);

    Dataset<Row> scored = SparkScoring.builder(dir.toString()).predictionCol("p").build().transform(data);

    assertThat(scored.columns()).containsExactly("a", "b", "label", "p");
    List<Double> expected = model.transform(data).select("prediction").as(org.apache.spark.sql.Encoders.DOUBLE())
        .collectAsList();
    List<Double> got = scored.select("p").as(org.apache.spark.sql.Encoders.DOUBLE()).collectAsList();
    assertThat(got).isEqualTo(expected);
    assertThat(new java.util.HashSet<>(got)).as("both classes predicted").containsExactlyInAnyOrder(0.0, 1.0);
  }

  @Test
  void anArrayFeaturesColumnBecomesTheVectorTheLastStageReads(@TempDir Path dir) throws IOException {
    Dataset<Row> assembled = new VectorAssembler().setInputCols(new String[] {"a", "b"}).setOutputCol("features")
        .transform(data);
    Transformer lr = new LogisticRegression().setMaxIter(5).fit(assembled);
    PipelineModel model = new PipelineModel("lr-only", new Transformer[] {lr});
    saveAsMlflow(model, dir, "");
    Dataset<Row> arrays = assembled.select(org.apache.spark.ml.functions.vector_to_array(assembled.col("features"),
        "float64").as("features"));

    Dataset<Row> scored = SparkScoring.builder(dir.toString()).build().transform(arrays);

    assertThat(scored.schema().apply("features").dataType())
        .isEqualTo(DataTypes.createArrayType(DataTypes.DoubleType, false));
    List<Double> expected = model.transform(assembled).select("prediction").as(org.apache.spark.sql.Encoders.DOUBLE())
        .collectAsList();
    assertThat(scored.select("prediction").as(org.apache.spark.sql.Encoders.DOUBLE()).collectAsList())
        .isEqualTo(expected);
  }

  @Test
  void aLastStageWithAnOutputColWritesThePredictionColumn(@TempDir Path dir) throws IOException {
    PipelineModel model = new Pipeline().setStages(new PipelineStage[] {
        new VectorAssembler().setInputCols(new String[] {"a", "b"}).setOutputCol("features")}).fit(data);
    saveAsMlflow(model, dir, """
        signature:
          inputs: '[{"type": "double", "name": "a", "required": true}, {"type": "double", "name": "b", "required": true}]'
          outputs: '[{"type": "sparkml_vector", "required": true}]'
          params: null
        """);

    List<Row> rows = SparkScoring.builder(dir.toString()).build().transform(data).select("a", "b", "prediction")
        .collectAsList();

    List<Row> expected = model.transform(data).select("features").collectAsList();
    List<List<Double>> want = new ArrayList<>();
    for (Row r : expected) {
      want.add(java.util.Arrays.stream(((Vector) r.get(0)).toArray()).boxed().toList());
    }
    assertThat(rows).extracting(r -> r.<Double>getList(2)).isEqualTo(want);
    assertThat(rows.get(3).<Double>getList(2)).containsExactly(rows.get(3).getDouble(0), rows.get(3).getDouble(1));
  }

  static PipelineModel logistic() {
    return new Pipeline().setStages(new PipelineStage[] {
        new VectorAssembler().setInputCols(new String[] {"a", "b"}).setOutputCol("features"),
        new LogisticRegression().setMaxIter(5)}).fit(data);
  }

  /**
   * Regression: the flavor's path skipped the name check, so with ERROR_COLUMN an input column
   * named {@code error} was replaced by the (null) error column.
   */
  @Test
  void anErrorColumnAlreadyInTheInputIsAClashNotOverwritten(@TempDir Path dir) throws IOException {
    saveAsMlflow(logistic(), dir, "");
    Dataset<Row> withError = data.selectExpr("a", "b", "'keep me' AS error");

    assertThatThrownBy(() -> SparkScoring.builder(dir.toString()).badRows(BadRowPolicy.ERROR_COLUMN).build()
        .transform(withError))
        .isInstanceOf(io.mlmodel.InputException.class)
        .hasMessage("<input>: the input already has a column 'error'; choose another name for the error column");
    assertThat(SparkScoring.builder(dir.toString()).badRows(BadRowPolicy.ERROR_COLUMN).errorCol("why").build()
        .transform(withError).select("error").distinct().collectAsList()).extracting(r -> r.getString(0))
        .containsExactly("keep me");
  }

  /** Regression: a sparkml/ folder that is a link to a folder outside the model was loaded from there. */
  @Test
  void aSparkmlFolderLinkedFromOutsideTheModelIsRefused(@TempDir Path dir) throws IOException {
    Path outside = saveAsMlflow(logistic(), Files.createDirectories(dir.resolve("elsewhere")), "");
    Path model = Files.createDirectories(dir.resolve("model"));
    Files.copy(outside.resolve("MLmodel"), model.resolve("MLmodel"));
    Files.createSymbolicLink(model.resolve("sparkml"), outside.resolve("sparkml"));

    assertThatThrownBy(() -> SparkScoring.builder(model.toString()).build().transform(data))
        .isInstanceOfSatisfying(io.mlmodel.ModelException.class, e -> assertThat(e.code()).isEqualTo("path-escape"))
        .hasMessage(model.resolve("MLmodel") + ": flavors.spark.model_data: 'sparkml' leads outside the model"
            + " directory through a symbolic link (to " + outside.resolve("sparkml").toRealPath() + ")");
  }
}
