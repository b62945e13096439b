package io.mlmodel.predict;

import io.mlmodel.signature.NumpyDtype;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * float16, float32 and float64 targets: numpy's {@code astype}. Null is NaN; booleans are 1 and 0;
 * numeric strings are parsed as Python's {@code float()} parses them. In safe mode a finite value
 * that float32 (or float16) cannot hold, because it becomes an infinity or a nonzero value becomes
 * zero, fails; in MLflow mode it becomes what numpy makes of it.
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
  String target() {
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
  void addNull() {
    put(Double.NaN);
  }

  @Override
  void addBoolean(boolean v) {
    put(v ? 1 : 0);
  }

  @Override
  void addLong(long v) {
    put(v);
  }

  @Override
  void addBig(BigInteger v) {
    put(v.doubleValue());
  }

  @Override
  void addDouble(double v) {
    put(v);
  }

  @Override
  void addString(String v) {
    Double d = PyText.parseFloat(v);
    if (d == null) {
      throw new ConversionException("could not convert string to float: " + PyRepr.str(v));
    }
    put(d);
  }

  @Override
  void addOther(Object v) {
    throw cannot(v, dtype.numpyName());
  }

  @Override
  Column column(String name) {
    if (dtype == NumpyDtype.FLOAT64) {
      return new DoubleColumn(name, Arrays.copyOf(values, size));
    }
    return new FloatColumn(name, (float[]) storage());
  }

  @Override
  Object storage() {
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
