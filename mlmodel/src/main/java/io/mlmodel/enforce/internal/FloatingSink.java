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
 * numeric strings are parsed as Python's {@code float()} parses them.
 */
final class FloatingSink extends Sink {
  private final NumpyDtype dtype;
  private double[] values = new double[16];

  FloatingSink(NumpyDtype dtype) {
    this.dtype = dtype;
  }

  @Override
  public String target() {
    return dtype.numpyName();
  }

  private void put(double v) {
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
    put(v);
  }

  @Override
  public void addBig(BigInteger v) {
    put(v.doubleValue());
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
