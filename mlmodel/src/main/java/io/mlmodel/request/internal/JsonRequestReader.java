package io.mlmodel.request.internal;

import io.mlmodel.InputException;
import io.mlmodel.Location;
import io.mlmodel.data.Column;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.ObjectColumn;
import io.mlmodel.data.PredictInput;
import io.mlmodel.data.internal.DataAccess;
import io.mlmodel.enforce.internal.Problems;
import io.mlmodel.enforce.internal.PyRepr;
import io.mlmodel.request.RequestFormat;
import io.mlmodel.request.ScoringRequest;
import io.mlmodel.signature.ParamSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonToken;

/**
 * The top level of a JSON scoring request (format reference §6.2): a JSON object with exactly one
 * of {@code dataframe_split}, {@code dataframe_records}, {@code instances}, {@code inputs}, and
 * optionally {@code params}; or the unified LLM form. Each form is streamed as it is met. Internal.
 */
public final class JsonRequestReader {
  private static final List<String> FORMATS = List.of("dataframe_split", "dataframe_records", "instances", "inputs");
  private static final List<String> LLM_KEYS = List.of("messages", "prompt", "input");
  private static final String FIELDS = "{'dataframe_split', 'dataframe_records', 'instances', 'inputs'}";

  private final RequestContext cx;
  private final @Nullable ParamSchema paramSchema;

  public JsonRequestReader(RequestContext cx, @Nullable ParamSchema paramSchema) {
    this.cx = cx;
    this.paramSchema = paramSchema;
  }

  public ScoringRequest read() {
    JsonToken t = cx.p.nextToken();
    if (t != JsonToken.START_OBJECT) {
      throw cx.bad("", "Invalid input. The input must be a JSON dictionary with exactly one of the input fields "
          + FIELDS + ". Received a " + PlainJson.typeName(t) + ".");
    }
    RequestFormat format = null;
    PredictInput input = null;
    Map<String, @Nullable Object> params = Map.of();
    Map<String, @Nullable Object> others = new LinkedHashMap<>();
    List<String> keys = new ArrayList<>();
    String name;
    while ((name = cx.p.nextName()) != null) {
      cx.p.nextToken();
      keys.add(name);
      int f = FORMATS.indexOf(name);
      if (f >= 0) {
        if (format != null) {
          throw exactlyOne(keys);
        }
        format = RequestFormat.values()[f];
        input = decode(format);
      } else if (name.equals("params")) {
        params = params();
      } else if (LLM_KEYS.contains(name) || format == null) {
        others.put(name, PlainJson.read(cx.p));
      } else {
        cx.p.skipChildren();
      }
    }
    if (cx.p.nextToken() != null) {
      throw cx.bad("", "Invalid input. Ensure that input is a valid JSON formatted string. Error: 'Extra data after"
          + " the JSON object'");
    }
    boolean llm = others.keySet().stream().anyMatch(LLM_KEYS::contains);
    if (llm) {
      if (format != null) {
        throw cx.bad("", "Invalid input. A request with one of the unified LLM keys " + PyRepr.list(LLM_KEYS)
            + " can not also have '" + format.key() + "'.");
      }
      return llm(others, params);
    }
    if (format == null) {
      throw exactlyOne(keys);
    }
    if ((format == RequestFormat.INSTANCES || format == RequestFormat.INPUTS) && keys.contains("signature_name")) {
      throw cx.bad("signature_name", "\"signature_name\" parameter is currently not supported");
    }
    return new ScoringRequest(format, input, params);
  }

  private InputException exactlyOne(List<String> keys) {
    return Problems.request(Location.UNKNOWN, null, "Invalid input. The input must be a JSON dictionary with exactly"
        + " one of the input fields " + FIELDS + ". Received dictionary with input fields: " + PyRepr.list(keys)
        + ". IMPORTANT: The MLflow Model scoring protocol has changed in MLflow version 2.0. If you are seeing this"
        + " error, you are likely using an outdated scoring request format.");
  }

  private PredictInput decode(RequestFormat format) {
    switch (format) {
      case DATAFRAME_SPLIT:
        return DataframeTensors.adapt(new DataframeReader(cx, format.key(), true).split(), cx);
      case DATAFRAME_RECORDS:
        return DataframeTensors.adapt(new DataframeReader(cx, format.key(), true).records(false), cx);
      case INSTANCES:
        return new TfServingReader(cx, format.key()).instances();
      default:
        return new TfServingReader(cx, format.key()).inputs();
    }
  }

  private Map<String, @Nullable Object> params() {
    JsonToken t = cx.p.currentToken();
    Object v = PlainJson.read(cx.p);
    if (t == JsonToken.VALUE_NULL) {
      return Map.of();
    }
    if (!(v instanceof Map<?, ?> m) && paramSchema == null) {
      // MLflow ignores the params of a model without a params schema, whatever their type (with a
      // warning in its log), and answers 200
      return Map.of();
    }
    if (!(v instanceof Map<?, ?> m)) {
      throw new InputException(Problems.PARAM, cx.at("params"), "params", "Parameters must be a dictionary. Got type '"
          + PlainJson.typeName(t) + "'.");
    }
    @SuppressWarnings("unchecked")
    Map<String, @Nullable Object> params = (Map<String, @Nullable Object>) m;
    return params;
  }

  /** The unified LLM form: the whole object is one row; keys named in the params schema move to params. */
  private ScoringRequest llm(Map<String, @Nullable Object> body, Map<String, @Nullable Object> params) {
    Map<String, @Nullable Object> p = new LinkedHashMap<>(params);
    List<Column> cols = new ArrayList<>();
    body.forEach((k, v) -> {
      if (paramSchema != null && paramSchema.param(k).isPresent()) {
        p.put(k, v);
      } else {
        cols.add(ObjectColumn.of(k, v));
      }
    });
    return new ScoringRequest(RequestFormat.LLM, DataAccess.table(cols, 1, false), p);
  }
}
