package io.mlmodel.xgboost;

import io.mlmodel.InputException;
import io.mlmodel.Location;
import io.mlmodel.data.Tensor;
import io.mlmodel.signature.NumpyDtype;

/**
 * Shapes XGBoost's raw predictions as the Python call that MLflow's pyfunc makes returns them: a
 * booster or regressor answers float32, 1-d when each row has one value (XGBoost's default,
 * non-strict shape) and 2-d otherwise; a classifier answers labels as {@code XGBClassifier.predict}
 * computes them from those values.
 */
final class Outputs {
  private Outputs() {}

  /** An empty answer for an input without rows, in the dtype the model class answers with. */
  static Tensor empty(ModelClass kind, boolean margin) {
    return kind == ModelClass.CLASSIFIER && !margin
        ? Tensor.ofLongs(new long[0], 0) : Tensor.ofFloats(new float[0], 0);
  }

  /**
   * Refuses, before the runtime is called, a batch whose answer would not fit one array: {@code
   * rows} times the model's output groups (a 1,000-class model and 2.2 million rows overflowed the
   * answer's int size).
   */
  static void checkSize(int rows, int groups) {
    if ((long) rows * groups > Integer.MAX_VALUE - 8) {
      throw new InputException("limit", Location.UNKNOWN, null, "the input has " + rows + " rows and the model "
          + groups + " outputs a row, more values than one prediction answers");
    }
  }

  /** {@code raw} has one array per row, each with the same number of values. */
  static Tensor of(ModelClass kind, SklearnMeta meta, float[][] raw, boolean margin) {
    if (kind == ModelClass.CLASSIFIER && !margin) {
      return classify(meta, raw);
    }
    return values(raw);
  }

  static Tensor values(float[][] raw) {
    int rows = raw.length;
    int k = raw[0].length;
    float[] flat = new float[rows * k];
    if (k == 1) {
      for (int r = 0; r < rows; r++) {
        flat[r] = raw[r][0];
      }
    } else {
      for (int r = 0; r < rows; r++) {
        System.arraycopy(raw[r], 0, flat, r * k, k);
      }
    }
    return k == 1 ? Tensor.wrap(NumpyDtype.FLOAT32, flat, rows) : Tensor.wrap(NumpyDtype.FLOAT32, flat, rows, k);
  }

  /** {@code XGBClassifier.predict} (XGBoost 1.7 to 2.1): argmax, label threshold, softmax class or 0.5 cut. */
  static Tensor classify(SklearnMeta meta, float[][] raw) {
    int rows = raw.length;
    int k = raw[0].length;
    if (k > 1 && meta.nClasses() != 2) {
      long[] labels = new long[rows];
      for (int r = 0; r < rows; r++) {
        labels[r] = argmax(raw[r]);
      }
      return Tensor.wrap(NumpyDtype.INT64, labels, rows);
    }
    if (k > 1) {
      // multi-label: np.zeros(shape) is float64, set to 1 where the probability is above 0.5
      double[] flags = new double[rows * k];
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < k; c++) {
          flags[r * k + c] = raw[r][c] > 0.5f ? 1.0 : 0.0;
        }
      }
      return Tensor.wrap(NumpyDtype.FLOAT64, flags, rows, k);
    }
    if ("multi:softmax".equals(meta.objective())) {
      int[] classes = new int[rows];
      for (int r = 0; r < rows; r++) {
        classes[r] = (int) raw[r][0];
      }
      return Tensor.wrap(NumpyDtype.INT32, classes, rows);
    }
    long[] labels = new long[rows];
    for (int r = 0; r < rows; r++) {
      labels[r] = raw[r][0] > 0.5f ? 1 : 0;
    }
    return Tensor.wrap(NumpyDtype.INT64, labels, rows);
  }

  /** numpy's argmax: the first index of the largest value; a NaN wins, as numpy lets it. */
  private static int argmax(float[] row) {
    int best = 0;
    for (int i = 0; i < row.length; i++) {
      if (Float.isNaN(row[i])) {
        return i;
      }
      if (row[i] > row[best]) {
        best = i;
      }
    }
    return best;
  }
}
