package io.mlmodel.enforce.internal;

import io.mlmodel.data.Column;
import io.mlmodel.data.ObjectColumn;
import io.mlmodel.data.internal.DataAccess;
import java.math.BigInteger;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * object targets: keeps each plain value as given (Array, Object, Map and Any columns, object tensors);
 * {@link MlflowCastSink} casts each value first.
 */
class PlainSink extends Sink {
  private @Nullable Object[] values = new Object[16];

  @Override
  public String target() {
    return "object";
  }

  void put(@Nullable Object v) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = v;
  }

  @Override
  public void addNull() {
    put(null);
  }

  @Override
  public void addBoolean(boolean v) {
    put(v);
  }

  @Override
  public void addLong(long v) {
    put(v);
  }

  @Override
  public void addBig(BigInteger v) {
    put(v);
  }

  @Override
  public void addDouble(double v) {
    put(v);
  }

  @Override
  public void addString(String v) {
    put(v);
  }

  @Override
  public void addOther(Object v) {
    put(v);
  }

  @Override
  public Column column(String name) {
    return DataAccess.column(ObjectColumn.class, name, Arrays.copyOf(values, size));
  }

  @Override
  public Object storage() {
    return Arrays.copyOf(values, size);
  }

  @Nullable Object[] values() {
    return Arrays.copyOf(values, size);
  }
}
