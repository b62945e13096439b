package io.mlmodel.enforce.internal;

import io.mlmodel.data.Column;
import io.mlmodel.data.DoubleColumn;
import io.mlmodel.data.FloatColumn;
import io.mlmodel.data.internal.DataAccess;
import io.mlmodel.signature.NumpyDtype;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * float16, float32 and float64 targets: numpy's {@code astype}. Null is NaN; booleans are 1 and 0;
 * numeric strings are parsed as Python's {@code float()} parses them. In safe mode a finite value
 * that float32 (or float16) cannot hold, because it becomes an infinity or a nonzero value becomes
 * zero, fails, and so does an integer it cannot hold exactly ({@code 16777217} for float32); in
 * MLflow mode each becomes what numpy makes of it. An integer beyond float64's range fails in both
 * modes, as in MLflow.
 */
final class FloatingSink extends Sink {
  private final NumpyDtype dtype;
  private final boolean mlflow;
  private double[] values = new double[16];

  FloatingSink(NumpyDtype dtype, boolean mlflow) {
    this.dtype = dtype;
    this.mlflow = mlflow;
  }

  @Override
  public String target() {
    return dtype.numpyName();
  }

  private void put(double v) {
    if (!mlflow && dtype != NumpyDtype.FLOAT64 && Double.isFinite(v) && v != 0) {
      double narrow = dtype == NumpyDtype.FLOAT16 ? PyText.toHalfPrecision(v) : (float) v;
      if (Double.isInfinite(narrow) || narrow == 0) {
        throw new ConversionException(PyRepr.floatRepr(v) + " is out of range for " + dtype.numpyName()
            + " (MLflow would silently make it " + PyRepr.floatRepr(narrow) + ")");
      }
    }
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = v;
  }

  @Override
  public void addNull() {
    put(Double.NaN);
  }

  @Override
  public void addBoolean(boolean v) {
    put(v ? 1 : 0);
  }

  @Override
  public void addLong(long v) {
    if (!mlflow) {
      exact(BigInteger.valueOf(v));
    }
    put(v);
  }

  @Override
  public void addBig(BigInteger v) {
    if (Double.isInfinite(v.doubleValue())) {
      // Python's float(int) raises OverflowError here, so MLflow refuses it too: in either mode
      throw new ConversionException("int too large to convert to float");
    }
    if (!mlflow) {
      exact(v);
    }
    put(v.doubleValue());
  }

  /** Safe mode: an integer the float type cannot hold exactly would change without a word. */
  private void exact(BigInteger v) {
    double d = v.doubleValue();
    double narrow = dtype == NumpyDtype.FLOAT64 ? d : dtype == NumpyDtype.FLOAT16 ? PyText.toHalfPrecision(d) : (float) d;
    if (Double.isFinite(narrow) && !new java.math.BigDecimal(narrow).toBigIntegerExact().equals(v)) {
      throw new ConversionException(v + " cannot be held exactly by " + dtype.numpyName()
          + " (MLflow would silently make it " + PyRepr.floatRepr(narrow) + ")");
    }
  }

  @Override
  public void addDouble(double v) {
    put(v);
  }

  @Override
  public void addString(String v) {
    Double d = PyText.parseFloat(v);
    if (d == null) {
      throw new ConversionException("could not convert string to float: " + PyRepr.str(v));
    }
    put(d);
  }

  @Override
  public void addOther(Object v) {
    throw cannot(v, dtype.numpyName());
  }

  @Override
  public Column column(String name) {
    if (dtype == NumpyDtype.FLOAT64) {
      return DataAccess.column(DoubleColumn.class, name, Arrays.copyOf(values, size));
    }
    return DataAccess.column(FloatColumn.class, name, (float[]) storage());
  }

  @Override
  public Object storage() {
    if (dtype == NumpyDtype.FLOAT64) {
      return Arrays.copyOf(values, size);
    }
    float[] f = new float[size];
    for (int i = 0; i < size; i++) {
      f[i] = dtype == NumpyDtype.FLOAT16 ? PyText.toHalfPrecision(values[i]) : (float) values[i];
    }
    return f;
  }
}
