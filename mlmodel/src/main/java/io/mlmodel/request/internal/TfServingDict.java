package io.mlmodel.request.internal;

import io.mlmodel.data.PredictInput;
import io.mlmodel.enforce.internal.ConversionException;
import io.mlmodel.enforce.internal.InferSink;
import io.mlmodel.enforce.internal.Sink;
import io.mlmodel.signature.ColSpec;
import io.mlmodel.signature.DataType;
import io.mlmodel.signature.NumpyDtype;
import io.mlmodel.signature.TensorSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JsonToken;

/**
 * The object form of {@code inputs} (and of {@code instances}, which MLflow hands to the same
 * cast): column or tensor name to its values, each read whole when its key is met and then made
 * into columns or tensors by {@link TfServingAssembly}. An unnamed signature refuses it, as
 * MLflow does. Stateless. Internal.
 */
final class TfServingDict {
  private TfServingDict() {}

  /**
   * The parser is on the object's {@code START_OBJECT}; it ends on its {@code END_OBJECT}.
   *
   * @param instances whether the form is {@code instances}, whose values must be of one length
   */
  static PredictInput read(TfServingReader in, boolean instances) {
    RequestContext cx = in.cx;
    if (cx.targets.hasSchema() && !cx.targets.named()) {
      throw TfServingErrors.unnamed(in, "dict");
    }
    boolean oneRow = cx.targets.dictIsOneRow();
    Map<String, Object> readers = new LinkedHashMap<>();
    String name = null;
    try {
      while ((name = cx.p.nextName()) != null) {
        cx.p.nextToken();
        RequestLimits.checkColumns(readers.size() + 1L, cx.options, cx.at(in.key + "." + name));
        readers.put(name, value(in, name, readers.size(), oneRow));
      }
    } catch (ConversionException e) {
      throw TfServingErrors.convert(in, in.key + "." + name, name, null, e);
    }
    return TfServingAssembly.build(in, readers, instances);
  }

  /**
   * One name's value: a tensor's nested arrays, a column's list of cells (or one cell, for a
   * signature that reads the object as one row), or the plain value when nothing types it.
   */
  private static Object value(TfServingReader in, String name, int position, boolean oneRow) {
    RequestContext cx = in.cx;
    if (!cx.targets.columnBased()) {
      TensorSpec spec = cx.targets.tensor(name);
      if (spec != null && spec.dtype() != NumpyDtype.OBJECT) {
        NestedReader nr = new NestedReader(spec.dtype(), in.sink(spec.dtype()));
        nr.readAll(cx.p);
        return nr;
      }
      return PlainJson.read(cx.p);
    }
    Sink s = cx.targets.columnSink(name, position, false, in.decodeBase64);
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
      throw cx.column(in.key + "." + name + "[" + s.size() + "]", name, s.target(), e);
    }
    return s;
  }
}
