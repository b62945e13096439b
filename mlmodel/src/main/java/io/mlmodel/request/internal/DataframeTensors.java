package io.mlmodel.request.internal;

import io.mlmodel.data.Column;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.PredictInput;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.TensorMap;
import io.mlmodel.enforce.internal.ConversionException;
import io.mlmodel.enforce.internal.PlainTensors;
import io.mlmodel.enforce.internal.TensorEnforcer;
import io.mlmodel.signature.TensorSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * A DataFrame request against a tensor-based schema: MLflow casts each column to its tensor's dtype
 * ({@code astype}), stacks list-valued cells, and for an unnamed tensor uses all columns. Internal.
 */
final class DataframeTensors {
  private DataframeTensors() {}

  static PredictInput adapt(ColumnTable table, RequestContext cx) {
    if (!cx.targets.tensorBased()) {
      return table;
    }
    if (!cx.targets.named()) {
      TensorSpec spec = cx.targets.tensor(null);
      List<Object> rows = new ArrayList<>();
      int n = table.columns().size();
      if (n == 0 || table.rowCount() == 0) {
        return table;
      }
      for (int r = 0; r < table.rowCount(); r++) {
        if (n == 1) {
          rows.add(table.columns().get(0).getObject(r));
        } else {
          List<Object> row = new ArrayList<>(n);
          for (Column c : table.columns()) {
            row.add(c.getObject(r));
          }
          rows.add(row);
        }
      }
      return tensor(rows, spec, null, cx);
    }
    TensorMap.Builder m = TensorMap.builder();
    for (Column c : table.columns()) {
      TensorSpec spec = cx.targets.tensor(c.name());
      if (spec == null) {
        m.put(c.name(), TensorEnforcer.columnTensor(c));
        continue;
      }
      List<Object> values = new ArrayList<>(c.size());
      for (int r = 0; r < c.size(); r++) {
        values.add(c.getObject(r));
      }
      Tensor t = tensor(values, spec, c.name(), cx);
      long[] shape = spec.shapeArray();
      if (t.rank() == 1 && shape.length == 2 && shape[0] == -1 && shape[1] == 1) {
        t = t.reshape(t.size(), 1);
      }
      m.put(c.name(), t);
    }
    return m.build();
  }

  private static Tensor tensor(List<Object> values, TensorSpec spec, String name, RequestContext cx) {
    try {
      return PlainTensors.of(values, spec.dtype(), cx.mlflow(), true);
    } catch (ConversionException e) {
      throw cx.tensor("", name, spec.dtype().numpyName(), e);
    }
  }
}
