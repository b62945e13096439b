package io.mlmodel.enforce.internal;

import io.mlmodel.data.BooleanColumn;
import io.mlmodel.data.Column;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.DateTimeColumn;
import io.mlmodel.data.DoubleColumn;
import io.mlmodel.data.FloatColumn;
import io.mlmodel.data.IntColumn;
import io.mlmodel.data.LongColumn;
import io.mlmodel.data.ObjectColumn;
import io.mlmodel.data.PredictInput;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.TensorMap;
import io.mlmodel.data.internal.DataAccess;
import io.mlmodel.enforce.EnforcementOptions;
import io.mlmodel.signature.NumpyDtype;
import io.mlmodel.signature.Schema;
import io.mlmodel.signature.TensorSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * MLflow's {@code _enforce_tensor_schema} and {@code _enforce_tensor_spec} (format reference §5.5):
 * named tensors present, extra ones dropped with a warning, then for each tensor the exact dtype
 * and the shape ({@code -1} matches any size), with the ragged-array exceptions. A {@link
 * ColumnTable} is turned into tensors the way MLflow turns a DataFrame. Internal.
 */
public final class TensorEnforcer {
  private TensorEnforcer() {}

  public static PredictInput enforce(PredictInput input, Schema schema, EnforcementOptions o, List<String> warnings) {
    List<TensorSpec> specs = schema.tensors();
    if (!schema.hasInputNames()) {
      TensorSpec spec = specs.get(0);
      Tensor t;
      if (input instanceof Tensor x) {
        t = x;
      } else if (input instanceof ColumnTable table) {
        t = fromTable(table, spec, o);
      } else {
        throw Problems.schema(null, "This model contains a tensor-based model signature with no input names, which"
            + " suggests a numpy array input, but an input of type dict was found.");
      }
      return check(t, spec, "");
    }
    if (input instanceof Tensor x && specs.size() == 1) {
      // The common case of one named input given as one ndarray: nothing can be missing or extra.
      TensorSpec only = specs.get(0);
      return TensorMap.of(only.name(), check(x, only, only.name()));
    }
    Map<String, Tensor> given = new LinkedHashMap<>();
    if (input instanceof TensorMap m) {
      given.putAll(m.tensors());
    } else if (input instanceof ColumnTable table) {
      for (Column c : table.columns()) {
        TensorSpec spec = specs.stream().filter(s -> s.name().equals(c.name())).findFirst().orElse(null);
        given.put(c.name(), spec == null ? columnTensor(c) : fromColumn(c, spec, o));
      }
    } else {
      throw Problems.schema(null, "This model contains a tensor-based model signature with input names, which"
          + " suggests a dictionary input mapping input name to a numpy array, but an input of type ndarray was"
          + " found.");
    }
    List<String> missing = new ArrayList<>();
    for (TensorSpec s : specs) {
      if (!given.containsKey(s.name())) {
        missing.add(s.name());
      }
    }
    List<String> extra = new ArrayList<>();
    for (String n : given.keySet()) {
      if (specs.stream().noneMatch(s -> s.name().equals(n))) {
        extra.add(n);
      }
    }
    Problems.checkPresence(missing, extra, warnings);
    TensorMap.Builder out = TensorMap.builder();
    for (TensorSpec s : specs) {
      out.put(s.name(), check(given.get(s.name()), s, s.name()));
    }
    return out.build();
  }

  /** {@code _enforce_tensor_spec}: the ragged exceptions, then rank, dimensions and exact dtype. */
  static Tensor check(Tensor t, TensorSpec spec, String name) {
    if (t.matches(spec)) {
      return t;
    }
    long[] expected = spec.shapeArray();
    long[] actual = t.shape();
    if (expected.length == 1 && expected[0] == -1 && spec.dtype() == NumpyDtype.OBJECT) {
      return t;
    }
    if (expected.length > 1 && actual.length == 1 && t.dtype() == NumpyDtype.OBJECT) {
      for (int i = 1; i < expected.length; i++) {
        if (expected[i] == -1) {
          return t;
        }
      }
    }
    boolean ok = expected.length == actual.length;
    for (int i = 0; ok && i < expected.length; i++) {
      ok = expected[i] == -1 || expected[i] == actual[i];
    }
    if (!ok) {
      throw Problems.schema(name.isEmpty() ? null : name, "Shape of input " + PlainTensors.tuple(actual)
          + " does not match expected shape " + PlainTensors.tuple(expected) + "." + where(name));
    }
    if (t.dtype() != spec.dtype()) {
      throw Problems.schema(name.isEmpty() ? null : name, "dtype of input " + t.dtype().numpyName()
          + " does not match expected dtype " + spec.dtype().numpyName() + where(name));
    }
    return t;
  }

  private static String where(String name) {
    return name.isEmpty() ? "" : " (tensor " + PyRepr.str(name) + ")";
  }

