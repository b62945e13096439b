package io.mlmodel.enforce.internal;

import io.mlmodel.data.Column;
import io.mlmodel.data.DateTimeColumn;
import io.mlmodel.data.internal.DataAccess;
import io.mlmodel.data.internal.DateTimes;
import io.mlmodel.signature.NumpyDtype;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;

/**
 * datetime64 targets (MLflow's {@code datetime} is {@code datetime64[ns]}). ISO 8601 text is parsed
 * as pandas parses it (a date alone is midnight; an offset is converted to UTC); null, {@code ""}
 * and {@code "NaT"} are NaT. Safe mode refuses numbers; MLflow mode reads them as counts of the
 * unit since 1970 (nanoseconds for MLflow's {@code datetime}).
 */
final class DateTimeSink extends Sink {
  private final NumpyDtype dtype;
  private final boolean mlflow;
  private long[] values = new long[16];

  DateTimeSink(NumpyDtype dtype, boolean mlflow) {
    this.dtype = dtype;
    this.mlflow = mlflow;
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
    put(DateTimeColumn.NAT);
  }

  @Override
  public void addBoolean(boolean v) {
    throw cannot(v, dtype.numpyName());
  }

  @Override
  public void addLong(long v) {
    if (!mlflow) {
      throw new ConversionException("can not convert int " + v + " to " + dtype.numpyName()
          + ": send an ISO 8601 string (MLflow would silently read the number as " + v + " "
          + DateTimes.unit(dtype) + " since 1970-01-01)");
    }
    put(v);
  }

  @Override
  public void addBig(BigInteger v) {
    throw new ConversionException("Out of bounds nanosecond timestamp: " + v);
  }

  @Override
  public void addDouble(double v) {
    if (Double.isNaN(v)) {
      put(DateTimeColumn.NAT);
      return;
    }
    if (!mlflow) {
      throw cannot(v, dtype.numpyName());
    }
    put((long) v);
  }

  @Override
  public void addString(String v) {
    String s = v.strip();
    if (s.isEmpty() || s.equals("NaT")) {
      put(DateTimeColumn.NAT);
      return;
    }
    LocalDateTime t = IsoDateTimes.parse(s);
    if (t == null) {
      throw new ConversionException("can not parse " + PyRepr.str(PyRepr.clip(v)) + " as an ISO 8601 date-time");
    }
    put(epoch(t));
  }

  private long epoch(LocalDateTime t) {
    try {
      long n = DateTimes.toEpoch(t, dtype);
      if (n == DateTimeColumn.NAT) {
        throw new ArithmeticException();
      }
      return n;
    } catch (ArithmeticException e) {
      throw new ConversionException("Out of bounds nanosecond timestamp: " + t);
    }
  }

  @Override
  public void addOther(Object v) {
    if (v instanceof LocalDateTime t) {
      put(epoch(t));
    } else if (v instanceof LocalDate d) {
      put(epoch(d.atStartOfDay()));
    } else {
      throw cannot(v, dtype.numpyName());
    }
  }

  @Override
  public Column column(String name) {
    return DataAccess.column(DateTimeColumn.class, name, Arrays.copyOf(values, size));
  }

  @Override
  public Object storage() {
    return Arrays.copyOf(values, size);
  }
}
