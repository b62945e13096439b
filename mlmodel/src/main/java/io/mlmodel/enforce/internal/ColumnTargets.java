package io.mlmodel.enforce.internal;

import io.mlmodel.enforce.EnforcementOptions;
import io.mlmodel.signature.ColSpec;
import io.mlmodel.signature.ColumnType;
import io.mlmodel.signature.DataType;
import io.mlmodel.signature.NumpyDtype;
import io.mlmodel.signature.Schema;
import io.mlmodel.signature.TensorSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the scoring server casts each request column or tensor to: the schema's type found by
 * label (named schema) or position (unnamed schema), nothing for extra columns. Internal.
 */
public final class ColumnTargets {
  private final @Nullable Schema schema;
  private final Map<String, ColSpec> byName = new HashMap<>();
  private final Map<String, TensorSpec> tensorsByName = new HashMap<>();
  public final boolean mlflow;

  public ColumnTargets(@Nullable Schema schema, EnforcementOptions o) {
    this.schema = schema;
    this.mlflow = o.mlflowCompatible();
    if (schema != null && schema.hasInputNames()) {
      for (ColSpec c : schema.columns()) {
        byName.putIfAbsent((c.nameIsInteger() ? "#" : "$") + c.name(), c);
      }
      for (TensorSpec t : schema.tensors()) {
        tensorsByName.putIfAbsent(t.name(), t);
      }
    }
  }

  public boolean hasSchema() {
    return schema != null;
  }

  public boolean tensorBased() {
    return schema != null && schema.isTensorBased();
  }

  public boolean columnBased() {
    return schema != null && !schema.isTensorBased();
  }

  public boolean named() {
    return schema != null && schema.hasInputNames();
  }

  public @Nullable Schema schema() {
    return schema;
  }

  /** The column spec for a label or position, or null. */
  public @Nullable ColSpec column(String label, int position, boolean integerLabels) {
    if (!columnBased()) {
      return null;
    }
    List<ColSpec> specs = schema.columns();
    if (!schema.hasInputNames()) {
      return position < specs.size() ? specs.get(position) : null;
    }
    return byName.get((integerLabels ? "#" : "$") + label);
  }

  /** The sink for a request column (infer when there is no spec or the schema is tensor-based). */
  public Sink columnSink(String label, int position, boolean integerLabels, boolean decodeBase64) {
    ColSpec s = column(label, position, integerLabels);
    ColumnType type = s == null ? null : s.type();
    if (mlflow && type != null && !(type instanceof DataType) && !(type instanceof io.mlmodel.signature.AnyType)) {
      return new MlflowCastSink(type);
    }
    return Sinks.forType(type, mlflow, decodeBase64);
  }

  /** The tensor spec with this name, or the only one of an unnamed schema. */
  public @Nullable TensorSpec tensor(@Nullable String name) {
    if (!tensorBased()) {
      return null;
    }
    if (!schema.hasInputNames()) {
      return schema.tensors().get(0);
    }
    return tensorsByName.get(name);
  }

  /** Whether a dict {@code inputs} makes one row (the schema has an Array or Object column, §5.1). */
  public boolean dictIsOneRow() {
    return columnBased() && schema.columns().stream().anyMatch(c -> !(c.type() instanceof DataType)
        && !(c.type() instanceof io.mlmodel.signature.MapType) && !(c.type() instanceof io.mlmodel.signature.AnyType));
  }

  /** The numpy dtype of the first input (for a bare list against a column schema). */
  public NumpyDtype firstDtype() {
    if (tensorBased()) {
      return schema.tensors().get(0).dtype();
    }
    ColumnType t = schema.columns().get(0).type();
    return t instanceof DataType d ? d.numpyDtype() : NumpyDtype.OBJECT;
  }
}
