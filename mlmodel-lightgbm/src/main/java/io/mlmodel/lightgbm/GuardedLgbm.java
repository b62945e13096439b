package io.mlmodel.lightgbm;

import static com.microsoft.ml.lightgbm.lightgbmlib.LGBM_BoosterCalcNumPredict;
import static com.microsoft.ml.lightgbm.lightgbmlib.LGBM_BoosterPredictForMat;

import com.microsoft.ml.lightgbm.SWIGTYPE_p_double;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_long_long;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_void;
import com.microsoft.ml.lightgbm.lightgbmlib;
import com.microsoft.ml.lightgbm.lightgbmlibConstants;
import io.mlmodel.InputException;
import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.request.Predictions;
import java.nio.file.Path;
import java.util.concurrent.locks.StampedLock;

/**
 * A native LightGBM booster, called through the binding's SWIG layer: lightgbm4j 4.1.0-2's own
 * {@code predictForMat} sizes its output for two values a row and overruns it for three or more
 * classes, so the output here is sized by {@code LGBM_BoosterCalcNumPredict} (asked once for one
 * row: LightGBM's count is linear in the rows). Predictions take a
 * read lock and {@link #close()} the write lock, so the booster is never freed under a running
 * call; LightGBM shares the booster between concurrent predictions under its own reader lock.
 * Every native buffer a call allocates is freed before it returns. Thread-safe.
 */
final class GuardedLgbm {
  /** One OpenMP thread a call: a server runs calls side by side, and OpenMP's spinning costs a one-row call dearly. */
  static final String PARAMS = "num_threads=1";
  private final SWIGTYPE_p_void handle;
  private final Path file;
  private final StampedLock lock = new StampedLock();
  private volatile boolean closed;

  /** Values a row gets (LightGBM's count is the rows times this): asked once, not on every call. */
  private final long perRow;

  /** Takes the handle over; frees it when LightGBM cannot count its outputs. */
  GuardedLgbm(SWIGTYPE_p_void handle, Path file) {
    this.handle = handle;
    this.file = file;
    SWIGTYPE_p_long_long len = lightgbmlib.new_int64_tp();
    try {
      check(LGBM_BoosterCalcNumPredict(handle, 1, lightgbmlibConstants.C_API_PREDICT_NORMAL, 0, -1, len));
      this.perRow = lightgbmlib.int64_tp_value(len);
    } catch (RuntimeException e) {
      lightgbmlib.LGBM_BoosterFree(handle);
      throw e;
    } finally {
      lightgbmlib.delete_int64_tp(len);
    }
  }

  /** Row-major doubles in (NaN is missing), LightGBM's normal output (rows times classes values) out. */
  double[] predict(double[] data, int rows, int cols) {
    long stamp = lock.readLock();
    SWIGTYPE_p_double in = null;
    SWIGTYPE_p_double out = null;
    SWIGTYPE_p_long_long len = lightgbmlib.new_int64_tp();
    try {
      checkOpen();
      int normal = lightgbmlibConstants.C_API_PREDICT_NORMAL;
      long size = rows * perRow;
      in = lightgbmlib.new_doubleArray(data.length);
      for (int i = 0; i < data.length; i++) {
        lightgbmlib.doubleArray_setitem(in, i, data[i]);
      }
      out = lightgbmlib.new_doubleArray(size);
      check(LGBM_BoosterPredictForMat(handle, lightgbmlib.double_to_voidp_ptr(in),
          lightgbmlibConstants.C_API_DTYPE_FLOAT64, rows, cols, 1, normal, 0, -1, PARAMS, len, out));
      double[] result = new double[Math.toIntExact(lightgbmlib.int64_tp_value(len))];
      for (int i = 0; i < result.length; i++) {
        result[i] = lightgbmlib.doubleArray_getitem(out, i);
      }
      return result;
    } finally {
      try {
        free(in);
        free(out);
        lightgbmlib.delete_int64_tp(len);
      } finally {
        lock.unlockRead(stamp);
      }
    }
  }

  private void check(int rc) {
    if (rc == 0) {
      return;
    }
    String m = lightgbmlib.LGBM_GetLastError();
    if (m.contains("number of features")) {
      throw new InputException("schema-mismatch", Location.UNKNOWN, null, "LightGBM refused the input: " + m);
    }
    throw new ModelException("lightgbm-run", Location.of(file), "LightGBM failed to predict: " + m);
  }

  private static void free(SWIGTYPE_p_double array) {
    if (array != null) {
      lightgbmlib.delete_doubleArray(array);
    }
  }

  void checkOpen() {
    if (closed) {
      throw new IllegalStateException("this LightgbmPredictor for " + file + " is closed");
    }
  }

  /** Waits for running predictions, then frees the native booster. Idempotent. */
  void close() {
    long stamp = lock.writeLock();
    try {
      if (!closed) {
        closed = true;
        lightgbmlib.LGBM_BoosterFree(handle);
      }
    } finally {
      lock.unlockWrite(stamp);
    }
  }
}
