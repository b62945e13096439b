package io.mlmodel.xgboost;

import io.mlmodel.InputException;
import io.mlmodel.Location;
import io.mlmodel.data.Tensor;
import io.mlmodel.signature.NumpyDtype;

/**
 * A 2-d tensor (an ndarray) as XGBoost's float32 matrix, as {@code DMatrix} takes a numpy array:
 * floats as they are, other numbers and booleans converted, null (in an object array) missing.
 */
final class TensorFeatures {
  private TensorFeatures() {}

  static Features.Matrix of(Tensor t, int numFeatures) {
    if (t.rank() != 2) {
      throw new InputException("schema-mismatch", Location.UNKNOWN, null,
          "Expecting 2 dimensional numpy.ndarray, got: " + shape(t.shape()));
    }
    int rows = Math.toIntExact(t.dim(0));
    int cols = Math.toIntExact(t.dim(1));
    Features.checkColumns(cols, numFeatures);
    Features.limit(rows, cols);
    NumpyDtype dtype = t.dtype();
    float[] data = switch (dtype) {
      case FLOAT32, FLOAT16 -> t.toFloatArray();
      case FLOAT64 -> doubles(t.toDoubleArray());
      case BOOL -> bools(t.toBooleanArray());
      case INT8, INT16, INT32, INT64, UINT8, UINT16, UINT32, UINT64, OBJECT -> boxed(t);
      default -> throw new InputException("schema-mismatch", Location.UNKNOWN, null,
          "XGBoost cannot predict on an array of dtype " + dtype.numpyName() + "; it needs numbers");
    };
    return new Features.Matrix(data, rows, cols);
  }

  private static float[] doubles(double[] d) {
    float[] f = new float[d.length];
    for (int i = 0; i < d.length; i++) {
      f[i] = (float) d[i];
    }
    return f;
  }

  private static float[] boxed(Tensor t) {
    float[] f = new float[t.size()];
    for (int i = 0; i < f.length; i++) {
      Object v = t.getObject(i);
      if (v != null && !(v instanceof Number)) {
        throw new InputException("schema-mismatch", Location.UNKNOWN, null,
            "XGBoost cannot predict on an array holding " + v.getClass().getSimpleName() + " values; it needs numbers");
      }
      f[i] = v == null ? Float.NaN : ((Number) v).floatValue();
    }
    return f;
  }

  private static float[] bools(boolean[] b) {
    float[] f = new float[b.length];
    for (int i = 0; i < b.length; i++) {
      f[i] = b[i] ? 1f : 0f;
    }
    return f;
  }

  static String shape(long[] shape) {
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < shape.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(shape[i]);
    }
    return sb.append(shape.length == 1 ? ",)" : ")").toString();
  }
}
