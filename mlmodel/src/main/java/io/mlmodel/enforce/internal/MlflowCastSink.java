package io.mlmodel.enforce.internal;

import io.mlmodel.signature.ColumnType;
import org.jspecify.annotations.Nullable;

/**
 * MLflow-compatible mode's parse-time cast of an Array, Object or Map column of a scoring request:
 * as MLflow's {@code cast_df_types_according_to_schema} and {@code convert_data_type} do, each value
 * goes through {@code _enforce_type} with the column taken as required (so a null or missing cell
 * is refused even in an optional column), before the enforcement checks the result again. Internal.
 */
final class MlflowCastSink extends PlainSink {
  private final ColumnType type;

  MlflowCastSink(ColumnType type) {
    this.type = type;
  }

  @Override
  public String target() {
    return type.toString();
  }

  @Override
  void put(@Nullable Object v) {
    super.put(MlflowTypes.enforce(v, type, true));
  }
}
