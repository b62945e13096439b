package io.mlmodel.request.internal;

import io.mlmodel.data.PredictInput;
import io.mlmodel.enforce.internal.ConversionException;
import io.mlmodel.enforce.internal.Sink;
import io.mlmodel.signature.NumpyDtype;
import io.mlmodel.signature.TensorSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonToken;

/**
 * An {@code instances} list of objects, one object a row: each key's values are collected, row
 * after row, by a reader made when the key is first met, and {@link TfServingAssembly} then makes
 * the columns or tensors of them. The per-key reader is the column's typed {@link Sink} for a
 * column-based signature, a {@link NestedReader} for a tensor of a numeric or string dtype, and a
 * list of plain values otherwise (no signature, or dtype object), which the assembly converts.
 * Stateless. Internal.
 */
final class TfServingRows {
  private TfServingRows() {}

  /** The parser is on the first row's {@code START_OBJECT}; it ends on the list's {@code END_ARRAY}. */
  static PredictInput read(TfServingReader in) {
    RequestContext cx = in.cx;
    String key = in.key;
    Map<String, Object> readers = new LinkedHashMap<>();
    int r = 0;
    String name = null;
    try {
      for (JsonToken t = cx.p.currentToken(); t != JsonToken.END_ARRAY; t = cx.p.nextToken()) {
        if (t != JsonToken.START_OBJECT) {
          throw TfServingErrors.notAnInstance(in, r);
        }
        while ((name = cx.p.nextName()) != null) {
          cx.p.nextToken();
          Object reader = readers.get(name);
          if (reader == null) {
            RequestLimits.checkColumns(readers.size() + 1L, cx.options, cx.at(key + "[" + r + "]." + name));
            reader = reader(in, name, readers.size());
            readers.put(name, reader);
          }
          // The three kinds are told apart by a type test, not an interface: the calls stay direct.
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
      throw TfServingErrors.convert(in, key + "[" + r + "]." + name, name, readers.get(name), e);
    }
    return TfServingAssembly.build(in, readers, true);
  }

  private static Object reader(TfServingReader in, String name, int position) {
    RequestContext cx = in.cx;
    if (cx.targets.tensorBased()) {
      TensorSpec spec = cx.targets.tensor(name);
      if (spec != null && spec.dtype() != NumpyDtype.OBJECT) {
        return new NestedReader(spec.dtype(), in.sink(spec.dtype()));
      }
      return new ArrayList<Object>();
    }
    if (!cx.targets.hasSchema()) {
      return new ArrayList<Object>();
    }
    return cx.targets.columnSink(name, position, false, in.decodeBase64);
  }
}
