package io.mlmodel.xgboost.bench;

import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.PredictInput;
import io.mlmodel.data.Tensor;
import io.mlmodel.predict.Predictor;
import io.mlmodel.predict.Predictors;
import io.mlmodel.signature.NumpyDtype;
import io.mlmodel.xgboost.BenchRoutes;
import io.mlmodel.xgboost.XgboostPredictor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

/**
 * Where the Java tree walk stops beating the native call: for each model and batch size, blocks of
 * predictor calls forced onto each route, alternating, timed by thread CPU (median of the rounds).
 * The models: booster_nonames_json (5 trees), binary_json (8) and multiclass_json (24 trees, 3
 * classes) and, trained here by xgboost4j, 300 trees of depth 6 on 6 features (binary:logistic,
 * saved as the model of a copy of booster_nonames_json). Usage: {@code Crossover [rounds]}; run
 * with -Dmlmodel.testdata=path/to/testdata.
 */
public final class Crossover {
  private Crossover() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 11;
    Path big = bigModel();
    for (String name : new String[] {"booster_nonames_json", "binary_json", "multiclass_json", "trained_300x6"}) {
      Path dir = name.startsWith("trained") ? big : XgboostBenchmark.testdata().resolve(name);
      try (Predictor p = Predictors.load(dir)) {
        int cols = (int) BenchRoutes.booster(p).getNumFeature();
        int trees = BenchRoutes.trees(p);
        for (int batch : new int[] {1, 16, 64, 256, 1024, 4096}) {
          PredictInput t = input(((XgboostPredictor) p).featureNames(), batch, cols);
          Callable<Object> java = () -> {
            BenchRoutes.force(p, "JAVA");
            return p.predict(t);
          };
          Callable<Object> nat = () -> {
            BenchRoutes.force(p, "NATIVE");
            return p.predict(t);
          };
          report(name, trees, batch, rounds, java, nat);
        }
      }
    }
  }

  /** A copy of booster_nonames_json whose model is 300 rounds of depth-6 trees on seeded random data. */
  static Path bigModel() throws Exception {
    Path dir = Files.createTempDirectory("crossover");
    try (Stream<Path> files = Files.list(XgboostBenchmark.testdata().resolve("booster_nonames_json"))) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (!f.getFileName().toString().equals("model.json")) {
          Files.copy(f, dir.resolve(f.getFileName()));
        }
      }
    }
    SplittableRandom rnd = new SplittableRandom(3);
    int rows = 5000;
    float[] x = new float[rows * 6];
    float[] y = new float[rows];
    for (int r = 0; r < rows; r++) {
      double s = 0;
      for (int c = 0; c < 6; c++) {
        x[r * 6 + c] = (float) (rnd.nextDouble() * 100);
        s += Math.sin(x[r * 6 + c] / (c + 3));
      }
      y[r] = s + rnd.nextGaussian() > 0 ? 1 : 0;
    }
    DMatrix d = new DMatrix(x, rows, 6, Float.NaN);
    d.setLabel(y);
    Booster b = XGBoost.train(d, Map.of("objective", "binary:logistic", "max_depth", 6, "eta", 0.1, "seed", 1,
        "nthread", 1), 300, Map.of(), null, null);
    b.saveModel(dir.resolve("model.json").toString());
    b.dispose();
    d.dispose();
    return dir;
  }

  /** A float32 tensor, or for a model with feature names a table of float64 columns by those names. */
  static PredictInput input(List<String> names, int batch, int cols) {
    SplittableRandom rnd = new SplittableRandom(batch);
    float[] rows = new float[batch * cols];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = rnd.nextDouble() < 0.05 ? Float.NaN : (float) (rnd.nextDouble() * 100);
    }
    if (names.isEmpty()) {
      return Tensor.wrap(NumpyDtype.FLOAT32, rows, batch, cols);
    }
    ColumnTable.Builder table = ColumnTable.builder();
    for (int c = 0; c < cols; c++) {
      double[] column = new double[batch];
      for (int r = 0; r < batch; r++) {
        column[r] = rows[r * cols + c];
      }
      table.addDoubles(names.get(c), column);
    }
    return table.build();
  }

  static void report(String name, int trees, int batch, int rounds, Callable<Object> java, Callable<Object> nat)
      throws Exception {
    long start = System.nanoTime();
    long pairs = 0;
    while (System.nanoTime() - start < 1_000_000_000L) {
      java.call();
      nat.call();
      pairs++;
    }
    int calls = (int) Math.max(4, Math.min(100_000, pairs * 10 / 1_000)); // ~5 ms a block
    double[] j = new double[rounds];
    double[] n = new double[rounds];
    double[] ratio = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long[] a = r % 2 == 0 ? PairedOverhead.time(java, calls) : null;
      long[] b = PairedOverhead.time(nat, calls);
      if (a == null) {
        a = PairedOverhead.time(java, calls);
      }
      j[r] = a[0] / 1000.0 / calls;
      n[r] = b[0] / 1000.0 / calls;
      ratio[r] = j[r] / n[r];
    }
    Arrays.sort(j);
    Arrays.sort(n);
    Arrays.sort(ratio);
    System.out.printf("crossover %s trees=%d batch=%d walks=%d java_cpu_us=%.2f native_cpu_us=%.2f java/native=%.3f%n",
        name, trees, batch, (long) trees * batch, j[rounds / 2], n[rounds / 2], ratio[rounds / 2]);
  }
}
