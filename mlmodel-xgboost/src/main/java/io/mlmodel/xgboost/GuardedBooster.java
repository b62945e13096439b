package io.mlmodel.xgboost;

import io.mlmodel.InputException;
import io.mlmodel.Location;
import io.mlmodel.ModelException;
import java.nio.file.Path;
import java.util.concurrent.locks.StampedLock;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * A native booster with its lifecycle: predictions take a read lock and {@link #close()} the write
 * lock, so the booster is never disposed under a running call. XGBoost's in-place prediction is
 * thread-safe for tree boosters, so reads run concurrently. Thread-safe.
 */
final class GuardedBooster {
  private final Booster booster;
  private final Path file;
  private final StampedLock lock = new StampedLock();
  private volatile boolean closed;

  GuardedBooster(Booster booster, Path file) {
    this.booster = booster;
    this.file = file;
  }

  Booster booster() {
    return booster;
  }

  /** Row-major floats in, one row of outputs per input row out; NaN and {@code missing} are missing. */
  float[][] predict(float[] data, int rows, int cols, float missing, int[] iterations, boolean margin) {
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
