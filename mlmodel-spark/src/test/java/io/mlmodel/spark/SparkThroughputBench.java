package io.mlmodel.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.FloatColumn;
import io.mlmodel.predict.Predictor;
import io.mlmodel.predict.Predictors;
import java.util.Arrays;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;

/**
 * The throughput harness of docs/performance.md, "Spark batch scoring", not a unit test (the normal build excludes it):
 * {@code mvn -B -Pbench test} in mlmodel-spark. Scores the same rows with the ONNX linear model
 * (testdata/onnx/columns_single_input) on local[2] and with the single-JVM predictor on one thread,
 * alternating, and prints rows/s of each round.
 */
class SparkThroughputBench {
  static final int N = Integer.getInteger("bench.rows", 2_000_000);
  static final int BATCH = Integer.getInteger("bench.batch", 1024);
  static final int ROUNDS = Integer.getInteger("bench.rounds", 3);

  @Test
  void onnxLinearModelOnLocal2AgainstOneJvm() {
    assumeTrue(Boolean.getBoolean("mlmodel.bench"), "run with -Pbench");
    SparkSession spark = LocalSpark.get();
    String model = LocalSpark.testdata("onnx/columns_single_input").toString();
    Dataset<Row> df = spark.range(0, N, 1, 2).selectExpr("CAST(id % 1000 AS DOUBLE) / 8 AS a",
        "CAST(id % 97 AS DOUBLE) * 0.25 - 3 AS b", "id % 13 - 6 AS c").cache();
    assertThat(df.count()).isEqualTo(N);
    SparkScoring scoring = SparkScoring.builder(model).batchSize(BATCH).build();
    double[] a = new double[N];
    double[] b = new double[N];
    long[] c = new long[N];
    for (int i = 0; i < N; i++) {
      a[i] = (i % 1000) / 8.0;
      b[i] = (i % 97) * 0.25 - 3;
      c[i] = i % 13 - 6;
    }
    double[] sparkRate = new double[ROUNDS + 1];
    double[] jvmRate = new double[ROUNDS + 1];
    try (Predictor p = Predictors.load(LocalSpark.testdata("onnx/columns_single_input"))) {
      for (int round = 0; round <= ROUNDS; round++) {
        long t0 = System.nanoTime();
        double sparkSum = scoring.transform(df).agg(functions.sum("prediction")).first().getDouble(0);
        long t1 = System.nanoTime();
        double jvmSum = 0;
        for (int from = 0; from < N; from += BATCH) {
          int to = Math.min(N, from + BATCH);
          ColumnTable t = ColumnTable.builder().addDoubles("a", Arrays.copyOfRange(a, from, to))
              .addDoubles("b", Arrays.copyOfRange(b, from, to)).addLongs("c", Arrays.copyOfRange(c, from, to)).build();
          FloatColumn y = (FloatColumn) ((ColumnTable) p.predict(t)).columns().get(0);
          for (int i = 0; i < y.size(); i++) {
            jvmSum += y.get(i);
          }
        }
        long t2 = System.nanoTime();
        org.apache.spark.sql.types.StructType plus = df.schema().add("prediction", "float");
        df.mapPartitions(new Floor(), org.apache.spark.sql.Encoders.row(plus)).agg(functions.sum("prediction")).first();
        long t3 = System.nanoTime();
        assertThat(sparkSum).isCloseTo(jvmSum, org.assertj.core.data.Offset.offset(Math.abs(jvmSum) * 1e-9 + 1));
        sparkRate[round] = N / ((t1 - t0) / 1e9);
        jvmRate[round] = N / ((t2 - t1) / 1e9);
        System.out.printf("round %d%s: spark local[2] %.0f rows/s (%.0f per core), one JVM thread %.0f rows/s,"
            + " per-core ratio %.2f%n", round, round == 0 ? " (warm-up)" : "", sparkRate[round], sparkRate[round] / 2,
            jvmRate[round], sparkRate[round] / 2 / jvmRate[round]);
        System.out.printf("round %d: spark local[2] mapPartitions of Rows without a model (the floor) %.0f rows/s%n",
            round, N / ((t3 - t2) / 1e9));
      }
    }
    df.unpersist();
  }

  /** The same rows through mapPartitions with a constant instead of a model: Spark's own cost. */
  record Floor() implements org.apache.spark.api.java.function.MapPartitionsFunction<Row, Row> {
    @Override
    public java.util.Iterator<Row> call(java.util.Iterator<Row> it) {
      return new java.util.Iterator<>() {
        @Override
        public boolean hasNext() {
          return it.hasNext();
        }

        @Override
        public Row next() {
          Row r = it.next();
          return org.apache.spark.sql.RowFactory.create(r.get(0), r.get(1), r.get(2), 1f);
        }
      };
    }
  }
}
