package io.mlmodel.request.internal;

import io.mlmodel.data.PredictInput;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.TensorMap;
import io.mlmodel.data.internal.DataAccess;
import io.mlmodel.enforce.internal.ColumnTargets;
import io.mlmodel.enforce.internal.ConversionException;
import io.mlmodel.enforce.internal.PlainTensors;
import io.mlmodel.enforce.internal.Sink;
import io.mlmodel.enforce.internal.Tables;
import io.mlmodel.signature.ColSpec;
import io.mlmodel.signature.NumpyDtype;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonToken;

/**
 * {@code inputs} or {@code instances} as a list of values (not of objects): the one column of a
 * single-column signature, or else one tensor, streamed into primitive storage when a signature
 * gives it a numeric or string dtype and converted from plain values otherwise. Stateless.
 * Internal.
 */
final class TfServingList {
  private TfServingList() {}

  /** The parser is on the list's first element (or its {@code END_ARRAY}); it ends on the {@code END_ARRAY}. */
  static PredictInput read(TfServingReader in, JsonToken first) {
    RequestContext cx = in.cx;
    ColumnTargets t = cx.targets;
    if (t.named() && t.schema().size() == 1 && t.columnBased()) {
      return column(in, first);
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
        tensor = PlainTensors.of(all, dtype == null ? JsonDtypes.infer(all) : dtype, cx.mlflow(), in.decodeBase64);
      } else {
        NestedReader nr = new NestedReader(dtype, in.sink(dtype));
        for (JsonToken k = first; k != JsonToken.END_ARRAY; k = cx.p.nextToken()) {
          nr.readRow(cx.p);
        }
        tensor = nr.tensor();
      }
    } catch (ConversionException e) {
      throw cx.tensor(in.key, tensorName, dtype == null ? "object" : dtype.numpyName(), e);
    }
    if (t.columnBased()) {
      return Tables.fromTensor(tensor);
    }
    return tensorName == null ? tensor : TensorMap.of(tensorName, tensor);
  }

  /** The list as the values of the signature's only column (one cell, for an Array or Object column). */
  private static PredictInput column(TfServingReader in, JsonToken first) {
    RequestContext cx = in.cx;
    ColumnTargets t = cx.targets;
    ColSpec spec = t.schema().columns().get(0);
    Sink s = t.columnSink(spec.name(), 0, spec.nameIsInteger(), in.decodeBase64);
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
      throw cx.column(in.key, spec.name(), s.target(), e);
    }
    return DataAccess.table(List.of(s.column(spec.name())), s.size(), spec.nameIsInteger());
  }
}
