package io.mlmodel.lightgbm.bench;

import com.microsoft.ml.lightgbm.PredictionType;
import io.github.metarank.lightgbm4j.LGBMBooster;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.DoubleColumn;
import io.mlmodel.data.PredictOutput;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.internal.DataAccess;
import io.mlmodel.predict.Predictor;
import io.mlmodel.predict.Predictors;
import io.mlmodel.signature.NumpyDtype;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The LightGBM predictor against the bare binding call a user makes with the same data ({@code
 * LGBMBooster.predictForMat} of lightgbm4j; correct for a binary model, whose one value a row fits
 * the binding's output buffer), on testdata/lightgbm/binary_nosig (4 features, 12 trees, no
 * signature), at batch 1 and 10,000: a 2-d float64 tensor against {@code predictForMat} on the very
 * array the tensor wraps, and a table of four float64 columns against what a user does with four
 * {@code double[]}: write them row-major into a {@code double[]}, then {@code predictForMat}. Both
 * sides of a pair read the same arrays, so neither has the warmer caches. Run with
 * -Dmlmodel.testdata=path/to/testdata.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 6, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@State(Scope.Benchmark)
public class LightgbmBenchmark {
  static final int FEATURES = 4;

  @Param({"1", "10000"})
  int batch;

  Predictor predictor;
  LGBMBooster bare;
  double[] rows;
  Tensor tensor;
  double[][] columns;
  ColumnTable table;

  @Setup(Level.Trial)
  public void setup() throws Exception {
    Path dir = Paths.get(System.getProperty("mlmodel.testdata", "../testdata")).toAbsolutePath()
        .resolve("lightgbm/binary_nosig");
    predictor = Predictors.load(dir);
    bare = LGBMBooster.loadModelFromString(Files.readString(dir.resolve("model.lgb")));
    SplittableRandom rnd = new SplittableRandom(1);
    rows = new double[batch * FEATURES];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = rnd.nextDouble() < 0.05 ? Double.NaN : rnd.nextGaussian() * 2;
    }
    tensor = Tensor.wrap(NumpyDtype.FLOAT64, rows, batch, FEATURES);
    columns = new double[FEATURES][batch];
    ColumnTable.Builder tb = ColumnTable.builder();
    for (int c = 0; c < FEATURES; c++) {
      for (int r = 0; r < batch; r++) {
        columns[c][r] = rows[r * FEATURES + c];
      }
      tb.add(DataAccess.column(DoubleColumn.class, "x" + c, columns[c])); // the same arrays, as a decoder builds them
    }
    table = tb.build();
  }

  @TearDown(Level.Trial)
  public void close() throws Exception {
    predictor.close();
    bare.close();
  }

  @Benchmark
  public double[] barePredictForMat() throws Exception {
    return bare.predictForMat(rows, batch, FEATURES, true, PredictionType.C_API_PREDICT_NORMAL, "num_threads=1");
  }

  /** What a user does with column arrays: row-major float64, then the binding's call. */
  @Benchmark
  public double[] bareColumnsPredictForMat() throws Exception {
    double[] x = new double[batch * FEATURES];
    for (int r = 0; r < batch; r++) {
      for (int c = 0; c < FEATURES; c++) {
        x[r * FEATURES + c] = columns[c][r];
      }
    }
    return bare.predictForMat(x, batch, FEATURES, true, PredictionType.C_API_PREDICT_NORMAL, "num_threads=1");
  }

  @Benchmark
  public PredictOutput predictorTable() {
    return predictor.predict(table);
  }

  @Benchmark
  public PredictOutput predictorTensor() {
    return predictor.predict(tensor);
  }
}
