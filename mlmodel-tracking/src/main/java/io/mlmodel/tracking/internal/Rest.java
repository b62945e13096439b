package io.mlmodel.tracking.internal;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.io.JsonErrors;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON GETs against the tracking server's REST API 2.0, with MLflow's error bodies turned into typed errors. */
public final class Rest {
  /** A registry answer or an artifact listing larger than this is refused (a hostile server). */
  static final int MAX_JSON = 32 * 1024 * 1024;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Http http;
  private final URI base;

  /** Calls to the tracking server itself. */
  public Rest(Http http) {
    this(http, http.settings().server());
  }

  /** Calls to another base URL (an {@code mlflow-artifacts://host:port} root) with the same settings. */
  Rest(Http http, URI base) {
    this.http = http;
    this.base = base;
  }

  Http http() {
    return http;
  }

  /** {@code server + endpoint + ?query}, the query form-encoded as requests encodes params. */
  URI uri(String endpoint, Map<String, String> query) {
    String prefix = base.toString().replaceAll("/+$", "");
    StringJoiner q = new StringJoiner("&", "?", "").setEmptyValue("");
    query.forEach((k, v) -> q.add(java.net.URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
        + java.net.URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return URI.create(prefix + endpoint + q);
  }

  JsonNode get(String endpoint, Map<String, String> query) {
    return get(uri(endpoint, query));
  }

  JsonNode get(URI uri) {
    return get(uri, Deadline.NONE);
  }

  JsonNode get(URI uri, Deadline deadline) {
    Http.Result r = http.get(uri, () -> Sink.toMemory(MAX_JSON), deadline);
    String body = new String(r.sink().bytes(), StandardCharsets.UTF_8);
    if (r.status() != 200) {
      throw error(r.uri(), r.status(), body);
    }
    try {
      JsonNode node = JSON.readTree(body);
      if (node == null || !node.isObject()) {
        throw new ModelException("bad-response", Location.UNKNOWN, "GET " + r.uri() + ": the answer is not a JSON object");
      }
      return node;
    } catch (JacksonException e) {
      throw new ModelException("bad-response", Location.UNKNOWN, "GET " + r.uri() + ": the answer is not JSON: "
          + JsonErrors.problem(e), e);
    }
  }

  /** A text value the answer must have. */
  static String text(JsonNode node, String path, URI from) {
    JsonNode n = node.at(path);
    if (!n.isString() || n.asString().isEmpty()) {
      throw new ModelException("bad-response", Location.UNKNOWN, "the tracking server's answer has no " + path
          + " (from " + from + ")");
    }
    return n.asString();
  }

  /** A model version number the answer must have (MLflow sends it as a string of digits). */
  static long version(JsonNode node, String path, URI from) {
    JsonNode n = node.at(path);
    String text = n.isString() || n.isIntegralNumber() ? n.asString() : "";
    if (!text.isEmpty() && text.length() <= 18 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Long.parseLong(text);
    }
    throw new ModelException("bad-response", Location.UNKNOWN, "the tracking server's answer has "
        + (n.isMissingNode() ? "no " + path : path + " " + n + ", not a version number") + " (from " + from + ")");
  }

  static ModelException error(URI uri, int status, String body) {
    String code = "";
    String message = body.length() > 500 ? body.substring(0, 500) + "..." : body;
    try {
      JsonNode n = JSON.readTree(body);
      if (n != null && n.isObject() && n.has("error_code")) {
        code = n.path("error_code").asString("");
        message = n.path("message").asString("");
      }
    } catch (JacksonException notJson) {
      // an HTML error page from a proxy: its text (shortened) is the message
    }
    boolean missing = code.equals("RESOURCE_DOES_NOT_EXIST") || code.equals("INVALID_PARAMETER_VALUE")
        && message.contains("not found");
    String kind = missing ? "not-found"
        : code.equals("ENDPOINT_NOT_FOUND") || code.isEmpty() && status == 404 ? "unsupported-server"
        : status == 401 || status == 403 ? "unauthorized" : code.equals("INVALID_PARAMETER_VALUE") ? "bad-uri" : "http-error";
    if (kind.equals("unsupported-server") && code.isEmpty()) {
      message = "the server has no such endpoint (an older MLflow, or not an MLflow tracking server)";
    }
    String hint = status == 401 ? " (set MLFLOW_TRACKING_TOKEN, or MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD)" : "";
    return new ModelException(kind, Location.UNKNOWN, "GET " + uri + " failed with HTTP " + status
        + (code.isEmpty() ? "" : " " + code) + ": " + message.strip() + hint);
  }
}
