package io.mlmodel.onnx;

import io.mlmodel.InputException;
import io.mlmodel.Location;
import io.mlmodel.data.BooleanColumn;
import io.mlmodel.data.Column;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.DoubleColumn;
import io.mlmodel.data.FloatColumn;
import io.mlmodel.data.IntColumn;
import io.mlmodel.data.LongColumn;
import io.mlmodel.data.ObjectColumn;
import io.mlmodel.data.StringColumn;
import io.mlmodel.data.Tensor;
import io.mlmodel.signature.NumpyDtype;
import java.util.List;

/**
 * Table columns as the tensors a graph is fed: one column as a 1-d tensor of its numpy type, or
 * all columns as the one 2-d tensor {@code DataFrame.values} gives. Missing values have no tensor
 * form and are refused.
 */
final class ColumnTensors {
  private ColumnTensors() {}

  /** One column as a 1-d tensor: numbers and booleans in their own dtype, strings as str. */
  static Tensor toTensor(Column c) {
    int n = c.size();
    if (c instanceof DoubleColumn d) {
      return Tensor.wrap(NumpyDtype.FLOAT64, d.toArray(), n);
    } else if (c instanceof FloatColumn f) {
      return Tensor.wrap(NumpyDtype.FLOAT32, f.toArray(), n);
    } else if (c instanceof LongColumn l) {
      return Tensor.wrap(NumpyDtype.INT64, l.toArray(), n);
    } else if (c instanceof IntColumn i) {
      return Tensor.wrap(NumpyDtype.INT32, i.toArray(), n);
    } else if (c instanceof BooleanColumn b && !b.hasMissing()) {
      return Tensor.wrap(NumpyDtype.BOOL, b.toArray(), n);
    }
    String[] s = new String[n];
    for (int r = 0; r < n; r++) {
      if (!(c instanceof StringColumn || c instanceof ObjectColumn) || !(c.getObject(r) instanceof String v)) {
        throw new InputException("schema-mismatch", Location.UNKNOWN.withKeyPath(c.name()), c.name(),
            "column '" + c.name() + "' of dtype " + c.dtypeName() + " cannot feed an ONNX tensor: "
                + (c.isNull(r) ? "row " + r + " is missing" : "it needs numbers, booleans or strings"));
      }
      s[r] = v;
    }
    return Tensor.wrap(NumpyDtype.STR, s, n);
  }

  /** All columns as one row-major 2-d tensor of their common numpy type, as {@code DataFrame.values}. */
  static Tensor values(ColumnTable table) {
    List<Column> cols = table.columns();
    int rows = table.rowCount();
    int width = cols.size();
    if (width == 0) {
      throw new InputException("schema-mismatch", Location.UNKNOWN, null, "Input DataFrame is empty.");
    }
    if (width == 1) {
      return toTensor(cols.get(0)).reshape(rows, 1);
    }
    NumpyDtype common = null;
    for (Column c : cols) {
      NumpyDtype d = dtype(c);
      common = common == null ? d : promote(common, d, table);
    }
    // Filled column by column with typed reads: a boxed value per cell would cost more than the model.
    Object out;
    switch (common) {
      case FLOAT64 -> {
        double[] a = new double[rows * width];
        for (int c = 0; c < width; c++) {
          Column col = cols.get(c);
          for (int r = 0; r < rows; r++) {
            a[r * width + c] = col instanceof DoubleColumn d ? d.get(r) : col instanceof FloatColumn f ? f.get(r)
                : col instanceof LongColumn l ? (double) l.get(r) : ((IntColumn) col).get(r);
          }
        }
        out = a;
      }
      case FLOAT32 -> {
        float[] a = new float[rows * width];
        for (int c = 0; c < width; c++) {
          FloatColumn col = (FloatColumn) cols.get(c);
          for (int r = 0; r < rows; r++) {
            a[r * width + c] = col.get(r);
          }
        }
        out = a;
      }
      case INT64 -> {
        long[] a = new long[rows * width];
        for (int c = 0; c < width; c++) {
          Column col = cols.get(c);
          for (int r = 0; r < rows; r++) {
            a[r * width + c] = col instanceof LongColumn l ? l.get(r) : ((IntColumn) col).get(r);
          }
        }
        out = a;
      }
      case INT32 -> {
        int[] a = new int[rows * width];
        for (int c = 0; c < width; c++) {
          IntColumn col = (IntColumn) cols.get(c);
          for (int r = 0; r < rows; r++) {
            a[r * width + c] = col.get(r);
          }
        }
        out = a;
      }
      case BOOL -> {
        boolean[] a = new boolean[rows * width];
        for (int c = 0; c < width; c++) {
          BooleanColumn col = (BooleanColumn) cols.get(c);
          for (int r = 0; r < rows; r++) {
            a[r * width + c] = col.get(r);
          }
        }
        out = a;
      }
      default -> {
        String[] a = new String[rows * width];
        for (int c = 0; c < width; c++) {
          String[] col = toTensor(cols.get(c)).toStringArray();
          for (int r = 0; r < rows; r++) {
            a[r * width + c] = col[r];
          }
        }
        out = a;
      }
    }
    return Tensor.wrap(common, out, rows, width);
  }

  /**
   * The dtype {@link #toTensor} gives a column, without building a numeric one; a column of
   * anything else is checked by building it, so its error comes before a mixed-type one.
   */
  private static NumpyDtype dtype(Column c) {
    if (c instanceof DoubleColumn) {
      return NumpyDtype.FLOAT64;
    } else if (c instanceof FloatColumn) {
      return NumpyDtype.FLOAT32;
    } else if (c instanceof LongColumn) {
      return NumpyDtype.INT64;
    } else if (c instanceof IntColumn) {
      return NumpyDtype.INT32;
    } else if (c instanceof BooleanColumn b && !b.hasMissing()) {
      return NumpyDtype.BOOL;
    }
    return toTensor(c).dtype();
  }

  /** numpy's result type for the pairs a table of these columns can hold. */
  private static NumpyDtype promote(NumpyDtype a, NumpyDtype b, ColumnTable table) {
    if (a == b) {
      return a;
    }
    boolean aInt = a == NumpyDtype.INT32 || a == NumpyDtype.INT64;
    boolean bInt = b == NumpyDtype.INT32 || b == NumpyDtype.INT64;
    boolean aNum = aInt || a == NumpyDtype.FLOAT32 || a == NumpyDtype.FLOAT64;
    boolean bNum = bInt || b == NumpyDtype.FLOAT32 || b == NumpyDtype.FLOAT64;
    if (aInt && bInt) {
      return NumpyDtype.INT64;
    }
    if (aNum && bNum) {
      return NumpyDtype.FLOAT64;
    }
    throw new InputException("schema-mismatch", Location.UNKNOWN, null, "the columns "
        + table.names() + " mix types (" + a.numpyName() + " and " + b.numpyName()
        + ") that make an object array, which an ONNX model with one input cannot take");
  }
}
