package io.mlmodel.enforce.internal;

import io.mlmodel.data.Column;
import io.mlmodel.data.StringColumn;
import io.mlmodel.data.internal.DataAccess;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * str targets (MLflow's {@code string}). Null stays a missing value. Safe mode refuses other JSON
 * values: MLflow hands a number in a string column to the model unchanged (a column-typed {@code
 * String[]} cannot), and numpy's {@code str} dtype turns null into the text {@code "None"}. MLflow
 * mode writes them as Python's {@code str()} would.
 */
final class TextSink extends Sink {
  private final boolean mlflow;
  private String[] values = new String[16];

  TextSink(boolean mlflow) {
    this.mlflow = mlflow;
  }

  @Override
  public String target() {
    return "str";
  }

  private void put(String v) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = v;
  }

  private void other(Object v, String text) {
    if (!mlflow) {
      throw new ConversionException("expected a string, got " + PyRepr.typeName(v) + " " + PyRepr.value(v));
    }
    put(text);
  }

  @Override
  public void addNull() {
    put(null);
  }

  @Override
  public void addBoolean(boolean v) {
    other(v, v ? "True" : "False");
  }

  @Override
  public void addLong(long v) {
    other(v, Long.toString(v));
  }

  @Override
  public void addBig(BigInteger v) {
    other(v, v.toString());
  }

  @Override
  public void addDouble(double v) {
    other(v, PyRepr.floatRepr(v));
  }

  @Override
  public void addString(String v) {
    put(v);
  }

  @Override
  public void addOther(Object v) {
    other(v, PyRepr.value(v));
  }

  @Override
  public Column column(String name) {
    return DataAccess.column(StringColumn.class, name, Arrays.copyOf(values, size));
  }

  @Override
  public Object storage() {
    for (int i = 0; i < size; i++) {
      if (values[i] == null) {
        if (!mlflow) {
          throw new ConversionException("a str tensor can not hold null (numpy would store the text 'None')");
        }
        values[i] = "None";
      }
    }
    return Arrays.copyOf(values, size);
  }
}
