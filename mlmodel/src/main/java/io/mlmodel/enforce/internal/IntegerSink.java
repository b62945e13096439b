package io.mlmodel.enforce.internal;

import io.mlmodel.data.Column;
import io.mlmodel.data.IntColumn;
import io.mlmodel.data.LongColumn;
import io.mlmodel.data.internal.DataAccess;
import io.mlmodel.signature.NumpyDtype;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * Signed and unsigned integer targets. Null and NaN fail as in pandas ({@code Cannot convert
 * non-finite values (NA or inf) to integer}). In safe mode a value outside the dtype's range and a
 * fractional number fail; in MLflow mode they wrap around and truncate, as numpy does.
 */
final class IntegerSink extends Sink {
  private static final java.util.regex.Pattern INTEGER = java.util.regex.Pattern.compile("[+-]?[0-9]+(_[0-9]+)*");
  private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

  private final NumpyDtype dtype;
  private final boolean mlflow;
  private final long min;
  private final long max;
  private long[] values = new long[16];

  IntegerSink(NumpyDtype dtype, boolean mlflow) {
    this.dtype = dtype;
    this.mlflow = mlflow;
    int bits = dtype.bytesPerElement() * 8;
    if (dtype.kind() == 'u') {
      this.min = 0;
      this.max = bits == 64 ? Long.MAX_VALUE : (1L << bits) - 1;
    } else {
      this.min = bits == 64 ? Long.MIN_VALUE : -(1L << (bits - 1));
      this.max = bits == 64 ? Long.MAX_VALUE : (1L << (bits - 1)) - 1;
    }
  }

  @Override
  public String target() {
    return dtype.numpyName();
  }

  private void put(long v) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = v;
  }

  @Override
  public void addNull() {
    throw new ConversionException("Cannot convert non-finite values (NA or inf) to integer");
  }

  @Override
  public void addBoolean(boolean v) {
    put(v ? 1 : 0);
  }

  @Override
  public void addLong(long v) {
    if ((v < min || v > max) && !mlflow) {
      throw new ConversionException(v + " is out of range for " + dtype.numpyName()
          + " (MLflow would silently wrap it around to " + wrap(v) + ")");
    }
    put(mlflow ? wrap(v) : v);
  }

  private long wrap(long v) {
    int bits = dtype.bytesPerElement() * 8;
    if (bits == 64) {
      return v;
    }
    long masked = v & ((1L << bits) - 1);
    return dtype.kind() == 'u' || masked <= max ? masked : masked - (1L << bits);
  }

  @Override
  public void addBig(BigInteger v) {
    if (dtype == NumpyDtype.UINT64 && v.signum() > 0 && v.compareTo(TWO_64) < 0) {
      put(v.longValue());
      return;
    }
    throw new ConversionException("Python int too large to convert to C long: " + v);
  }

  @Override
  public void addDouble(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      throw new ConversionException("Cannot convert non-finite values (NA or inf) to integer");
    }
    double t = v < 0 ? Math.ceil(v) : Math.floor(v);
    if (t != v && !mlflow) {
      throw new ConversionException(PyRepr.floatRepr(v) + " is not an integer (MLflow would silently truncate it to "
          + (long) t + ")");
    }
    if (t < -9.223372036854775808E18 || t >= 9.223372036854775808E18) {
      throw new ConversionException(PyRepr.floatRepr(v) + " is out of range for " + dtype.numpyName());
    }
    addLong((long) t);
  }

  @Override
  public void addString(String v) {
    String s = v.strip();
    if (!INTEGER.matcher(s).matches()) {
      throw new ConversionException("invalid literal for int() with base 10: " + PyRepr.str(v));
    }
    BigInteger b = new BigInteger(s.replace("_", ""));
    if (b.bitLength() < 64) {
      addLong(b.longValue());
    } else {
      addBig(b);
    }
  }

  @Override
  public void addOther(Object v) {
    throw cannot(v, dtype.numpyName());
  }

  @Override
  public Column column(String name) {
    if (dtype == NumpyDtype.INT32) {
      return DataAccess.column(IntColumn.class, name, (int[]) storage());
    }
    return DataAccess.column(LongColumn.class, name, Arrays.copyOf(values, size));
  }

  @Override
  public Object storage() {
    switch (dtype.bytesPerElement()) {
      case 1: {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
          b[i] = (byte) values[i];
        }
        return b;
      }
      case 2: {
        short[] s = new short[size];
        for (int i = 0; i < size; i++) {
          s[i] = (short) values[i];
        }
        return s;
      }
      case 4: {
        int[] n = new int[size];
        for (int i = 0; i < size; i++) {
          n[i] = (int) values[i];
        }
        return n;
      }
      default:
        return Arrays.copyOf(values, size);
    }
  }
}
