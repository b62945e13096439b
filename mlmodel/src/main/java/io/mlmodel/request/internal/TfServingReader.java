package io.mlmodel.request.internal;

import io.mlmodel.data.Column;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.PredictInput;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.TensorMap;
import io.mlmodel.data.internal.Columns;
import io.mlmodel.data.internal.DataAccess;
import io.mlmodel.enforce.internal.ColumnTargets;
import io.mlmodel.enforce.internal.ConversionException;
import io.mlmodel.enforce.internal.InferSink;
import io.mlmodel.enforce.internal.PlainTensors;
import io.mlmodel.enforce.internal.Problems;
import io.mlmodel.enforce.internal.Sink;
import io.mlmodel.enforce.internal.Sinks;
import io.mlmodel.enforce.internal.Tables;
import io.mlmodel.signature.ColSpec;
import io.mlmodel.signature.DataType;
import io.mlmodel.signature.NumpyDtype;
import io.mlmodel.signature.TensorSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonToken;

/**
 * The TF-serving forms {@code instances} (rows) and {@code inputs} (columns, a list or a scalar):
 * MLflow's {@code parse_tf_serving_input}, each named value converted with its spec as {@code
 * np.array(value, dtype)} does. Tensors are streamed into primitive storage. Internal.
 */
final class TfServingReader {
  private final RequestContext cx;
  private final String key;
  private final boolean decodeBase64;

  TfServingReader(RequestContext cx, String key) {
    this.cx = cx;
    this.key = key;
    this.decodeBase64 = !cx.mlflow();
  }

  /** {@code instances}: the parser is on its value. */
  PredictInput instances() {
    JsonToken t = cx.p.currentToken();
    if (t != JsonToken.START_ARRAY) {
      // MLflow's parse_instances_data hands anything but a list to the cast of the inputs form
      return t == JsonToken.START_OBJECT ? dict(true) : scalar();
    }
    JsonToken first = cx.p.nextToken();
    if (first == JsonToken.START_OBJECT) {
      return rows();
    }
    return list(first);
  }

