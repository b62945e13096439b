package io.mlmodel.xgboost;

import io.mlmodel.InputException;
import io.mlmodel.Location;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.internal.DataAccess;
import io.mlmodel.signature.NumpyDtype;

/**
 * A 2-d tensor (an ndarray) as XGBoost's float32 matrix, as {@code DMatrix} takes a numpy array:
 * floats as they are, other numbers and booleans converted, null (in an object array) missing. A
 * float32 tensor's own array goes to XGBoost without a copy (XGBoost only reads it, and copies it
 * into native memory itself); every other dtype is converted in one pass over its own array.
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
      case FLOAT32, FLOAT16 -> (float[]) DataAccess.storage(t);
      case FLOAT64 -> doubles((double[]) DataAccess.storage(t));
      case BOOL -> bools((boolean[]) DataAccess.storage(t));
      case INT32 -> ints((int[]) DataAccess.storage(t));
      case INT64 -> longs((long[]) DataAccess.storage(t));
      case INT8, INT16, UINT8, UINT16, UINT32, UINT64, OBJECT -> boxed(t);
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

  private static float[] ints(int[] v) {
    float[] f = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      f[i] = v[i];
    }
    return f;
  }

  private static float[] longs(long[] v) {
    float[] f = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      f[i] = v[i];
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
