package io.mlmodel.spark.internal.convert;

import io.mlmodel.data.Column;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.DoubleColumn;
import io.mlmodel.data.FloatColumn;
import io.mlmodel.data.PredictOutput;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.TensorMap;
import io.mlmodel.signature.NumpyDtype;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import org.apache.spark.sql.catalyst.CatalystTypeConverters;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.vectorized.ColumnVector;
import org.jspecify.annotations.Nullable;
import scala.Function1;

/**
 * The predictions of one batch, one per row, as the output rows take them. Most models give one
 * float or double per row (a float or double column, a 1-d float32/float64 tensor) for a float or
 * double prediction column: those are written into the output row as primitives, read straight from
 * the model's output ({@link #floating}), without a boxed value per row. Any other output goes
 * through {@link OutputValues} and Spark's converters ({@link #boxed}). Both give the same values:
 * a missing value of a column (NaN) is a null prediction, a tensor's NaN stays NaN.
 *
 * <p>Internal: public for the scorers of {@code io.mlmodel.spark.internal.exec}; not API.
 */
public abstract class Predictions {
  /** Only this package's kinds of predictions. */
  Predictions() {}

  /** Row {@code r}'s prediction as an external Spark value (null where missing). */
  public abstract @Nullable Object get(int r);

  /** Writes row {@code r}'s prediction into field {@code ordinal} of {@code row}, as Spark holds it. */
  public abstract void write(int r, InternalRow row, int ordinal);

  /**
   * The predictions as a column vector whose row {@code from + r} is row {@code r}'s prediction, of
   * Spark type {@code type}; null when they are not primitives (then {@link #write} gives them).
   */
  public @Nullable ColumnVector vector(DataType type, int from) {
    return null;
  }

  /** Predictions already converted to external Spark values of {@code type}. */
  public static Predictions boxed(@Nullable Object[] values, DataType type) {
    return new Predictions() {
      private @Nullable Function1<Object, Object> toCatalyst;

      @Override
      public @Nullable Object get(int r) {
        return values[r];
      }

      @Override
      public void write(int r, InternalRow row, int ordinal) {
        if (toCatalyst == null) {
          toCatalyst = CatalystTypeConverters.createToCatalystConverter(type);
        }
        row.update(ordinal, toCatalyst.apply(values[r]));
      }
    };
  }

  /**
   * The model's own float or double values for a batch of {@code n}, when the prediction column is a
   * float or double taken from one output that holds one such value per row; null otherwise.
   */
  public static @Nullable Predictions floating(PredictOutput out, int n, OutputPlan plan) {
    DataType type = plan.type();
    if (plan.outputs().size() != 1 || type != DataTypes.FloatType && type != DataTypes.DoubleType) {
      return null;
    }
    String name = plan.outputs().get(0).name();
    if (out instanceof ColumnTable t && !t.columns().isEmpty()) {
      out = name != null && t.column(name).isPresent() ? t.column(name).get() : t.columns().get(0);
    } else if (out instanceof TensorMap m && !m.tensors().isEmpty()) {
      out = name != null && m.get(name).isPresent() ? m.get(name).get() : m.tensors().values().iterator().next();
    }
    boolean asFloat = type == DataTypes.FloatType;
    if (out instanceof Column c && c.size() == n) {
      if (c instanceof FloatColumn f) {
        return new Floating(f.buffer(), null, true, asFloat);
      } else if (c instanceof DoubleColumn d) {
        return new Floating(null, d.buffer(), true, asFloat);
      }
    } else if (out instanceof Tensor t && t.rank() == 1 && t.dim(0) == n) {
      if (t.dtype() == NumpyDtype.FLOAT32) {
        return new Floating(t.floatBuffer(), null, false, asFloat);
      } else if (t.dtype() == NumpyDtype.FLOAT64) {
        return new Floating(null, t.doubleBuffer(), false, asFloat);
      }
    }
    return null;
  }

  /** Floats or doubles; NaN is null when {@code nanIsNull} (a column's missing value). */
  private static final class Floating extends Predictions {
    private final @Nullable FloatBuffer floats;
    private final @Nullable DoubleBuffer doubles;
    private final boolean nanIsNull;
    private final boolean asFloat;

    Floating(@Nullable FloatBuffer floats, @Nullable DoubleBuffer doubles, boolean nanIsNull, boolean asFloat) {
      this.floats = floats;
      this.doubles = doubles;
      this.nanIsNull = nanIsNull;
      this.asFloat = asFloat;
    }

    @Override
    public ColumnVector vector(DataType type, int from) {
      return new PredictionVector(type, floats, doubles, nanIsNull, from);
    }

    @Override
    public @Nullable Object get(int r) {
      double v = floats != null ? floats.get(r) : doubles.get(r);
      return nanIsNull && Double.isNaN(v) ? null : asFloat ? (Object) (float) v : (Object) v;
    }

    @Override
    public void write(int r, InternalRow row, int ordinal) {
      if (floats != null) {
        float v = floats.get(r);
        if (nanIsNull && v != v) {
          row.setNullAt(ordinal);
        } else if (asFloat) {
          row.setFloat(ordinal, v);
        } else {
          row.setDouble(ordinal, v);
        }
      } else {
        double v = doubles.get(r);
        if (nanIsNull && v != v) {
          row.setNullAt(ordinal);
        } else if (asFloat) {
          row.setFloat(ordinal, (float) v);
        } else {
          row.setDouble(ordinal, v);
        }
      }
    }
  }
}
