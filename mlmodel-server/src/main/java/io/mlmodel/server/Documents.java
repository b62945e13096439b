package io.mlmodel.server;

import io.mlmodel.model.MLModel;
import io.mlmodel.validate.SchemaExport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The documents a model serves besides predictions: its OpenAPI document and its V2 metadata. */
final class Documents {
  static final JsonMapper JSON = JsonMapper.builder().build();
  private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private Documents() {}

  /**
   * The OpenAPI 3.1 document of the model's {@code /invocations}, from its signature (a generic one
   * without a signature). {@code prefix}, when given, becomes the document's server, so that the
   * paths, and Swagger UI's "Try it out", reach the model under {@code /models/NAME}. The model's
   * serving input example, when it has one, is the request body's example.
   */
  static byte[] openApi(MLModel model, String name, @Nullable String prefix) {
    ObjectNode doc = model.signature().isPresent() ? (ObjectNode) JSON.readTree(SchemaExport.toOpenApi(model, name))
        : withoutSignature(name);
    if (prefix != null) {
      doc.putArray("servers").addObject().put("url", prefix);
    }
    model.servingInputExample().ifPresent(example -> {
      JsonNode json = doc.path("paths").path("/invocations").path("post").path("requestBody").path("content")
          .path("application/json");
      if (json instanceof ObjectNode o && example.value() != null) {
        o.set("example", JSON.readTree(example.json()));
      }
    });
    return PRETTY.writeValueAsBytes(doc);
  }

  /** A document for a model without a signature: any JSON object or CSV text is accepted. */
  private static ObjectNode withoutSignature(String name) {
    ObjectNode doc = JSON.createObjectNode().put("openapi", "3.1.0");
    doc.putObject("info").put("title", name).put("version", "unversioned")
        .put("description", "MLflow scoring server for this model, which has no signature.");
    ObjectNode post = doc.putObject("paths").putObject("/invocations").putObject("post")
        .put("operationId", "invocations").put("summary", "Score the model");
    ObjectNode content = post.putObject("requestBody").put("required", true).putObject("content");
    content.putObject("application/json").putObject("schema").put("type", "object");
    content.putObject("text/csv").putObject("schema").put("type", "string");
    ObjectNode responses = post.putObject("responses");
    responses.putObject("200").put("description", "The predictions: {\"predictions\": ...}")
        .putObject("content").putObject("application/json").putObject("schema").put("type", "object");
    responses.putObject("400").put("description", "{\"error_code\": ..., \"message\": ...}");
    return doc;
  }

  /** The V2 model metadata of the model (MLServer's mapping), empty lists without a signature. */
  static byte[] v2Metadata(MLModel model, String name) {
    if (model.signature().isPresent()) {
      return JSON.writeValueAsBytes(JSON.readTree(SchemaExport.toOpenInference(model, name)));
    }
    ObjectNode o = JSON.createObjectNode().put("name", name);
    o.putArray("versions");
    o.put("platform", "");
    o.putArray("inputs");
    o.putArray("outputs");
    return JSON.writeValueAsBytes(o);
  }

  /** Swagger UI's initializer: every model's document in the selector, the default model first. */
  static byte[] swaggerInitializer(List<String> names) {
    StringBuilder urls = new StringBuilder();
    for (String n : names) {
      urls.append(urls.length() == 0 ? "" : ",").append("{url:'/models/").append(n).append("/openapi.json',name:'")
          .append(n).append("'}");
    }
    String js = "window.onload = function() {\n"
        + "  window.ui = SwaggerUIBundle({\n"
        + "    urls: [" + urls + "],\n"
        + "    dom_id: '#swagger-ui',\n"
        + "    deepLinking: true,\n"
        + "    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],\n"
        + "    plugins: [SwaggerUIBundle.plugins.DownloadUrl],\n"
        + "    layout: 'StandaloneLayout'\n"
        + "  });\n"
        + "};\n";
    return js.getBytes(StandardCharsets.UTF_8);
  }
}
