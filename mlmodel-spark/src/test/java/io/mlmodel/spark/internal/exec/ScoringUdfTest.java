package io.mlmodel.spark.internal.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.spark.LocalSpark;
import io.mlmodel.spark.SparkScoring;
import java.util.List;
import org.apache.spark.SparkException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The SQL form: what its argument may be, and what each bad-row policy gives. */
class ScoringUdfTest {
  static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.get();
    spark.sql("SELECT 1.0D AS a, 2L AS b").createOrReplaceTempView("udf_t");
    SparkScoring.builder(LocalSpark.testdata("onnx/columns_multi_input").toString()).build().register(spark, "udf_total");
  }

  /** Regression: a column given without struct(...) failed in Spark's cast with a ClassCastException. */
  @Test
  void anArgumentThatIsNotAStructIsRefusedWithAMessage() {
    assertThatThrownBy(() -> spark.sql("SELECT udf_total(a) FROM udf_t").collectAsList())
        .isInstanceOf(SparkException.class)
        .hasRootCauseInstanceOf(io.mlmodel.InputException.class)
        .rootCause()
        .hasMessage("<input>: the scoring UDF takes one struct argument whose fields are the model's inputs, as in"
            + " f(struct(a, b)) or f(struct(*)); it was given a value of Java class java.lang.Double");
    List<Row> rows = spark.sql("SELECT udf_total(struct(a, b)), udf_total(CAST(NULL AS DOUBLE)) FROM udf_t")
        .collectAsList();
    assertThat(rows.get(0).getDouble(0)).isEqualTo(3.0);
    assertThat(rows.get(0).isNullAt(1)).isTrue();
  }
}
