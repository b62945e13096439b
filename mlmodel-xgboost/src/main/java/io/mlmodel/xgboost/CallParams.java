package io.mlmodel.xgboost;

import io.mlmodel.InputException;
import io.mlmodel.Location;
import io.mlmodel.enforce.Params;
import java.util.List;
import java.util.Set;

/**
 * The params MLflow's wrapper passes on to XGBoost's {@code predict}, after enforcement: {@code
 * output_margin} and {@code iteration_range} are applied; other names that {@code predict} accepts
 * are refused, since this predictor cannot honour them; names it does not accept are dropped, as
 * {@code _exclude_unrecognized_kwargs} drops them.
 */
record CallParams(boolean margin, int[] iterations) {
  private static final Set<String> UNSUPPORTED = Set.of("ntree_limit", "validate_features", "base_margin",
      "pred_leaf", "pred_contribs", "approx_contribs", "pred_interactions", "training", "strict_shape");

  /**
   * @param defaultIterations the range without an {@code iteration_range} param
   * @param rounds the booster's boosting rounds, which a range may not go past
   */
  static CallParams of(Params params, int[] defaultIterations, int rounds) {
    if (params.isEmpty()) {
      return new CallParams(false, defaultIterations);
    }
    boolean margin = false;
    int[] iterations = defaultIterations;
    for (String name : params.names()) {
      Object v = params.get(name).orElse(null);
      if (name.equals("output_margin")) {
        if (!(v instanceof Boolean b)) {
          throw bad(name, "output_margin must be a boolean, found " + v);
        }
        margin = b;
      } else if (name.equals("iteration_range")) {
        iterations = range(v, rounds);
      } else if (UNSUPPORTED.contains(name)) {
        throw bad(name, "the JVM XGBoost predictor does not support the predict parameter '" + name + "'");
      }
    }
    return new CallParams(margin, iterations);
  }

  private static int[] range(Object v, int rounds) {
    if (v instanceof List<?> l && l.size() == 2 && l.get(0) instanceof Number a && l.get(1) instanceof Number b
        && a.longValue() >= 0 && b.longValue() >= a.longValue() && b.longValue() <= Integer.MAX_VALUE) {
      // XGBoost's check, made here so that it is the caller's error, not the model's
      if (b.longValue() > rounds) {
        throw bad("iteration_range", "iteration_range " + v + " goes past the booster's " + rounds + " rounds");
      }
      return new int[] {a.intValue(), b.intValue()};
    }
    throw bad("iteration_range", "iteration_range must be [begin, end) with 0 <= begin <= end, found " + v);
  }

  private static InputException bad(String name, String problem) {
    return new InputException("bad-param", Location.UNKNOWN.withKeyPath(name), name, problem);
  }
}
