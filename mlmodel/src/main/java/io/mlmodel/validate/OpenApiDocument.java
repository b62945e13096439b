package io.mlmodel.validate;

import static io.mlmodel.validate.JsonSchemas.F;

import io.mlmodel.signature.ColSpec;
import io.mlmodel.signature.ModelSignature;
import io.mlmodel.signature.ParamSchema;
import io.mlmodel.signature.ParamSpec;
import io.mlmodel.signature.Schema;
import io.mlmodel.signature.TensorSpec;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI 3.1 document of MLflow's scoring server for one signature: {@code POST /invocations}
 * with the four JSON request forms of MLflow 2+ ({@code dataframe_split}, {@code
 * dataframe_records}, {@code instances}, {@code inputs}), each with optional {@code params}, plus
 * CSV; and {@code /ping}, {@code /health} and {@code /version}.
 */
final class OpenApiDocument {
  private static final String REF = "#/components/schemas/";

  private OpenApiDocument() {}

  static ObjectNode build(ModelSignature signature, String title, String version) {
    ObjectNode doc = F.objectNode().put("openapi", "3.1.0");
    doc.putObject("info").put("title", title).put("version", version)
        .put("description", "MLflow scoring server (mlflow models serve) for this model; schemas built from its signature.");
    ObjectNode paths = doc.putObject("paths");
    paths.set("/invocations", F.objectNode().set("post", invocations()));
    paths.set("/ping", F.objectNode().set("get", text("Health check: 200 when the model is loaded.")));
    paths.set("/health", F.objectNode().set("get", text("Health check: 200 when the model is loaded.")));
    paths.set("/version", F.objectNode().set("get", text("The MLflow version of the server.")));
    ObjectNode schemas = doc.putObject("components").putObject("schemas");
    Schema inputs = signature.inputs().orElse(null);
    schemas.set("Params", params(signature.params().orElse(null)));
    schemas.set("DataframeSplit", form("dataframe_split", dataframeSplit(inputs)));
    schemas.set("DataframeRecords", form("dataframe_records", records(inputs)));
    schemas.set("Instances", form("instances", inputs != null && inputs.isTensorBased() ? instances(inputs) : records(inputs)));
    schemas.set("Inputs", form("inputs", inputs != null && inputs.isTensorBased() ? tensors(inputs) : columnar(inputs)));
    ObjectNode request = F.objectNode();
    ArrayNode oneOf = request.putArray("oneOf");
    for (String name : new String[] {"DataframeSplit", "DataframeRecords", "Instances", "Inputs"}) {
      oneOf.add(ref(name));
    }
    schemas.set("Request", request);
    schemas.set("Response", F.objectNode().put("type", "object").<ObjectNode>set("properties",
        F.objectNode().set("predictions", predictions(signature.outputs().orElse(null))))
        .set("required", F.arrayNode().add("predictions")));
    ObjectNode error = F.objectNode().put("type", "object");
    error.putObject("properties").<ObjectNode>set("error_code", string()).<ObjectNode>set("message", string())
        .set("stack_trace", string());
    error.putArray("required").add("error_code").add("message");
    schemas.set("Error", error);
    return doc;
  }

  private static ObjectNode invocations() {
    ObjectNode op = F.objectNode().put("operationId", "invocations").put("summary", "Score the model");
    ObjectNode content = op.putObject("requestBody").put("required", true).putObject("content");
    content.putObject("application/json").set("schema", ref("Request"));
    content.putObject("text/csv").set("schema", string());
    ObjectNode responses = op.putObject("responses");
    responses.putObject("200").put("description", "The predictions")
        .putObject("content").putObject("application/json").set("schema", ref("Response"));
    responses.putObject("400").put("description", "The request does not match the signature")
        .putObject("content").putObject("application/json").set("schema", ref("Error"));
    return op;
  }

  private static ObjectNode text(String description) {
    ObjectNode op = F.objectNode();
    op.putObject("responses").putObject("200").put("description", description)
        .putObject("content").putObject("text/plain").set("schema", string());
    return op;
  }

  private static ObjectNode form(String key, ObjectNode value) {
    ObjectNode o = F.objectNode().put("type", "object");
    o.putObject("properties").<ObjectNode>set(key, value).set("params", ref("Params"));
    o.putArray("required").add(key);
    o.put("additionalProperties", false);
    return o;
  }

  private static ObjectNode params(@Nullable ParamSchema params) {
    ObjectNode o = F.objectNode().put("type", "object");
    ObjectNode props = o.putObject("properties");
    if (params != null) {
      for (ParamSpec p : params.params()) {
        ObjectNode value = JsonSchemas.of(p.type());
        if (p.isList()) {
          value = F.objectNode().put("type", "array").set("items", value);
        }
        if (p.defaultValue() != null) {
          value.set("default", JsonSchemas.value(p.defaultValue()));
        }
        props.set(p.name(), value);
      }
    }
    return o;
  }

