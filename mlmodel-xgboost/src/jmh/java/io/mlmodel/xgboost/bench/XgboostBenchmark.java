package io.mlmodel.xgboost.bench;

import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.DoubleColumn;
import io.mlmodel.data.PredictOutput;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.internal.DataAccess;
import io.mlmodel.predict.Predictor;
import io.mlmodel.predict.Predictors;
import io.mlmodel.signature.NumpyDtype;
import io.mlmodel.xgboost.BenchRoutes;
import java.nio.file.Files;
import ml.dmlc.xgboost4j.java.DMatrix;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoost;
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
 * The XGBoost predictor against the bare xgboost4j calls a user makes with the same data, on
 * testdata/xgboost/booster_nonames_json (6 features, no signature), at batch 1 and 10,000:
 * <ul>
 *   <li>a 2-d float32 tensor against {@code Booster.inplace_predict} on the very array the tensor
 *       wraps (xgboost4j's cheapest call: no DMatrix; {@link #bareDMatrixPredict} shows the DMatrix
 *       way for comparison);
 *   <li>a table of six float64 columns against what a user does with six {@code double[]}: write
 *       them row-major into a {@code float[]}, then {@code inplace_predict}.
 * </ul>
 * and {@link #bareWalk}, the bare Java tree walk the predictor takes for small batches.
 * And one row of testdata/xgboost/binary_json as a table through its signature's enforcement, the
 * call time_pyfunc.py times on the MLflow side. Both sides of a pair read the same arrays, so
 * neither has the warmer caches. Run with -Dmlmodel.testdata=path/to/testdata.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 6, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@State(Scope.Benchmark)
public class XgboostBenchmark {
  static final int FEATURES = 6;

  @Param({"1", "10000"})
  int batch;

  Predictor predictor;
  Predictor tableModel;
  Booster bare;
  float[] rows;
  Tensor tensor;
  double[][] columns;
  ColumnTable table;
  ColumnTable oneRow;
  int[] allIterations = {0, 0};

  static Path testdata() {
    return Paths.get(System.getProperty("mlmodel.testdata", "../testdata")).toAbsolutePath().resolve("xgboost");
  }

  @Setup(Level.Trial)
  public void setup() throws Exception {
    Path dir = testdata().resolve("booster_nonames_json");
    predictor = Predictors.load(dir);
    bare = XGBoost.loadModel(Files.readAllBytes(dir.resolve("model.json")));
    bare.setParam("nthread", 1); // as the predictor sets it
    SplittableRandom rnd = new SplittableRandom(1);
    rows = new float[batch * FEATURES];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = rnd.nextDouble() < 0.05 ? Float.NaN : (float) (rnd.nextDouble() * 100);
    }
    tensor = Tensor.wrap(NumpyDtype.FLOAT32, rows, batch, FEATURES);
    columns = new double[FEATURES][batch];
    ColumnTable.Builder tb = ColumnTable.builder();
    for (int c = 0; c < FEATURES; c++) {
      for (int r = 0; r < batch; r++) {
        columns[c][r] = rows[r * FEATURES + c];
      }
      tb.add(DataAccess.column(DoubleColumn.class, "f" + c, columns[c])); // the same arrays, as a decoder builds them
    }
    table = tb.build();
    tableModel = Predictors.load(testdata().resolve("binary_json"));
    oneRow = ColumnTable.builder().addDoubles("mean radius", 19.18).addDoubles("mean texture", 22.49)
        .addDoubles("mean perimeter", 127.5).addDoubles("mean area", Double.NaN)
        .addDoubles("mean smoothness", 0.08523).addDoubles("mean compactness", 0.1428).build();
  }

  @TearDown(Level.Trial)
  public void close() {
    predictor.close();
    tableModel.close();
    bare.dispose();
  }

  @Benchmark
  public float[][] bareInplacePredict() throws Exception {
    return bare.inplace_predict(rows, batch, FEATURES, Float.NaN, allIterations, Booster.PredictionType.kValue, null);
  }

  /** The bare Java tree walk of the same model on the same rows (value predictions over all rounds). */
  @Benchmark
  public float[][] bareWalk() {
    return BenchRoutes.walk(predictor, rows, batch, FEATURES);
  }

  @Benchmark
  public float[][] bareDMatrixPredict() throws Exception {
    DMatrix m = new DMatrix(rows, batch, FEATURES, Float.NaN);
    try {
      return bare.predict(m);
    } finally {
      m.dispose();
    }
  }

  /** What a user does with column arrays: row-major float32, then the cheapest call. */
  @Benchmark
  public float[][] bareColumnsInplacePredict() throws Exception {
    return bare.inplace_predict(rowMajor(), batch, FEATURES, Float.NaN, allIterations,
        Booster.PredictionType.kValue, null);
  }

  private float[] rowMajor() {
    float[] x = new float[batch * FEATURES];
    for (int r = 0; r < batch; r++) {
      for (int c = 0; c < FEATURES; c++) {
        x[r * FEATURES + c] = (float) columns[c][r];
      }
    }
    return x;
  }

  /** What a user does with column arrays, on the Java walk: row-major float32, then the walk. */
  @Benchmark
  public float[][] bareColumnsWalk() {
    return BenchRoutes.walk(predictor, rowMajor(), batch, FEATURES);
  }

  @Benchmark
  public PredictOutput predictorTable() {
    return predictor.predict(table);
  }

  @Benchmark
  public PredictOutput predictorTensor() {
    return predictor.predict(tensor);
  }

  /** One row as a DataFrame through signature enforcement (batch does not apply). */
  @Benchmark
  public PredictOutput predictorOneRowTable() {
    return tableModel.predict(oneRow);
  }
}
