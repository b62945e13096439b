package io.mlmodel.request.internal;

import io.mlmodel.data.Column;
import io.mlmodel.data.PredictInput;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.TensorMap;
import io.mlmodel.data.internal.DataAccess;
import io.mlmodel.enforce.internal.ConversionException;
import io.mlmodel.enforce.internal.PlainTensors;
import io.mlmodel.enforce.internal.Sink;
import io.mlmodel.signature.ArrayType;
import io.mlmodel.signature.ColSpec;
import io.mlmodel.signature.NumpyDtype;
import io.mlmodel.signature.TensorSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The columns or tensors of the per-name readers that {@link TfServingRows} and {@link
 * TfServingDict} fill: a {@link Sink} gives its column, a {@link NestedReader} its tensor, and
 * plain values are converted to the name's dtype (or the one numpy infers). The lengths are
 * checked where MLflow checks them: for {@code instances}, TF-serving's own check, and for a
 * column-based signature, the DataFrame that MLflow's cast then builds. Stateless. Internal.
 */
final class TfServingAssembly {
  private TfServingAssembly() {}

  /**
   * The input of {@code readers}, in their order.
   *
   * @param readers name to reader: every value a {@link Sink} for a column-based signature, else a
   *     {@link NestedReader} or plain values
   * @param instances whether the form is {@code instances}, whose values must be of one length
   */
  static PredictInput build(TfServingReader in, Map<String, Object> readers, boolean instances) {
    if (in.cx.targets.columnBased()) {
      return table(in, readers, instances);
    }
    TensorMap.Builder m = TensorMap.builder();
    long rows = -1;
    for (Map.Entry<String, Object> e : readers.entrySet()) {
      Tensor t = tensor(in, e.getKey(), e.getValue());
      if (instances && rows >= 0 && t.rows() != rows) {
        throw TfServingErrors.lengths(in, true);
      }
      rows = t.rows();
      m.put(e.getKey(), t);
    }
    return m.build();
  }

  private static PredictInput table(TfServingReader in, Map<String, Object> readers, boolean instances) {
    List<Column> cols = new ArrayList<>();
    int rows = -1;
    int checkedRows = -1;
    boolean ragged = false;
    for (Map.Entry<String, Object> e : readers.entrySet()) {
      Column c = ((Sink) e.getValue()).column(e.getKey());
      if (instances && checkedLength(in, e.getKey(), cols.size())) {
        if (checkedRows >= 0 && c.size() != checkedRows) {
          throw TfServingErrors.lengths(in, true);
        }
        checkedRows = c.size();
      }
      ragged |= rows >= 0 && c.size() != rows;
      rows = c.size();
      cols.add(c);
    }
    if (ragged) {
      throw TfServingErrors.lengths(in, false); // what MLflow's parsing leaves to its enforcement
    }
    return DataAccess.table(cols, Math.max(rows, 0), false);
  }

  /** MLflow's instances check compares only the required, non-Array columns of a named schema. */
  private static boolean checkedLength(TfServingReader in, String name, int position) {
    if (!in.cx.targets.hasSchema()) {
      return true;
    }
    ColSpec spec = in.cx.targets.column(name, position, false);
    return spec != null && spec.required() && !(spec.type() instanceof ArrayType);
  }

  private static Tensor tensor(TfServingReader in, String name, Object reader) {
    if (reader instanceof NestedReader nr) {
      return nr.tensor();
    }
    TensorSpec spec = in.cx.targets.tensor(name);
    NumpyDtype dtype = spec == null ? JsonDtypes.infer(reader) : spec.dtype();
    try {
      return PlainTensors.of(reader, dtype, in.cx.mlflow(), in.decodeBase64);
    } catch (ConversionException e) {
      throw in.cx.tensor(in.key + "." + name, name, dtype.numpyName(), e);
    }
  }
}