  private static Tensor fromTable(ColumnTable table, TensorSpec spec, EnforcementOptions o) {
    int n = table.columns().size();
    if (table.rowCount() == 0 || n == 0) {
      throw Problems.schema(null, "Input DataFrame is empty.");
    }
    if (n == 1) {
      return fromColumn(table.columns().get(0), spec, o);
    }
    long[] expected = spec.shapeArray();
    if (expected.length != 2 || expected[0] != -1 || expected[1] != n) {
      throw Problems.schema(null, "This model contains a model signature with an unnamed input. Since the input data"
          + " is a pandas DataFrame containing multiple columns, the input shape must be of the structure (-1,"
          + " number_of_dataframe_columns). Instead, the input DataFrame passed had " + n + " columns and an input"
          + " shape of " + PlainTensors.tuple(expected) + " with all values within the DataFrame of scalar type."
          + " Please adjust the passed in DataFrame to match the expected structure");
    }
    Tensor[] cols = new Tensor[n];
    NumpyDtype common = null;
    for (int i = 0; i < n; i++) {
      cols[i] = columnTensor(table.columns().get(i));
      common = common == null || common == cols[i].dtype() ? cols[i].dtype() : commonType(common, cols[i].dtype());
    }
    int rows = table.rowCount();
    Sink sink = Sinks.forDtype(common, true, false);
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < n; c++) {
        sink.addValue(cols[c].getObject(r));
      }
    }
    return DataAccess.tensor(common, new long[] {rows, n}, sink.storage());
  }

  private static NumpyDtype commonType(NumpyDtype a, NumpyDtype b) {
    boolean numeric = "biuf".indexOf(a.kind()) >= 0 && "biuf".indexOf(b.kind()) >= 0;
    return numeric ? NumpyDtype.FLOAT64 : NumpyDtype.OBJECT;
  }

  /** A DataFrame column for a named tensor: scalars need shape (-1,) or (-1, 1); lists are stacked and cast. */
  private static Tensor fromColumn(Column c, TensorSpec spec, EnforcementOptions o) {
    long[] expected = spec.shapeArray();
    if (c instanceof ObjectColumn oc && oc.size() > 0 && oc.get(0) instanceof List<?>) {
      List<Object> rows = new ArrayList<>();
      for (int r = 0; r < oc.size(); r++) {
        rows.add(oc.get(r));
      }
      try {
        Tensor t = PlainTensors.of(rows, spec.dtype(), o.mlflowCompatible(), !o.mlflowCompatible());
        return reshape(t, expected, c.name());
      } catch (ConversionException e) {
        throw Problems.schema(c.name(), "The value in the input column " + c.name() + " could not be converted to"
            + " the expected shape " + PlainTensors.tuple(expected) + " and dtype " + spec.dtype().numpyName()
            + ": " + e.getMessage());
      }
    }
    Tensor t = columnTensor(c);
    if (expected.length == 1 && expected[0] == -1) {
      return t;
    }
    if (expected.length == 2 && expected[0] == -1 && expected[1] == 1) {
      return t.reshape(t.size(), 1);
    }
    throw Problems.schema(c.name(), "The input pandas dataframe column '" + c.name() + "' contains scalar values,"
        + " which requires the shape to be (-1,) or (-1, 1), but got tensor spec shape of "
        + PlainTensors.tuple(expected) + ".");
  }

  private static Tensor reshape(Tensor t, long[] expected, String name) {
    long known = 1;
    int free = -1;
    for (int i = 0; i < expected.length; i++) {
      if (expected[i] == -1) {
        free = i;
      } else {
        known *= expected[i];
      }
    }
    long[] shape = expected.clone();
    if (free >= 0 && known > 0) {
      shape[free] = t.size() / known;
    }
    try {
      return t.reshape(shape);
    } catch (IllegalArgumentException e) {
      throw Problems.schema(name, "The value in the input column " + name + " could not be converted to the expected"
          + " shape " + PlainTensors.tuple(expected) + ".");
    }
  }

  /** A column as the 1-d ndarray pandas' {@code to_numpy()} gives. */
  public static Tensor columnTensor(Column c) {
    int n = c.size();
    if (c instanceof DoubleColumn d) {
      return DataAccess.tensor(NumpyDtype.FLOAT64, new long[] {n}, DataAccess.array(d));
    } else if (c instanceof FloatColumn f) {
      return DataAccess.tensor(NumpyDtype.FLOAT32, new long[] {n}, DataAccess.array(f));
    } else if (c instanceof LongColumn l) {
      return DataAccess.tensor(NumpyDtype.INT64, new long[] {n}, DataAccess.array(l));
    } else if (c instanceof IntColumn i) {
      return DataAccess.tensor(NumpyDtype.INT32, new long[] {n}, DataAccess.array(i));
    } else if (c instanceof BooleanColumn b && !b.hasMissing()) {
      return DataAccess.tensor(NumpyDtype.BOOL, new long[] {n}, DataAccess.array(b));
    } else if (c instanceof DateTimeColumn t) {
      return DataAccess.tensor(NumpyDtype.DATETIME64_NS, new long[] {n}, DataAccess.array(t));
    }
    Object[] v = new Object[n];
    for (int r = 0; r < n; r++) {
      v[r] = c.getObject(r);
    }
    return DataAccess.tensor(NumpyDtype.OBJECT, new long[] {n}, v);
  }
}
