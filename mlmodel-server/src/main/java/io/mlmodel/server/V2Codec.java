package io.mlmodel.server;

import io.mlmodel.InputException;
import io.mlmodel.Location;
import io.mlmodel.data.Column;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.PredictInput;
import io.mlmodel.data.PredictOutput;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.TensorMap;
import io.mlmodel.signature.ModelSignature;
import io.mlmodel.signature.NumpyDtype;
import io.mlmodel.signature.OpenInference;
import io.mlmodel.signature.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * V2 inference requests to predictor inputs, and predictions to V2 responses, with MLServer's
 * codecs for MLflow models: the request's {@code parameters.content_type}, else the model's ({@code
 * pd} for a column signature, {@code np} for one unnamed tensor, {@code dict} otherwise), decides
 * whether the inputs are the columns of a table, one tensor or named tensors. A body or input that
 * is no object, a required field missing ({@code inputs}; an input's {@code name}, {@code shape},
 * {@code datatype}, {@code data}) or a field of the wrong JSON type ({@code inputs} or {@code shape}
 * not a list, {@code parameters} not an object; {@code parameters.content_type}, {@code id}, an
 * input's {@code name} or {@code datatype} not a string) is refused with code {@link
 * V2Json#INVALID}, which MLServer's request validation answers 422. Stateless.
 */
final class V2Codec {

  record Request(@Nullable String id, PredictInput input, Map<String, @Nullable Object> params) {}

  private V2Codec() {}

  static Request decode(JsonNode body, @Nullable ModelSignature signature) {
    V2Json.object(body, "");
    if (V2Json.required(body, "inputs", "", JsonNode::isArray, "a list").isEmpty()) {
      throw bad("inputs", "the request must be an object with a non-empty 'inputs' list");
    }
    JsonNode parameters = V2Json.field(body, "parameters", "", JsonNode::isObject, "an object");
    JsonNode contentType = V2Json.field(parameters, "content_type", "parameters.", JsonNode::isString, "a string");
    String type = contentType.isMissingNode() ? defaultType(signature) : contentType.asString();
    JsonNode id = V2Json.field(body, "id", "", JsonNode::isString, "a string");
    List<Tensor> tensors = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (JsonNode in : body.get("inputs")) {
      String at = "inputs[" + names.size() + "]";
      V2Json.object(in, at);
      V2Json.required(in, "name", at + ".", JsonNode::isString, "a string");
      String name = in.path("name").asString("");
      if (names.contains(name)) {
        // as a table column or a named tensor one would silently replace the other
        throw bad("inputs." + name, "input '" + name + "' is given twice");
      }
      names.add(name);
      tensors.add(V2Tensors.decode(in, at));
    }
    PredictInput input = switch (type) {
      case "pd" -> {
        ColumnTable.Builder t = ColumnTable.builder();
        for (int i = 0; i < tensors.size(); i++) {
          t.add(V2Columns.column(names.get(i), tensors.get(i)));
        }
        try {
          yield t.build();
        } catch (IllegalArgumentException e) {
          throw bad("inputs", e.getMessage()); // columns of different lengths
        }
      }
      case "np" -> {
        if (tensors.size() != 1) {
          // MLServer's SingleInputRequestCodec: the tensor is not picked from several
          throw bad("inputs", "The 'np' codec only supports a single input tensor (" + tensors.size()
              + " were received)");
        }
        yield tensors.get(0);
      }
      case "dict" -> {
        Map<String, Tensor> m = new LinkedHashMap<>();
        for (int i = 0; i < tensors.size(); i++) {
          m.put(names.get(i), tensors.get(i));
        }
        yield TensorMap.of(m);
      }
      default -> throw bad("parameters.content_type", "unknown content type '" + type + "': expected pd, np or dict");
    };
    Map<String, @Nullable Object> params = new LinkedHashMap<>();
    parameters.properties().forEach(e -> {
      if (!e.getKey().equals("content_type") && !e.getKey().equals("headers")) {
        params.put(e.getKey(), Documents.JSON.convertValue(e.getValue(), Object.class));
      }
    });
    return new Request(id.isMissingNode() ? null : id.asString(), input, params);
  }

  private static String defaultType(@Nullable ModelSignature signature) {
    Schema in = signature == null ? null : signature.inputs().orElse(null);
    return in == null ? "dict" : OpenInference.requestContentType(in);
  }

  static ObjectNode encode(String model, @Nullable String id, PredictOutput out) {
    ObjectNode o = Documents.JSON.createObjectNode().put("model_name", model).put("id", id == null
        ? UUID.randomUUID().toString() : id);
    ArrayNode outputs = Documents.JSON.createArrayNode();
    if (out instanceof TensorMap m) {
      m.tensors().forEach((name, t) -> outputs.add(V2Tensors.encode(name, t)));
    } else if (out instanceof Tensor t) {
      outputs.add(V2Tensors.encode("output-1", t));
    } else if (out instanceof ColumnTable t) {
      o.putObject("parameters").put("content_type", "pd");
      for (Column c : t.columns()) {
        outputs.add(V2Columns.encode(c));
      }
    } else if (out instanceof Column c) {
      o.putObject("parameters").put("content_type", "pd");
      outputs.add(V2Columns.encode(c));
    } else {
      ObjectNode n = outputs.addObject().put("name", "output-1").put("datatype", "BYTES");
      n.putArray("shape").add(1);
      n.putObject("parameters").put("content_type", "str");
      n.putArray("data").add(Documents.JSON.writeValueAsString(((PredictOutput.Plain) out).value()));
    }
    o.set("outputs", outputs);
    return o;
  }

  static InputException bad(String key, String problem) {
    return new InputException("bad-request", new Location(null, 0, 0, key), null, problem);
  }
}