  /** {@code {"columns": [...], "index": [...], "data": [[...], ...]}}. */
  private static ObjectNode dataframeSplit(@Nullable Schema inputs) {
    ObjectNode o = F.objectNode().put("type", "object");
    ObjectNode props = o.putObject("properties");
    ObjectNode names = F.objectNode().put("type", "string");
    if (inputs != null && !inputs.isTensorBased() && inputs.hasInputNames()) {
      ArrayNode e = names.putArray("enum");
      inputs.inputNames().forEach(e::add);
    }
    props.set("columns", F.objectNode().put("type", "array").set("items", names));
    props.set("index", F.objectNode().put("type", "array"));
    ObjectNode row = F.objectNode().put("type", "array");
    if (inputs != null && !inputs.isTensorBased()) {
      row.put("maxItems", inputs.size());
    }
    props.set("data", F.objectNode().put("type", "array").set("items", row));
    o.putArray("required").add("data");
    return o;
  }

  /** A list of rows: objects by column name, or arrays for unnamed columns. */
  private static ObjectNode records(@Nullable Schema inputs) {
    return F.objectNode().put("type", "array").set("items", row(inputs));
  }

  private static ObjectNode row(@Nullable Schema inputs) {
    if (inputs == null || inputs.isTensorBased()) {
      return F.objectNode().put("type", "object");
    }
    if (!inputs.hasInputNames()) {
      ObjectNode o = F.objectNode().put("type", "array");
      ArrayNode items = o.putArray("prefixItems");
      inputs.columns().forEach(c -> items.add(JsonSchemas.of(c)));
      return o.put("minItems", inputs.size()).put("maxItems", inputs.size());
    }
    ObjectNode o = F.objectNode().put("type", "object");
    ObjectNode props = o.putObject("properties");
    ArrayNode required = F.arrayNode();
    for (ColSpec c : inputs.columns()) {
      props.set(c.name(), JsonSchemas.of(c));
      if (c.required()) {
        required.add(c.name());
      }
    }
    if (!required.isEmpty()) {
      o.set("required", required);
    }
    return o;
  }

  /** {@code inputs} for columns: rows, or one list of values per column. */
  private static ObjectNode columnar(@Nullable Schema inputs) {
    if (inputs == null || !inputs.hasInputNames()) {
      return records(inputs);
    }
    ObjectNode byColumn = F.objectNode().put("type", "object");
    ObjectNode props = byColumn.putObject("properties");
    ArrayNode required = F.arrayNode();
    for (ColSpec c : inputs.columns()) {
      props.set(c.name(), F.objectNode().put("type", "array").set("items", JsonSchemas.of(c)));
      if (c.required()) {
        required.add(c.name());
      }
    }
    if (!required.isEmpty()) {
      byColumn.set("required", required);
    }
    ObjectNode o = F.objectNode();
    o.putArray("anyOf").add(records(inputs)).add(byColumn);
    return o;
  }

  /** {@code instances} for tensors: a list of instances, each a tensor or an object of tensors. */
  private static ObjectNode instances(Schema inputs) {
    if (!inputs.hasInputNames()) {
      return JsonSchemas.tensor(inputs.tensors().get(0), 0);
    }
    ObjectNode instance = F.objectNode().put("type", "object");
    ObjectNode props = instance.putObject("properties");
    ArrayNode required = instance.putArray("required");
    for (TensorSpec t : inputs.tensors()) {
      props.set(t.name(), JsonSchemas.tensor(t, 1));
      required.add(t.name());
    }
    return soleTensor(inputs, F.objectNode().put("type", "array").set("items", instance));
  }

  /** MLflow also takes the bare tensor when the schema has one named tensor. */
  private static ObjectNode soleTensor(Schema inputs, ObjectNode named) {
    if (inputs.size() != 1) {
      return named;
    }
    ObjectNode o = F.objectNode();
    o.putArray("anyOf").add(named).add(JsonSchemas.tensor(inputs.tensors().get(0), 0));
    return o;
  }

  /** {@code inputs} for tensors: the tensor, or an object of whole tensors by name. */
  private static ObjectNode tensors(Schema inputs) {
    if (!inputs.hasInputNames()) {
      return JsonSchemas.tensor(inputs.tensors().get(0), 0);
    }
    ObjectNode o = F.objectNode().put("type", "object");
    ObjectNode props = o.putObject("properties");
    ArrayNode required = o.putArray("required");
    for (TensorSpec t : inputs.tensors()) {
      props.set(t.name(), JsonSchemas.tensor(t, 0));
      required.add(t.name());
    }
    return soleTensor(inputs, o);
  }

  /** What the server returns for a DataFrame or array output of this schema. */
  private static ObjectNode predictions(@Nullable Schema outputs) {
    if (outputs == null) {
      return F.objectNode();
    }
    if (outputs.isTensorBased()) {
      return outputs.hasInputNames() ? tensors(outputs) : JsonSchemas.tensor(outputs.tensors().get(0), 0);
    }
    if (outputs.size() == 1 && !outputs.hasInputNames()) {
      return F.objectNode().put("type", "array").set("items", JsonSchemas.of(outputs.columns().get(0)));
    }
    return records(outputs);
  }

  private static ObjectNode ref(String name) {
    return F.objectNode().put("$ref", REF + name);
  }

  private static ObjectNode string() {
    return F.objectNode().put("type", "string");
  }
}
