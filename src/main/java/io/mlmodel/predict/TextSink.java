package io.mlmodel.predict;

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
  String target() {
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
  void addNull() {
    put(null);
  }

  @Override
  void addBoolean(boolean v) {
    other(v, v ? "True" : "False");
  }

  @Override
  void addLong(long v) {
    other(v, Long.toString(v));
  }

  @Override
  void addBig(BigInteger v) {
    other(v, v.toString());
  }

  @Override
  void addDouble(double v) {
    other(v, PyRepr.floatRepr(v));
  }

  @Override
  void addString(String v) {
    put(v);
  }

  @Override
  void addOther(Object v) {
    other(v, PyRepr.value(v));
  }

  @Override
  Column column(String name) {
    return new StringColumn(name, Arrays.copyOf(values, size));
  }

  @Override
  Object storage() {
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
