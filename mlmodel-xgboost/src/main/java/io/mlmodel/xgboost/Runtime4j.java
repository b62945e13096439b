package io.mlmodel.xgboost;

import java.util.Optional;
import ml.dmlc.xgboost4j.java.DMatrix;

/** Whether xgboost4j's native library loads here; probed once. */
final class Runtime4j {
  private Runtime4j() {}

  private static final class Probe {
    static final Optional<String> PROBLEM = probe();
  }

  static Optional<String> problem() {
    return Probe.PROBLEM;
  }

  private static Optional<String> probe() {
    try {
      // The first DMatrix loads libxgboost4j from the jar; a one-cell matrix is the cheapest call.
      DMatrix probe = new DMatrix(new float[] {0f}, 1, 1, Float.NaN);
      probe.dispose();
      return Optional.empty();
    } catch (LinkageError | Exception e) {
      return Optional.of("xgboost4j could not load its native library: " + e);
    }
  }
}
