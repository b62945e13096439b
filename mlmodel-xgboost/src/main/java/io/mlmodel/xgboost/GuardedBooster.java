package io.mlmodel.xgboost;

import io.mlmodel.InputException;
import io.mlmodel.Location;
import io.mlmodel.ModelException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.locks.StampedLock;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.jspecify.annotations.Nullable;

/**
 * A native booster with its lifecycle, and the Java evaluation of its trees for small batches.
 * Native predictions take a read lock and {@link #close()} the write lock, so the booster is never
 * disposed under a running call; XGBoost's in-place prediction is thread-safe for tree boosters,
 * so reads run concurrently. A batch of at most {@link #JAVA_TREE_WALKS} tree walks (rows times
 * trees in the iteration range) runs on the {@link TreeEnsemble}, when the model has one, without
 * the lock: it touches no native memory. Thread-safe.
 */
final class GuardedBooster {
  /**
   * The most tree walks a call evaluates in Java: below it the Java walk is cheaper than the native
   * call's fixed cost, measured in docs/performance-history.md ("The Java tree walk").
   */
  static final long JAVA_TREE_WALKS = 4096;

  /** Where a call runs: decided by the batch ({@code AUTO}), or forced, for tests and benchmarks. */
  enum Route { AUTO, NATIVE, JAVA }

  private final Booster booster;
  private final Path file;
  private final @Nullable TreeEnsemble trees;
  private final String nativeOnly;
  private final StampedLock lock = new StampedLock();
  private volatile boolean closed;
  private volatile Route route = Route.AUTO;

  GuardedBooster(Booster booster, Path file, EnsembleReader.Result trees) {
    this.booster = booster;
    this.file = file;
    TreeEnsemble t = trees.trees();
    String reason = trees.reason();
    if (t != null) {
      try {
        t = t.withBaseMargin(baseMargin(booster, t));
      } catch (XGBoostError e) {
        reason = "the runtime could not give the base margin: " + e.getMessage();
        t = null;
      }
    }
    this.trees = t;
    this.nativeOnly = reason;
  }

  /**
   * The base margin as the runtime computes it: its {@code logf} and {@code expf} are the C
   * library's, which are not always correctly rounded (logf(0.9999999) is 1 ulp from the nearest
   * float), so the walk takes the runtime's own value, the margin of a row through no tree.
   */
  private static float baseMargin(Booster booster, TreeEnsemble t) throws XGBoostError {
    float[] row = new float[t.numFeature()];
    java.util.Arrays.fill(row, Float.NaN);
    int[] noTree = t.accepts(1, 1) ? new int[] {1, 1} : new int[] {0, 0};
    return booster.inplace_predict(row, 1, row.length, Float.NaN, noTree, Booster.PredictionType.kMargin, null)[0][0];
  }

  /** Forces a route; {@link Route#JAVA} only for a model the ensemble evaluates. For tests and benchmarks. */
  void route(Route forced) {
    if (forced == Route.JAVA && trees == null) {
      throw new IllegalStateException("the model runs on the runtime only: " + nativeOnly);
    }
    this.route = forced;
  }

  /** {@return the Java walk of the trees, or null for a model that runs on the runtime only} */
  @Nullable TreeEnsemble trees() {
    return trees;
  }

  /** {@return why the model's trees are not evaluated in Java, or empty when they are} */
  Optional<String> nativeOnly() {
    return trees == null ? Optional.of(nativeOnly) : Optional.empty();
  }

  /** {@return whether a call of {@code rows} rows over {@code iterations} runs on the Java walk} */
  boolean runsInJava(int rows, int cols, int[] iterations) {
    TreeEnsemble t = trees;
    Route r = route;
    if (t == null || r == Route.NATIVE || cols != t.numFeature() || !t.accepts(iterations[0], iterations[1])) {
      return false;
    }
    return r == Route.JAVA || (long) rows * t.trees(iterations[0], iterations[1]) <= JAVA_TREE_WALKS;
  }

  Booster booster() {
    return booster;
  }

  /** Row-major floats in, one row of outputs per input row out; NaN and {@code missing} are missing. */
  float[][] predict(float[] data, int rows, int cols, float missing, int[] iterations, boolean margin) {
    TreeEnsemble t = trees;
    if (t != null && runsInJava(rows, cols, iterations)) {
      checkOpen();
      return t.predict(data, rows, cols, missing, iterations[0], iterations[1], margin);
    }
    long stamp = lock.readLock();
    try {
      checkOpen();
      return booster.inplace_predict(data, rows, cols, missing, iterations,
          margin ? Booster.PredictionType.kMargin : Booster.PredictionType.kValue, null);
    } catch (XGBoostError e) {
      String m = String.valueOf(e.getMessage());
      if (m.contains("feature") || m.contains("column")) {
        throw new InputException("schema-mismatch", Location.UNKNOWN, null, "XGBoost refused the input: " + m);
      }
      throw new ModelException("xgboost-run", Location.of(file), "XGBoost failed to predict: " + m, e);
    } finally {
      lock.unlockRead(stamp);
    }
  }

  void checkOpen() {
    if (closed) {
      throw new IllegalStateException("this XgboostPredictor for " + file + " is closed");
    }
  }

  /** Waits for running predictions, then frees the native booster. Idempotent. */
  void close() {
    long stamp = lock.writeLock();
    try {
      if (!closed) {
        closed = true;
        booster.dispose();
      }
    } finally {
      lock.unlockWrite(stamp);
    }
  }
}
