package io.mlmodel.enforce.internal;

import io.mlmodel.data.Column;
import io.mlmodel.signature.ColumnType;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * MLflow-compatible mode's parse-time cast of an Array, Object or Map column of a scoring request:
 * as MLflow's {@code cast_df_types_according_to_schema} and {@code convert_data_type} do, each value
 * goes through {@code _enforce_type} with the column taken as required (so a null or missing cell
 * is refused even in an optional column), before the enforcement checks the result again. Internal.
 */
final class MlflowCastSink extends Sink {
  private final ColumnType type;
  private final PlainSink values = new PlainSink();

  MlflowCastSink(ColumnType type) {
    this.type = type;
  }

  @Override
  public String target() {
    return type.toString();
  }

  private void put(@Nullable Object v) {
    values.put(MlflowTypes.enforce(v, type, true));
    size++;
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
    return values.column(name);
  }

  @Override
  public Object storage() {
    return values.storage();
  }
}
