package io.mlmodel.request.internal;

import io.mlmodel.signature.NumpyDtype;
import java.util.List;

/**
 * The dtype {@code np.array(value)} gives plain JSON values (as {@link PlainJson} reads them) when
 * no signature names one: bool, int64, float64, str, or object for a mix of strings and numbers
 * or for anything else. Stateless. Internal.
 */
final class JsonDtypes {
  private static final int BOOL = 0;
  private static final int INT = 1;
  private static final int FLOAT = 2;
  private static final int STR = 3;
  private static final int OTHER = 4;

  private JsonDtypes() {}

  /**
   * The dtype of {@code value}, a plain JSON value or nested lists of them.
   *
   * @param value the value, as {@link PlainJson#read} reads it
   * @return the dtype numpy infers; float64 for no leaf at all, as {@code np.array([])} has
   */
  static NumpyDtype infer(Object value) {
    int[] kinds = new int[5];
    leaves(value, kinds);
    if (kinds[OTHER] > 0) {
      return NumpyDtype.OBJECT;
    }
    if (kinds[STR] > 0) {
      return kinds[BOOL] + kinds[INT] + kinds[FLOAT] > 0 ? NumpyDtype.OBJECT : NumpyDtype.STR;
    }
    if (kinds[FLOAT] > 0) {
      return NumpyDtype.FLOAT64;
    }
    if (kinds[INT] > 0) {
      return NumpyDtype.INT64;
    }
    return kinds[BOOL] > 0 ? NumpyDtype.BOOL : NumpyDtype.FLOAT64;
  }

  private static void leaves(Object v, int[] kinds) {
    if (v instanceof List<?> l) {
      for (Object x : l) {
        leaves(x, kinds);
      }
    } else if (v instanceof Boolean) {
      kinds[BOOL]++;
    } else if (v instanceof Long) {
      kinds[INT]++;
    } else if (v instanceof Double) {
      kinds[FLOAT]++;
    } else if (v instanceof String) {
      kinds[STR]++;
    } else {
      kinds[OTHER]++;
    }
  }
}
