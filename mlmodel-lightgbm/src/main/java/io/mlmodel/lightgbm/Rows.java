package io.mlmodel.lightgbm;

import io.mlmodel.InputException;
import io.mlmodel.Location;
import io.mlmodel.data.BooleanColumn;
import io.mlmodel.data.Column;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.DoubleColumn;
import io.mlmodel.data.FloatColumn;
import io.mlmodel.data.IntColumn;
import io.mlmodel.data.LongColumn;
import io.mlmodel.data.PredictInput;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.TensorMap;
import io.mlmodel.data.internal.DataAccess;
import io.mlmodel.signature.NumpyDtype;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns the enforced input into the dense row-major float64 matrix LightGBM predicts on, as {@code
 * Booster.predict} does with a DataFrame ({@code _data_from_pandas}) or an ndarray: numbers become
 * float64, booleans 0 and 1, NaN and null stay missing. A table's columns are taken by the model's
 * feature names when it has every one of them, else in order (LightGBM itself only counts them).
 * A float64 tensor's own array is used as it is (it is only read); everything else is converted in
 * one pass over its own arrays, a table a block of rows at a time so that the rows being written
 * stay in the cache while each column fills its slot of them.
 */
final class Rows {
  /** Rows written per block: 1,024 rows of a few dozen features stay in a core's cache. */
  private static final int BLOCK = 1024;

  private Rows() {}

  /** A row-major float64 matrix. */
  record Matrix(double[] data, int rows, int cols) {}

  static Matrix of(PredictInput input, List<String> featureNames, int numFeatures) {
    if (input instanceof Tensor t) {
      if (t.rank() != 2) {
        throw new InputException("schema-mismatch", Location.UNKNOWN, null,
            "LightGBM predicts on a 2-d array; this one has shape " + t.shape().length + "-d");
      }
      int rows = Math.toIntExact(t.dim(0));
      int cols = Math.toIntExact(t.dim(1));
      check(rows, cols, numFeatures);
      return new Matrix(doubles(t), rows, cols);
    }
    if (input instanceof TensorMap map) {
      throw new InputException("schema-mismatch", Location.UNKNOWN, null,
          "LightGBM predicts on a DataFrame or a 2-d array, not on a dict of arrays " + map.names());
    }
    ColumnTable table = (ColumnTable) input;
    List<Column> columns = !table.positional() && table.names().containsAll(featureNames) && !featureNames.isEmpty()
        ? byName(table, featureNames) : table.columns();
    int rows = table.rowCount();
    int cols = columns.size();
    check(rows, cols, numFeatures);
    double[] data = new double[rows * cols];
    for (int from = 0; from < rows; from += BLOCK) {
      int to = Math.min(rows, from + BLOCK);
      for (int c = 0; c < cols; c++) {
        fill(columns.get(c), data, c, cols, from, to);
      }
    }
    return new Matrix(data, rows, cols);
  }

  private static double[] doubles(Tensor t) {
    if (t.dtype() == NumpyDtype.FLOAT64) {
      return (double[]) DataAccess.storage(t);
    }
    boolean floats = t.dtype() == NumpyDtype.FLOAT32 || t.dtype() == NumpyDtype.FLOAT16;
    float @Nullable [] f = floats ? (float[]) DataAccess.storage(t) : null;
    double[] d = new double[t.size()];
    for (int i = 0; i < d.length; i++) {
      d[i] = f != null ? f[i] : value(t.getObject(i), "the array");
    }
    return d;
  }

  private static List<Column> byName(ColumnTable table, List<String> names) {
    List<Column> out = new ArrayList<>(names.size());
    for (String n : names) {
      out.add(table.column(n).orElseThrow());
    }
    return out;
  }

  private static void fill(Column column, double[] data, int c, int cols, int from, int to) {
    if (column instanceof DoubleColumn d) {
      double[] v = DataAccess.array(d);
      for (int r = from; r < to; r++) {
        data[r * cols + c] = v[r];
      }
    } else if (column instanceof FloatColumn f) {
      float[] v = DataAccess.array(f);
      for (int r = from; r < to; r++) {
        data[r * cols + c] = v[r];
      }
    } else if (column instanceof LongColumn l) {
      long[] v = DataAccess.array(l);
      for (int r = from; r < to; r++) {
        data[r * cols + c] = v[r];
      }
    } else if (column instanceof IntColumn i) {
      int[] v = DataAccess.array(i);
      for (int r = from; r < to; r++) {
        data[r * cols + c] = v[r];
      }
    } else if (column instanceof BooleanColumn b) {
      boolean[] v = DataAccess.array(b);
      for (int r = from; r < to; r++) {
        data[r * cols + c] = b.isNull(r) ? Double.NaN : v[r] ? 1 : 0;
      }
    } else {
      for (int r = from; r < to; r++) {
        data[r * cols + c] = value(column.getObject(r), "column '" + column.name() + "' (" + column.dtypeName() + ")");
      }
    }
  }

  private static double value(Object v, String where) {
    if (v == null) {
      return Double.NaN;
    }
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    if (v instanceof Boolean b) {
      return b ? 1 : 0;
    }
    throw new InputException("schema-mismatch", Location.UNKNOWN, null,
        "pandas dtypes must be int, float or bool; " + where + " holds " + v.getClass().getSimpleName() + " values");
  }

  private static void check(int rows, int cols, int numFeatures) {
    if (cols != numFeatures) {
      throw new InputException("schema-mismatch", Location.UNKNOWN, null, "The number of features in data ("
          + cols + ") is not the same as it was in training data (" + numFeatures + ").");
    }
    if ((long) rows * cols > Integer.MAX_VALUE - 8) {
      throw new InputException("limit", Location.UNKNOWN, null,
          "the input has " + rows + " rows of " + cols + " features, more values than one prediction call takes");
    }
  }
}
