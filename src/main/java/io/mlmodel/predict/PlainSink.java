package io.mlmodel.predict;

import java.math.BigInteger;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** object targets: keeps each plain value as given (Array, Object, Map and Any columns, object tensors). */
final class PlainSink extends Sink {
  private @Nullable Object[] values = new Object[16];

  @Override
  String target() {
    return "object";
  }

  void put(@Nullable Object v) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = v;
  }

  @Override
  void addNull() {
    put(null);
  }

  @Override
  void addBoolean(boolean v) {
    put(v);
  }

  @Override
  void addLong(long v) {
    put(v);
  }

  @Override
  void addBig(BigInteger v) {
    put(v);
  }

  @Override
  void addDouble(double v) {
    put(v);
  }

  @Override
  void addString(String v) {
    put(v);
  }

  @Override
  void addOther(Object v) {
    put(v);
  }

  @Override
  Column column(String name) {
    return new ObjectColumn(name, Arrays.copyOf(values, size));
  }

  @Override
  Object storage() {
    return Arrays.copyOf(values, size);
  }

  @Nullable Object[] values() {
    return Arrays.copyOf(values, size);
  }
}
