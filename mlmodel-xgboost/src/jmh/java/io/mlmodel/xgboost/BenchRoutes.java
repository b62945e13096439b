package io.mlmodel.xgboost;

import io.mlmodel.Location;
import io.mlmodel.predict.Predictor;
import java.nio.file.Path;
import java.util.Objects;
import ml.dmlc.xgboost4j.java.Booster;

/**
 * The benchmarks' way in to the package-private route switch and to the bare Java walk; compiled
 * with the benchmarks only, never part of the library.
 */
public final class BenchRoutes {
  private BenchRoutes() {}

  /** Forces {@code p}'s route: {@code AUTO}, {@code NATIVE} or {@code JAVA}. */
  public static void force(Predictor p, String route) {
    ((XgboostPredictor) p).runtime().route(GuardedBooster.Route.valueOf(route));
  }

  /** {@return the booster under {@code p}} */
  public static Booster booster(Predictor p) {
    return ((XgboostPredictor) p).runtime().booster();
  }

  /** {@return how many tree walks one row of {@code p} takes over all rounds} */
  public static int trees(Predictor p) {
    return Objects.requireNonNull(((XgboostPredictor) p).runtime().trees(), "runs on the runtime only").trees(0, 0);
  }

  /** {@return the bare Java walk of {@code p}'s trees: values over all rounds, shaped as inplace_predict's} */
  public static float[][] walk(Predictor p, float[] rows, int n, int cols) {
    TreeEnsemble t = Objects.requireNonNull(((XgboostPredictor) p).runtime().trees(), "runs on the runtime only");
    return t.predict(rows, n, cols, Float.NaN, 0, 0, false);
  }

  /**
   * The load's Java side of a model's JSON export, as {@code BoosterModel.load} does it: the
   * structure checks and the Java walk's trees, from one parse of the export.
   */
  public static Object checkAndWalk(byte[] json) {
    return EnsembleReader.read(StructureCheck.check(json, Path.of("model.json"), Location.UNKNOWN, json.length));
  }
}
