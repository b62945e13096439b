package io.mlmodel.enforce.internal;

import io.mlmodel.data.BooleanColumn;
import io.mlmodel.data.Column;
import io.mlmodel.data.internal.DataAccess;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * bool targets. Safe mode takes JSON booleans, the numbers 0 and 1, and null as a missing value; it
 * refuses strings, because numpy and pandas read every non-empty string, {@code "false"} included,
 * as true. MLflow mode applies that truthiness (null becomes false, as {@code astype(bool)} makes
 * it).
 */
public final class BoolSink extends Sink {
  private final boolean mlflow;
  private boolean[] values = new boolean[16];
  private boolean[] missing = new boolean[16];
  private boolean anyMissing;

  BoolSink(boolean mlflow) {
    this.mlflow = mlflow;
  }

  @Override
  public String target() {
    return "bool";
  }

  private void put(boolean v, boolean isMissing) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
      missing = Arrays.copyOf(missing, size * 2);
    }
    missing[size] = isMissing;
    anyMissing |= isMissing;
    values[size++] = v;
  }

  @Override
  public void addNull() {
    put(false, !mlflow);
  }

  @Override
  public void addBoolean(boolean v) {
    put(v, false);
  }

  @Override
  public void addLong(long v) {
    if (!mlflow && v != 0 && v != 1) {
      throw new ConversionException("can not convert int " + v + " to bool: only 0 and 1 are booleans"
          + " (MLflow would silently read it as True)");
    }
    put(v != 0, false);
  }

  @Override
  public void addBig(BigInteger v) {
    addLong(v.signum() == 0 ? 0 : 2);
  }

  @Override
  public void addDouble(double v) {
    if (!mlflow && v != 0 && v != 1) {
      throw new ConversionException("can not convert float " + PyRepr.floatRepr(v) + " to bool: only 0 and 1 are"
          + " booleans");
    }
    put(v != 0, false);
  }

  @Override
  public void addString(String v) {
    if (!mlflow) {
      throw new ConversionException("can not convert str " + PyRepr.str(v) + " to bool: send JSON true or false"
          + " (MLflow would silently read every non-empty string, \"false\" too, as True)");
    }
    put(!v.isEmpty(), false);
  }

  @Override
  public void addOther(Object v) {
    if (!mlflow) {
      throw cannot(v, "bool");
    }
    put(PyRepr.truthy(v), false);
  }

  @Override
  public Column column(String name) {
    return DataAccess.booleans(name, Arrays.copyOf(values, size), anyMissing ? Arrays.copyOf(missing, size) : null);
  }

  @Override
  public Object storage() {
    if (anyMissing) {
      throw new ConversionException("a bool tensor can not hold a missing value");
    }
    return Arrays.copyOf(values, size);
  }
}
