package io.mlmodel.request.internal;

import io.mlmodel.data.PredictInput;
import io.mlmodel.data.internal.DataAccess;
import io.mlmodel.enforce.internal.ColumnTargets;
import io.mlmodel.enforce.internal.ConversionException;
import io.mlmodel.enforce.internal.PlainTensors;
import io.mlmodel.enforce.internal.Sink;
import io.mlmodel.enforce.internal.Sinks;
import io.mlmodel.signature.ColSpec;
import io.mlmodel.signature.NumpyDtype;
import java.util.List;
import tools.jackson.core.JsonToken;

/**
 * The TF-serving forms {@code instances} (rows) and {@code inputs} (columns, a list or a scalar):
 * MLflow's {@code parse_tf_serving_input}, each named value converted with its spec as {@code
 * np.array(value, dtype)} does. Tensors are streamed into primitive storage.
 *
 * <p>This class picks the shape of the value and reads a single value itself; the other shapes
 * are read by {@link TfServingRows} (a list of objects), {@link TfServingDict} (an object) and
 * {@link TfServingList} (a list of values), which share this reader's request, key and base64
 * choice rather than a reader object of their own, so that a request allocates no more than
 * this one object for its form. One instance per request, used once, not thread-safe. Internal.
 */
final class TfServingReader {
  final RequestContext cx;
  /** The form's key, {@code instances} or {@code inputs}: the start of every key path. */
  final String key;
  /** Whether a binary value's string is base64 to decode: MLflow decodes it only in the DataFrame forms. */
  final boolean decodeBase64;

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
      return t == JsonToken.START_OBJECT ? TfServingDict.read(this, true) : scalar();
    }
    JsonToken first = cx.p.nextToken();
    if (first == JsonToken.START_OBJECT) {
      return TfServingRows.read(this);
    }
    return TfServingList.read(this, first);
  }

  /** {@code inputs}: the parser is on its value. */
  PredictInput inputs() {
    JsonToken t = cx.p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      return TfServingDict.read(this, false);
    }
    if (t == JsonToken.START_ARRAY) {
      JsonToken first = cx.p.nextToken();
      if (first == JsonToken.START_OBJECT) {
        return new DataframeReader(cx, key, decodeBase64).records(true);
      }
      return TfServingList.read(this, first);
    }
    return scalar();
  }

  /** {@code inputs} as a single value. */
  private PredictInput scalar() {
    ColumnTargets t = cx.targets;
    NumpyDtype dtype = t.hasSchema() ? t.firstDtype() : null;
    Object v = PlainJson.read(cx.p);
    if (v == null && t.hasSchema() && !t.named()) {
      throw TfServingErrors.unnamed(this, "NoneType"); // np.isscalar(None) is false
    }
    try {
      if (t.columnBased()) {
        ColSpec spec = t.schema().columns().get(0);
        Sink s = Sinks.forType(spec.type(), cx.mlflow(), decodeBase64);
        s.addValue(v);
        return DataAccess.table(List.of(s.column("0")), 1, true);
      }
      NumpyDtype d = dtype == null ? JsonDtypes.infer(v) : dtype;
      return PlainTensors.of(v, d, cx.mlflow(), decodeBase64);
    } catch (ConversionException e) {
      throw cx.tensor(key, null, dtype == null ? "object" : dtype.numpyName(), e);
    }
  }

  /** The primitive sink of a tensor's dtype; a dtype with none is refused as MLflow's cast refuses it. */
  Sink sink(NumpyDtype dtype) {
    try {
      return Sinks.forDtype(dtype, cx.mlflow(), decodeBase64);
    } catch (ConversionException e) {
      throw cx.tensor(key, null, dtype.numpyName(), e);
    }
  }
}
