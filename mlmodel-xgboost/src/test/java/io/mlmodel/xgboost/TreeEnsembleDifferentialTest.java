package io.mlmodel.xgboost;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.predict.Predictors;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Java tree walk answers what xgboost4j's {@code inplace_predict} answers, value and margin,
 * over several iteration ranges and edge-case rows ({@link Differential}): on every fixture, and on
 * models of every supported objective that xgboost4j trains here.
 */
class TreeEnsembleDifferentialTest {

  static List<String> fixtures() {
    return Fixtures.names();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void everyFixtureWalksAsTheRuntime(String name) throws XGBoostError {
    try (XgboostPredictor p = (XgboostPredictor) Predictors.load(Fixtures.dir(name))) {
      assertThat(p.runtime().nativeOnly()).isEmpty();
      Differential.assertWalkEqualsRuntime(p.runtime(), name.hashCode());
    }
  }

  static Stream<Arguments> objectives() {
    return Stream.of(
        Arguments.of("reg:squarederror", Map.of("base_score", 0.3)),
        Arguments.of("reg:squarederror", Map.of("num_parallel_tree", 3, "subsample", 0.7)),
        Arguments.of("reg:linear", Map.of()),
        Arguments.of("reg:logistic", Map.of()),
        Arguments.of("binary:logistic", Map.of("base_score", 0.3)),
        Arguments.of("binary:logitraw", Map.of()),
        Arguments.of("binary:hinge", Map.of()),
        Arguments.of("multi:softprob", Map.of("num_class", 3)),
        Arguments.of("multi:softprob", Map.of("num_class", 4, "num_parallel_tree", 2, "subsample", 0.8)),
        Arguments.of("multi:softmax", Map.of("num_class", 3)),
        Arguments.of("count:poisson", Map.of()),
        Arguments.of("reg:gamma", Map.of("base_score", 2.5)),
        Arguments.of("reg:tweedie", Map.of("tweedie_variance_power", 1.4)),
        Arguments.of("reg:absoluteerror", Map.of()),
        Arguments.of("reg:pseudohubererror", Map.of()),
        Arguments.of("reg:squaredlogerror", Map.of()),
        Arguments.of("reg:quantileerror", Map.of("quantile_alpha", 0.3)),
        Arguments.of("rank:pairwise", Map.of()),
        Arguments.of("rank:ndcg", Map.of()),
        Arguments.of("rank:map", Map.of()));
  }

  @ParameterizedTest
  @MethodSource("objectives")
  void everyObjectiveWalksAsTheRuntime(String objective, Map<String, Object> extra) throws XGBoostError {
    Booster b = train(objective, extra, 5);
    GuardedBooster g = new GuardedBooster(b, Path.of(objective), EnsembleReader.read(b));
    try {
      assertThat(g.nativeOnly()).isEmpty();
      Differential.assertWalkEqualsRuntime(g, objective.hashCode() + extra.hashCode());
    } finally {
      g.close();
    }
  }

  /**
   * Six rounds of depth-4 trees on 300 seeded rows (8% missing), labels fit for the objective;
   * with {@code max_cat_to_onehot} in {@code extra}, feature 0 is categorical.
   */
  static Booster train(String objective, Map<String, Object> extra, int cols) throws XGBoostError {
    int rows = 300;
    Random rnd = new Random(objective.hashCode());
    float[] x = new float[rows * cols];
    boolean categorical = extra.containsKey("max_cat_to_onehot");
    for (int i = 0; i < x.length; i++) {
      x[i] = rnd.nextDouble() < 0.08 ? Float.NaN : (float) (rnd.nextGaussian() * 3);
      if (categorical && i % cols == 0 && !Float.isNaN(x[i])) {
        x[i] = Math.floorMod((int) x[i], 5); // feature 0 holds category codes 0 to 4
      }
    }
    int classes = (Integer) extra.getOrDefault("num_class", 2);
    float[] y = new float[rows];
    for (int r = 0; r < rows; r++) {
      double s = (Float.isNaN(x[r * cols]) ? 0 : x[r * cols]) + 0.5 * rnd.nextGaussian();
      y[r] = objective.startsWith("multi") ? Math.floorMod((int) Math.floor(s), classes)
          : objective.startsWith("rank:map") || objective.contains("logi") || objective.contains("hinge")
          ? (s > 0 ? 1 : 0) : objective.startsWith("rank") ? Math.floorMod((int) Math.floor(s), 4)
          : (float) Math.exp(s / 3);
    }
    DMatrix d = new DMatrix(x, rows, cols, Float.NaN);
    try {
      d.setLabel(y);
      if (categorical) {
        String[] types = new String[cols];
        java.util.Arrays.fill(types, "q");
        types[0] = "c";
        d.setFeatureTypes(types);
      }
      if (objective.startsWith("rank")) {
        d.setGroup(new int[] {100, 100, 100});
      }
      Map<String, Object> params = new HashMap<>(Map.of("objective", objective, "max_depth", 4, "eta", 0.3,
          "seed", 7, "nthread", 1));
      params.putAll(extra);
      Booster b = XGBoost.train(d, params, 6, Map.of(), null, null);
      b.setParam("nthread", 1);
      return b;
    } finally {
      d.dispose();
    }
  }
}
