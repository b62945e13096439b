package io.mlmodel.server;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufOutputStream;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpLineException;
import java.nio.charset.StandardCharsets;

/**
 * Which handler answers a request, by path and method. MLflow's endpoints answer for the default
 * (first) model at the root and for any model under {@code /models/NAME/}; the V2 endpoints live
 * under {@code /v2}. Unknown paths and wrong methods get Werkzeug's 404 and 405 pages, as from
 * MLflow's Flask app. Runs on the event loop; only predictions leave it.
 */
final class Router {
  static final String GET = "OPTIONS, GET, HEAD";
  static final String POST = "OPTIONS, POST";
  static final String MLFLOW_VERSION = "2.17.2";
  private static final byte[] NEWLINE = {'\n'};

  private final ServerState state;
  private final Invocations invocations;
  private final OpenInferenceEndpoints v2;
  private final SwaggerUi swagger;

  Router(ServerState state, SwaggerUi swagger) {
    this.state = state;
    this.invocations = new Invocations(state);
    this.v2 = new OpenInferenceEndpoints(state);
    this.swagger = swagger;
  }

  void route(Exchange ex) {
    if (ex.request.decoderResult().isFailure()) {
      ex.sendAndClose(malformed(ex.request));
      return;
    }
    String path = RequestTarget.path(ex.request.uri());
    if (path.startsWith("/v2")) {
      v2.route(ex, path);
    } else if (path.startsWith("/models/")) {
      int slash = path.indexOf('/', 8);
      ServedModel m = slash < 0 ? null : state.models().get(path.substring(8, slash));
      if (m == null || !mlflow(ex, m, path.substring(slash), true)) {
        ex.send(Http.notFound());
      }
    } else if (path.equals("/docs") || path.startsWith("/docs/")) {
      ex.label("", "docs");
      get(ex, () -> swagger.serve(path.substring(5), state.names()));
    } else if (path.equals("/metrics")) {
      ex.label("", "metrics");
      get(ex, this::metrics);
    } else if (!mlflow(ex, state.defaultModel(), path, false)) {
      ex.send(Http.notFound());
    }
  }

  /**
   * The answer to malformed HTTP: what is wrong with it, without the Java class that found it; 414
   * for a request line over the limit (RFC 9112, 3: a server must answer 414 to a request target
   * longer than it parses), else 400.
   */
  static FullHttpResponse malformed(HttpRequest request) {
    Throwable cause = request.decoderResult().cause();
    String why = cause.getMessage();
    // Netty's decoder also reads chunk-size lines with the request line's limit, but a request whose
    // line it could not read is its HTTP/1.0 stand-in, and it refuses chunked HTTP/1.0 requests
    // before their first chunk: a line too long in an HTTP/1.0 request is the request line
    if (cause instanceof TooLongHttpLineException && request.protocolVersion() == HttpVersion.HTTP_1_0) {
      return Http.text(Http.URI_TOO_LONG, Http.TEXT, "Request URI Too Long: " + why);
    }
    return Http.text(Http.BAD_REQUEST, Http.TEXT, why == null || why.isBlank() ? "Bad Request" : "Bad Request: " + why);
  }

  /** MLflow's own endpoints for one model; false when {@code path} is none of them. */
  private boolean mlflow(Exchange ex, ServedModel m, String path, boolean named) {
    switch (path) {
      case "/ping", "/health" -> get(ex, m, path.substring(1), () -> {
        boolean up = named ? m.loaded() != null : state.ready();
        return Http.response(up ? Http.OK : Http.UNAVAILABLE, Http.JSON, NEWLINE);
      });
      case "/version" -> get(ex, m, "version", () -> Http.text(Http.OK, Http.JSON, MLFLOW_VERSION));
      case "/openapi.json" -> get(ex, m, "openapi", () -> {
        ServedModel.Loaded l = m.loaded();
        return l == null ? Http.mlflowError(ex.ctx.alloc(), Http.UNAVAILABLE, "TEMPORARILY_UNAVAILABLE",
            Invocations.notServing(m)) : Http.response(Http.OK, Http.JSON, named ? l.openApiPrefixed() : l.openApi());
      });
      case "/invocations" -> {
        ex.label(m.name(), "invocations");
        if (ex.request.method().equals(HttpMethod.POST)) {
          invocations.handle(ex, m);
        } else {
          ex.send(ex.request.method().equals(HttpMethod.OPTIONS) ? Http.options(POST) : Http.methodNotAllowed(POST));
        }
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  private void get(Exchange ex, ServedModel m, String endpoint, java.util.function.Supplier<FullHttpResponse> answer) {
    ex.label(m.name(), endpoint);
    get(ex, answer);
  }

  /** Answers GET and HEAD with {@code answer}, OPTIONS with the allowed methods, others with 405. */
  static void get(Exchange ex, java.util.function.Supplier<FullHttpResponse> answer) {
    HttpMethod m = ex.request.method();
    if (m.equals(HttpMethod.GET) || m.equals(HttpMethod.HEAD)) {
      ex.send(answer.get());
    } else {
      ex.send(m.equals(HttpMethod.OPTIONS) ? Http.options(GET) : Http.methodNotAllowed(GET));
    }
  }

  private FullHttpResponse metrics() {
    ByteBuf buf = io.netty.buffer.Unpooled.buffer();
    state.metrics().write(new ByteBufOutputStream(buf));
    return Http.response(Http.OK, Metrics.CONTENT_TYPE, buf);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