  /** {@code inputs}: the parser is on its value. */
  PredictInput inputs() {
    JsonToken t = cx.p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      return dict(false);
    }
    if (t == JsonToken.START_ARRAY) {
      JsonToken first = cx.p.nextToken();
      if (first == JsonToken.START_OBJECT) {
        return new DataframeReader(cx, key, decodeBase64).records(true);
      }
      return list(first);
    }
    return scalar();
  }

  /** Rows of an {@code instances} list, collected per key into columns or tensors. */
  private PredictInput rows() {
    Map<String, Object> readers = new LinkedHashMap<>();
    int r = 0;
    String name = null;
    try {
      for (JsonToken t = cx.p.currentToken(); t != JsonToken.END_ARRAY; t = cx.p.nextToken()) {
        if (t != JsonToken.START_OBJECT) {
          throw cx.bad(key + "[" + r + "]", "Failed to parse data as TF serving input. Every instance must be an"
              + " object when the first one is.");
        }
        while ((name = cx.p.nextName()) != null) {
          cx.p.nextToken();
          String n = name;
          Object reader = readers.get(name);
          if (reader == null) {
            RequestLimits.checkColumns(readers.size() + 1L, cx.options, cx.at(key + "[" + r + "]." + name));
            reader = rowReader(n, readers.size());
            readers.put(name, reader);
          }
          if (reader instanceof Sink s) {
            PlainJson.feed(cx.p, s);
          } else if (reader instanceof NestedReader nr) {
            nr.readRow(cx.p);
          } else {
            @SuppressWarnings("unchecked")
            List<Object> plain = (List<Object>) reader;
            plain.add(PlainJson.read(cx.p));
          }
        }
        r++;
      }
    } catch (ConversionException e) {
      throw convert(key + "[" + r + "]." + name, name, readers.get(name), e);
    }
    return build(readers, true);
  }

  private Object rowReader(String name, int position) {
    if (cx.targets.tensorBased()) {
      TensorSpec spec = cx.targets.tensor(name);
      if (spec != null && spec.dtype() != NumpyDtype.OBJECT) {
        return new NestedReader(spec.dtype(), sink(spec.dtype()));
      }
      return new ArrayList<Object>();
    }
    if (!cx.targets.hasSchema()) {
      return new ArrayList<Object>();
    }
    return cx.targets.columnSink(name, position, false, decodeBase64);
  }

  private Sink sink(NumpyDtype dtype) {
    try {
      return Sinks.forDtype(dtype, cx.mlflow(), decodeBase64);
    } catch (ConversionException e) {
      throw cx.tensor(key, null, dtype.numpyName(), e);
    }
  }

  /** Columns or tensors from per-name readers; lengths must agree (for instances: TF-serving's check). */
  private PredictInput build(Map<String, Object> readers, boolean instances) {
    if (cx.targets.columnBased()) {
      List<Column> cols = new ArrayList<>();
      int rows = -1;
      int checkedRows = -1;
      boolean ragged = false;
      for (Map.Entry<String, Object> e : readers.entrySet()) {
        Column c = ((Sink) e.getValue()).column(e.getKey());
        if (instances && checkedLength(e.getKey(), cols.size())) {
          if (checkedRows >= 0 && c.size() != checkedRows) {
            throw lengths(true);
          }
          checkedRows = c.size();
        }
        ragged |= rows >= 0 && c.size() != rows;
        rows = c.size();
        cols.add(c);
      }
      if (ragged) {
        throw lengths(false); // what MLflow's parsing leaves to its enforcement
      }
      return DataAccess.table(cols, Math.max(rows, 0), false);
    }
    TensorMap.Builder m = TensorMap.builder();
    long rows = -1;
    for (Map.Entry<String, Object> e : readers.entrySet()) {
      Tensor t = tensorOf(e.getKey(), e.getValue());
      if (instances && rows >= 0 && t.rows() != rows) {
        throw lengths(true);
      }
      rows = t.rows();
      m.put(e.getKey(), t);
    }
    return m.build();
  }

  /** MLflow's instances check compares only the required, non-Array columns of a named schema. */
  private boolean checkedLength(String name, int position) {
    if (!cx.targets.hasSchema()) {
      return true;
    }
    ColSpec spec = cx.targets.column(name, position, false);
    return spec != null && spec.required() && !(spec.type() instanceof io.mlmodel.signature.ArrayType);
  }

  private Tensor tensorOf(String name, Object reader) {
    if (reader instanceof NestedReader nr) {
      return nr.tensor();
    }
    TensorSpec spec = cx.targets.tensor(name);
    NumpyDtype dtype = spec == null ? inferDtype(reader) : spec.dtype();
    try {
      return PlainTensors.of(reader, dtype, cx.mlflow(), decodeBase64);
    } catch (ConversionException e) {
      throw cx.tensor(key + "." + name, name, dtype.numpyName(), e);
    }
  }

  private io.mlmodel.InputException lengths(boolean instances) {
    return instances
        ? cx.bad(key, "Failed to parse data as TF serving input. The length of values for each input/column name are"
            + " not the same")
        : Problems.schema(null, "This model contains a column-based signature, which suggests a DataFrame input."
            + " There was an error casting the input data to a DataFrame: All arrays must be of the same length");
  }

  /** {@code inputs} as an object: column name (or tensor name) to values; for instances, of equal lengths. */
  private PredictInput dict(boolean instances) {
    if (cx.targets.hasSchema() && !cx.targets.named()) {
      throw unnamed("dict");
    }
    boolean oneRow = cx.targets.dictIsOneRow();
    Map<String, Object> readers = new LinkedHashMap<>();
    String name = null;
    try {
      while ((name = cx.p.nextName()) != null) {
        cx.p.nextToken();
        RequestLimits.checkColumns(readers.size() + 1L, cx.options, cx.at(key + "." + name));
        readers.put(name, dictValue(name, readers.size(), oneRow));
      }
    } catch (ConversionException e) {
      throw convert(key + "." + name, name, null, e);
    }
    return build(readers, instances);
  }

  /** MLflow's refusal of what is neither a list nor a scalar for an unnamed schema. */
  private io.mlmodel.InputException unnamed(String type) {
    return cx.bad(key, "Failed to parse input data. This model contains an un-named tensor-based model signature"
        + " which expects a single n-dimensional array or a single value as input, however, an input of type " + type
        + " was found.");
  }

  private Object dictValue(String name, int position, boolean oneRow) {
    if (!cx.targets.columnBased()) {
      TensorSpec spec = cx.targets.tensor(name);
      if (spec != null && spec.dtype() != NumpyDtype.OBJECT) {
        NestedReader nr = new NestedReader(spec.dtype(), sink(spec.dtype()));
        nr.readAll(cx.p);
        return nr;
      }
      return PlainJson.read(cx.p);
    }
    Sink s = cx.targets.columnSink(name, position, false, decodeBase64);
    ColSpec spec = cx.targets.column(name, position, false);
    boolean scalarColumn = spec == null || spec.type() instanceof DataType;
    try {
      if (!oneRow && cx.p.currentToken() == JsonToken.START_ARRAY && (scalarColumn || !(s instanceof InferSink))) {
        while (cx.p.nextToken() != JsonToken.END_ARRAY) {
          PlainJson.feed(cx.p, s);
        }
      } else {
        PlainJson.feed(cx.p, s);
      }
    } catch (ConversionException e) {
      throw cx.column(key + "." + name + "[" + s.size() + "]", name, s.target(), e);
    }
    return s;
  }

  /** {@code inputs} (or {@code instances}) as a list of values: the parser is on the first element. */
  private PredictInput list(JsonToken first) {
    ColumnTargets t = cx.targets;
    if (t.named() && t.schema().size() == 1 && t.columnBased()) {
      ColSpec spec = t.schema().columns().get(0);
      Sink s = t.columnSink(spec.name(), 0, spec.nameIsInteger(), decodeBase64);
      try {
        if (t.dictIsOneRow()) {
          List<Object> all = new ArrayList<>();
          for (JsonToken k = first; k != JsonToken.END_ARRAY; k = cx.p.nextToken()) {
            all.add(PlainJson.read(cx.p));
          }
          s.addOther(all);
        } else {
          for (JsonToken k = first; k != JsonToken.END_ARRAY; k = cx.p.nextToken()) {
            PlainJson.feed(cx.p, s);
          }
        }
      } catch (ConversionException e) {
        throw cx.column(key, spec.name(), s.target(), e);
      }
      return DataAccess.table(List.of(s.column(spec.name())), s.size(), spec.nameIsInteger());
    }
    boolean severalNamed = t.named() && t.tensorBased() && t.schema().size() > 1;
    if (severalNamed && first == JsonToken.END_ARRAY) {
      // MLflow reads [] as an empty list of records, which its enforcement finds missing every input
      return TensorMap.builder().build();
    }
    // several named tensors: MLflow casts the list to the first one's dtype (a value that does not
    // convert is a bad request) and its enforcement then refuses the bare array
    NumpyDtype dtype = t.hasSchema() ? t.firstDtype() : null;
    Tensor tensor;
    String tensorName = t.tensorBased() && t.named() && !severalNamed ? t.schema().tensors().get(0).name() : null;
    try {
      if (dtype == null || dtype == NumpyDtype.OBJECT) {
        List<Object> all = new ArrayList<>();
        for (JsonToken k = first; k != JsonToken.END_ARRAY; k = cx.p.nextToken()) {
          all.add(PlainJson.read(cx.p));
        }
        tensor = PlainTensors.of(all, dtype == null ? inferDtype(all) : dtype, cx.mlflow(), decodeBase64);
      } else {
        NestedReader nr = new NestedReader(dtype, sink(dtype));
        for (JsonToken k = first; k != JsonToken.END_ARRAY; k = cx.p.nextToken()) {
          nr.readRow(cx.p);
        }
        tensor = nr.tensor();
      }
    } catch (ConversionException e) {
      throw cx.tensor(key, tensorName, dtype == null ? "object" : dtype.numpyName(), e);
    }
    if (t.columnBased()) {
      return Tables.fromTensor(tensor);
    }
    return tensorName == null ? tensor : TensorMap.of(tensorName, tensor);
  }

  /** {@code inputs} as a single value. */
  private PredictInput scalar() {
    ColumnTargets t = cx.targets;
    NumpyDtype dtype = t.hasSchema() ? t.firstDtype() : null;
    Object v = PlainJson.read(cx.p);
    if (v == null && t.hasSchema() && !t.named()) {
      throw unnamed("NoneType"); // np.isscalar(None) is false
    }
    try {
      if (t.columnBased()) {
        ColSpec spec = t.schema().columns().get(0);
        Sink s = Sinks.forType(spec.type(), cx.mlflow(), decodeBase64);
        s.addValue(v);
        return DataAccess.table(List.of(s.column("0")), 1, true);
      }
      NumpyDtype d = dtype == null ? inferDtype(v) : dtype;
      return PlainTensors.of(v, d, cx.mlflow(), decodeBase64);
    } catch (ConversionException e) {
      throw cx.tensor(key, null, dtype == null ? "object" : dtype.numpyName(), e);
    }
  }

  private io.mlmodel.InputException convert(String keyPath, String name, Object reader, ConversionException e) {
    if (reader instanceof Sink s) {
      return cx.column(keyPath, String.valueOf(name), s.target(), e);
    }
    TensorSpec spec = cx.targets.tensor(name);
    return cx.tensor(keyPath, name, spec == null ? "object" : spec.dtype().numpyName(), e);
  }

  /** The dtype {@code np.array(value)} gives plain JSON values: bool, int64, float64, str or object. */
  static NumpyDtype inferDtype(Object value) {
    int[] kinds = new int[5];
    leaves(value, kinds);
    if (kinds[4] > 0) {
      return NumpyDtype.OBJECT;
    }
    if (kinds[3] > 0) {
      return kinds[0] + kinds[1] + kinds[2] > 0 ? NumpyDtype.OBJECT : NumpyDtype.STR;
    }
    if (kinds[2] > 0) {
      return NumpyDtype.FLOAT64;
    }
    if (kinds[1] > 0) {
      return NumpyDtype.INT64;
    }
    return kinds[0] > 0 ? NumpyDtype.BOOL : NumpyDtype.FLOAT64;
  }

  private static void leaves(Object v, int[] kinds) {
    if (v instanceof List<?> l) {
      for (Object x : l) {
        leaves(x, kinds);
      }
    } else if (v instanceof Boolean) {
      kinds[0]++;
    } else if (v instanceof Long) {
      kinds[1]++;
    } else if (v instanceof Double) {
      kinds[2]++;
    } else if (v instanceof String) {
      kinds[3]++;
    } else {
      kinds[4]++;
    }
  }
}
