package io.mlmodel.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DataFrame's column names against the model's inputs and the columns transform adds. */
class InputColumnsTest {
  static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.get();
  }

  static SparkScoring scoring(String model) {
    return SparkScoring.builder(model).build();
  }

  static final String SINGLE = LocalSpark.testdata("onnx/columns_single_input").toString();

  /** Two columns "a" after a join: the first and the second disagree, as a and the model's input. */
  static Dataset<Row> twoColumnsA() {
    return spark.sql("SELECT 1.0D AS a, 2.0D AS b, 3L AS c").crossJoin(spark.sql("SELECT 100.0D AS a"));
  }

  /**
   * Regression: an input column "Prediction" passed the clash check (exact names) and the scored
   * DataFrame had two columns Spark cannot tell apart ("Reference `prediction` is ambiguous").
   */
  @Test
  void aColumnNamedLikeThePredictionInAnotherCaseIsAClash() {
    Dataset<Row> df = spark.sql("SELECT 1.0D AS a, 2.0D AS b, 3L AS c, 7 AS Prediction");

    assertThatThrownBy(() -> scoring(SINGLE).transform(df))
        .isInstanceOf(InputException.class)
        .hasMessage("<input>: the input already has a column 'Prediction'; choose another name for the prediction"
            + " column");
    assertThat(SparkScoring.builder(SINGLE).predictionCol("score").build().transform(df).columns())
        .containsExactly("a", "b", "c", "Prediction", "score");
  }

  /** Regression: of two columns named like a model input, the first was scored silently. */
  @Test
  void twoColumnsOfAnInputsNameAreRefusedNotChosenSilently() {
    assertThatThrownBy(() -> scoring(SINGLE).transform(twoColumnsA()))
        .isInstanceOf(InputException.class)
        .hasMessage("<input>: the input has more than one column named 'a' (columns 0 and 3); the model reads 'a'"
            + " from one column: drop or rename the others");
    assertThatThrownBy(() -> scoring(SINGLE).transform(twoColumnsA().cache()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("more than one column named 'a'");
  }

  /**
   * Regression: a model without a signature given two columns "a" failed its tasks with a bare
   * {@code IllegalArgumentException: duplicate column name 'a'}.
   */
  @Test
  void twoColumnsOfOneNameForAModelWithoutSignatureFailBeforeTheJob(@TempDir Path dir) throws IOException {
    Path model = Files.createDirectories(dir.resolve("no-signature"));
    String mlmodel = Files.readString(Path.of(SINGLE, "MLmodel"));
    Files.writeString(model.resolve("MLmodel"), mlmodel.substring(0, mlmodel.indexOf("signature:")));
    Files.copy(Path.of(SINGLE, "model.onnx"), model.resolve("model.onnx"));

    assertThatThrownBy(() -> scoring(model.toString()).transform(twoColumnsA()))
        .isInstanceOf(InputException.class)
        .hasMessage("<input>: the input has more than one column named 'a' (columns 0 and 3); the model reads 'a'"
            + " from one column: drop or rename the others");
    assertThat(scoring(model.toString()).transform(twoColumnsA().drop("a")).columns()).containsExactly("b", "c",
        "prediction");
    assertThat(List.of(twoColumnsA().columns())).containsExactly("a", "b", "c", "a");
  }
}
