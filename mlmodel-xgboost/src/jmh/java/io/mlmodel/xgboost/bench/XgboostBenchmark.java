package io.mlmodel.xgboost.bench;

import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.PredictOutput;
import io.mlmodel.data.Tensor;
import io.mlmodel.predict.Predictor;
import io.mlmodel.predict.Predictors;
import io.mlmodel.signature.NumpyDtype;
import java.nio.file.Files;
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
 * The XGBoost predictor against the bare xgboost4j call it makes ({@code Booster.inplace_predict} on
 * the same float32 rows), on testdata/xgboost/booster_nonames_json (6 features, no signature, so a
 * 2-d float32 tensor goes straight in), at batch 1 and 10,000; and one row of
 * testdata/xgboost/binary_json as a table through its signature's enforcement, the call
 * time_pyfunc.py times on the MLflow side. Run with -Dmlmodel.testdata=path/to/testdata.
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
    tensor = Tensor.wrap(NumpyDtype.FLOAT32, rows.clone(), batch, FEATURES);
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
