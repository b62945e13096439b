package io.mlmodel.lightgbm;

import io.github.metarank.lightgbm4j.LGBMBooster;
import io.github.metarank.lightgbm4j.LGBMDataset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Trains the small LightGBM models of testdata/lightgbm with the JVM binding (no Python LightGBM
 * exists here) and writes each text model and the rows the tests predict on. make_fixtures.sh runs
 * it, then lays the folders out with MLflow's own {@code mlflow.lightgbm.save_model}.
 *
 * <p>Usage: {@code LightgbmFixtureGenerator <dir for model texts> <dir for the probe rows>}.
 * Deterministic: fixed seeds, one thread.
 */
public final class LightgbmFixtureGenerator {
  private LightgbmFixtureGenerator() {}

  static final String[] NAMES = {"x0", "x1", "x2", "x3"};
  static final int ROWS = 300;

  public static void main(String[] args) throws Exception {
    Path models = Path.of(args[0]);
    Path probes = Path.of(args[1]);
    Files.createDirectories(models);
    Files.createDirectories(probes);
    float[] x = features(new SplittableRandom(7), ROWS);
    String common = " num_leaves=7 learning_rate=0.3 min_data_in_leaf=5 max_bin=63 seed=0 num_threads=1"
        + " deterministic=true force_row_wise=true verbose=-1";
    train(models, "binary", x, labels(x, "binary"), "objective=binary" + common, 12);
    train(models, "multiclass", x, labels(x, "multiclass"), "objective=multiclass num_class=3" + common, 8);
    train(models, "regression", x, labels(x, "regression"), "objective=regression" + common, 15);
    Files.writeString(probes.resolve("probe.input.json"), probeJson(features(new SplittableRandom(99), 16)));
  }

  /** Rows of four features, about 10% of them missing (NaN). */
  static float[] features(SplittableRandom rnd, int rows) {
    float[] x = new float[rows * NAMES.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = rnd.nextDouble() < 0.1 ? Float.NaN : (float) (rnd.nextGaussian() * 2);
    }
    return x;
  }

  static float[] labels(float[] x, String task) {
    int rows = x.length / NAMES.length;
    float[] y = new float[rows];
    SplittableRandom noise = new SplittableRandom(3);
    for (int r = 0; r < rows; r++) {
      double a = zero(x[r * 4]);
      double b = zero(x[r * 4 + 1]);
      double c = zero(x[r * 4 + 2]);
      double d = zero(x[r * 4 + 3]);
      y[r] = switch (task) {
        case "binary" -> a + 0.5 * b - 0.3 * c > 0 ? 1 : 0;
        case "multiclass" -> c < -1 ? 0 : c < 1 ? 1 : 2;
        default -> (float) (3 * a - 2 * d + a * b + noise.nextGaussian() * 0.1);
      };
    }
    return y;
  }

  private static double zero(float v) {
    return Float.isNaN(v) ? 0 : v;
  }

  static void train(Path dir, String name, float[] x, float[] y, String params, int rounds) throws Exception {
    try (LGBMDataset data = LGBMDataset.createFromMat(x, y.length, NAMES.length, true, "max_bin=63", null)) {
      data.setField("label", y);
      data.setFeatureNames(NAMES);
      try (LGBMBooster booster = LGBMBooster.create(data, params)) {
        for (int i = 0; i < rounds; i++) {
          booster.updateOneIter();
        }
        String text = booster.saveModelToString(0, 0, LGBMBooster.FeatureImportanceType.SPLIT);
        Files.writeString(dir.resolve(name + ".lgb"), text, StandardCharsets.UTF_8);
      }
    }
  }

  /** MLflow's dataframe_split form; a missing cell is null, as pandas writes NaN. */
  static String probeJson(float[] x) {
    List<String> rows = new ArrayList<>();
    for (int r = 0; r < x.length / NAMES.length; r++) {
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < NAMES.length; c++) {
        float v = x[r * NAMES.length + c];
        cells.add(Float.isNaN(v) ? "null" : Double.toString(v));
      }
      rows.add("[" + String.join(", ", cells) + "]");
    }
    return "{\"dataframe_split\": {\"columns\": [\"x0\", \"x1\", \"x2\", \"x3\"], \"data\": [\n  "
        + String.join(",\n  ", rows) + "]}}\n";
  }
}
