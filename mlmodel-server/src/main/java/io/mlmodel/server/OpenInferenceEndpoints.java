package io.mlmodel.server;

import io.mlmodel.InputException;
import io.mlmodel.ModelException;
import io.mlmodel.data.PredictOutput;
import io.mlmodel.enforce.Params;
import io.netty.buffer.ByteBufInputStream;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Open Inference Protocol (V2) over REST, as Seldon MLServer serves MLflow models: {@code
 * /v2}, {@code /v2/health/live}, {@code /v2/health/ready}, and per model {@code
 * /v2/models/NAME[/versions/V]}, {@code .../ready} and {@code .../infer}. Errors are MLServer's
 * {@code {"error": "..."}}. Models here have no versions, so a path with one is a 404.
 */
final class OpenInferenceEndpoints {
  private static final HttpResponseStatus UNPROCESSABLE = new HttpResponseStatus(422, "Unprocessable Entity");

  private final ServerState state;
  private final V2Json json;

  OpenInferenceEndpoints(ServerState state) {
    this.state = state;
    this.json = new V2Json(state.config().enforcement());
  }

  void route(Exchange ex, String path) {
    switch (path) {
      case "/v2", "/v2/" -> {
        ex.label("", "v2");
        ObjectNode o = Documents.JSON.createObjectNode().put("name", "mlmodel-server").put("version", ScoringServer.VERSION);
        o.putArray("extensions");
        Router.get(ex, () -> Http.response(Http.OK, Http.JSON, Documents.JSON.writeValueAsBytes(o)));
      }
      case "/v2/health/live" -> {
        ex.label("", "v2_live");
        Router.get(ex, () -> Http.response(Http.OK, Http.JSON, new byte[0]));
      }
      case "/v2/health/ready" -> {
        ex.label("", "v2_ready");
        Router.get(ex, () -> Http.response(state.ready() ? Http.OK : Http.BAD_REQUEST, Http.JSON, new byte[0]));
      }
      default -> model(ex, path);
    }
  }

  private void model(Exchange ex, String path) {
    if (!path.startsWith("/v2/models/")) {
      ex.send(error(Http.NOT_FOUND, "Not Found"));
      return;
    }
    String[] parts = path.substring(11).split("/", -1);
    String name = parts[0];
    int rest = 1;
    String version = null;
    if (parts.length >= 3 && parts[1].equals("versions")) {
      version = parts[2];
      rest = 3;
    }
    String action = parts.length == rest ? "" : parts.length == rest + 1 ? parts[rest] : null;
    ServedModel m = state.models().get(name);
    if (action == null || !(action.isEmpty() || action.equals("ready") || action.equals("infer"))) {
      ex.send(error(Http.NOT_FOUND, "Not Found"));
      return;
    }
    ex.label(m == null ? "" : name, "v2_" + (action.isEmpty() ? "metadata" : action));
    if (m == null || version != null) {
      ex.send(error(Http.NOT_FOUND, "Model " + name + (version == null ? "" : " with version " + version) + " not found"));
      return;
    }
    ServedModel.Loaded loaded = m.loaded();
    switch (action) {
      case "ready" -> Router.get(ex, () -> Http.response(loaded != null ? Http.OK : Http.BAD_REQUEST, Http.JSON, new byte[0]));
      case "" -> Router.get(ex, () -> loaded == null ? error(Http.BAD_REQUEST, Invocations.notServing(m))
          : Http.response(Http.OK, Http.JSON, loaded.metadata()));
      default -> {
        if (!ex.request.method().equals(HttpMethod.POST)) {
          ex.send(error(Http.METHOD_NOT_ALLOWED, "Method Not Allowed"));
        } else if (loaded == null) {
          ex.send(error(Http.BAD_REQUEST, Invocations.notServing(m)));
        } else {
          Workers.submit(state, ex, m.cost(), () -> infer(ex, m, loaded));
        }
      }
    }
  }

  private FullHttpResponse infer(Exchange ex, ServedModel m, ServedModel.Loaded loaded) {
    JsonNode body;
    try {
      body = json.read(new ByteBufInputStream(ex.request.content()));
    } catch (InputException e) {
      return error(Http.BAD_REQUEST, e.problem());
    } catch (JacksonException e) {
      if (e.getCause() instanceof InputException limit) {
        return error(Http.BAD_REQUEST, limit.problem());
      }
      return error(UNPROCESSABLE, V2Json.notJson(e));
    }
    try {
      V2Codec.Request req = V2Codec.decode(body, loaded.signature());
      PredictOutput out = loaded.predictor().predict(req.input(), Params.of(req.params()));
      return Http.response(Http.OK, Http.JSON, Documents.JSON.writeValueAsBytes(V2Codec.encode(m.name(), req.id(), out)));
    } catch (InputException e) {
      return error(e.code().equals(V2Json.INVALID) ? UNPROCESSABLE : Http.BAD_REQUEST, e.problem());
    } catch (ModelException e) {
      return error(Http.BAD_REQUEST, e.getMessage());
    }
  }

  private static FullHttpResponse error(HttpResponseStatus status, String message) {
    return Http.response(status, Http.JSON, Documents.JSON.writeValueAsBytes(Map.of("error", message)));
  }
}
