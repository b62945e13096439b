package io.mlmodel.predict;

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
  String target() {
    return dtype.numpyName();
  }

  private void put(double v) {
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
