package io.mlmodel.xgboost;

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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the enforced input into the dense float32 matrix XGBoost predicts on, as {@code
 * xgboost.DMatrix} does with a DataFrame or an ndarray: numbers become float32, booleans 0 and 1,
 * NaN and null stay missing. Table columns are taken by the booster's feature names when it has
 * them (XGBoost's validate_features refuses any other set of names), else by position. The matrix
 * is written in one pass from the columns' own arrays, a block of rows at a time so that the rows
 * being written stay in the cache while each column fills its slot of them.
 */
final class Features {
  /** Rows written per block: 1,024 rows of a few dozen features stay in a core's cache. */
  private static final int BLOCK = 1024;

  private Features() {}

  /** A row-major float32 matrix. */
  record Matrix(float[] data, int rows, int cols) {}

  static Matrix of(PredictInput input, List<String> featureNames, int numFeatures) {
    if (input instanceof Tensor t) {
      return TensorFeatures.of(t, numFeatures);
    }
    if (input instanceof ColumnTable table) {
      return ofTable(table, featureNames, numFeatures);
    }
    TensorMap map = (TensorMap) input;
    throw new InputException("schema-mismatch", Location.UNKNOWN, null,
        "XGBoost predicts on a DataFrame or a 2-d array, not on a dict of arrays " + map.names());
  }

  private static Matrix ofTable(ColumnTable table, List<String> featureNames, int numFeatures) {
    List<Column> columns = featureNames.isEmpty() || table.positional()
        ? table.columns() : byName(table, featureNames);
    checkColumns(columns.size(), numFeatures);
    int rows = table.rowCount();
    int cols = columns.size();
    limit(rows, cols);
    float[] data = new float[rows * cols];
    for (int from = 0; from < rows; from += BLOCK) {
      int to = Math.min(rows, from + BLOCK);
      for (int c = 0; c < cols; c++) {
        fill(columns.get(c), data, c, cols, from, to);
      }
    }
    return new Matrix(data, rows, cols);
  }

  private static List<Column> byName(ColumnTable table, List<String> featureNames) {
    // Names are unique in a table: as many columns as features, each found, is the same set; the
    // sets for the message are built only when it is not.
    List<Column> out = new ArrayList<>(featureNames.size());
    for (String name : featureNames) {
      table.column(name).ifPresent(out::add);
    }
    if (out.size() == featureNames.size() && table.columns().size() == out.size()) {
      return out;
    }
    Set<String> missing = new LinkedHashSet<>(featureNames);
    missing.removeAll(table.names());
    Set<String> extra = new LinkedHashSet<>(table.names());
    extra.removeAll(featureNames);
    String msg = "feature_names mismatch: " + featureNames + " " + table.names();
    msg += missing.isEmpty() ? "" : "\nexpected " + String.join(", ", missing) + " in input data";
    msg += extra.isEmpty() ? "" : "\ntraining data did not have the following fields: " + String.join(", ", extra);
    throw new InputException("schema-mismatch", Location.UNKNOWN, null, msg);
  }

  private static void fill(Column column, float[] data, int c, int cols, int from, int to) {
    if (column instanceof DoubleColumn d) {
      double[] v = DataAccess.array(d);
      for (int r = from; r < to; r++) {
        data[r * cols + c] = (float) v[r];
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
        data[r * cols + c] = b.isNull(r) ? Float.NaN : v[r] ? 1f : 0f;
      }
    } else {
      for (int r = from; r < to; r++) {
        data[r * cols + c] = number(column, r);
      }
    }
  }

  private static float number(Column column, int row) {
    Object v = column.getObject(row);
    if (v == null) {
      return Float.NaN;
    }
    if (v instanceof Number n) {
      return n.floatValue();
    }
    if (v instanceof Boolean b) {
      return b ? 1f : 0f;
    }
    throw new InputException("schema-mismatch", Location.UNKNOWN.withKeyPath(column.name()), column.name(),
        "DataFrame.dtypes for data must be int, float, bool or category. Invalid columns:" + column.name()
            + ": " + column.dtypeName());
  }

  static void checkColumns(int cols, int numFeatures) {
    if (numFeatures > 0 && cols != numFeatures) {
      throw new InputException("schema-mismatch", Location.UNKNOWN, null,
          "the model has " + numFeatures + " features but the input has " + cols + " columns");
    }
  }

  static void limit(int rows, int cols) {
    if ((long) rows * cols > Integer.MAX_VALUE - 8) {
      throw new InputException("limit", Location.UNKNOWN, null,
          "the input has " + rows + " rows of " + cols + " features, more values than one prediction call takes");
    }
  }

}
