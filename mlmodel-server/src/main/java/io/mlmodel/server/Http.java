package io.mlmodel.server;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonRecyclerPools;

/**
 * Building responses as MLflow's Flask server builds them: Werkzeug's upper-case reason phrases,
 * its content types ({@code application/json} without a charset, {@code text/plain; charset=utf-8}),
 * its HTML error pages, and MLflow's error JSON written as Python's {@code json.dumps} writes it.
 */
final class Http {
  static final String JSON = "application/json";
  static final String TEXT = "text/plain; charset=utf-8";
  static final String HTML = "text/html; charset=utf-8";
  static final HttpResponseStatus OK = new HttpResponseStatus(200, "OK");
  static final HttpResponseStatus BAD_REQUEST = new HttpResponseStatus(400, "BAD REQUEST");
  static final HttpResponseStatus NOT_FOUND = new HttpResponseStatus(404, "NOT FOUND");
  static final HttpResponseStatus METHOD_NOT_ALLOWED = new HttpResponseStatus(405, "METHOD NOT ALLOWED");
  static final HttpResponseStatus TOO_LARGE = new HttpResponseStatus(413, "REQUEST ENTITY TOO LARGE");
  static final HttpResponseStatus URI_TOO_LONG = new HttpResponseStatus(414, "REQUEST URI TOO LONG");
  static final HttpResponseStatus UNSUPPORTED = new HttpResponseStatus(415, "UNSUPPORTED MEDIA TYPE");
  static final HttpResponseStatus INTERNAL = new HttpResponseStatus(500, "INTERNAL SERVER ERROR");
  static final HttpResponseStatus UNAVAILABLE = new HttpResponseStatus(503, "SERVICE UNAVAILABLE");
  static final HttpResponseStatus TIMEOUT = new HttpResponseStatus(504, "GATEWAY TIMEOUT");

  private static final JsonFactory FACTORY = JsonFactory.builder().recyclerPool(JsonRecyclerPools.threadLocalPool()).build();

  private Http() {}

  static FullHttpResponse response(HttpResponseStatus status, String contentType, ByteBuf body) {
    FullHttpResponse r = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, body);
    r.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType).setInt(HttpHeaderNames.CONTENT_LENGTH, body.readableBytes());
    return r;
  }

  static FullHttpResponse response(HttpResponseStatus status, String contentType, byte[] body) {
    return response(status, contentType, Unpooled.wrappedBuffer(body));
  }

  static FullHttpResponse text(HttpResponseStatus status, String contentType, String body) {
    return response(status, contentType, Unpooled.copiedBuffer(body, StandardCharsets.UTF_8));
  }

  /** MLflow's error body: {@code {"error_code": "...", "message": "..."}}. */
  static FullHttpResponse mlflowError(ByteBufAllocator alloc, HttpResponseStatus status, String errorCode, String message) {
    ByteBuf buf = alloc.buffer(message.length() + 64);
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), new PythonJsonStyle(buf))) {
      g.writeStartObject();
      g.writeStringProperty("error_code", errorCode);
      g.writeStringProperty("message", message);
      g.writeEndObject();
    }
    return response(status, JSON, buf);
  }

  /** Werkzeug's page for an unknown path. */
  static FullHttpResponse notFound() {
    return page(NOT_FOUND, "Not Found", "The requested URL was not found on the server. If you entered the URL"
        + " manually please check your spelling and try again.");
  }

  /** Werkzeug's page for a method the path does not take, with the {@code Allow} header. */
  static FullHttpResponse methodNotAllowed(String allow) {
    FullHttpResponse r = page(METHOD_NOT_ALLOWED, "Method Not Allowed", "The method is not allowed for the requested URL.");
    r.headers().set(HttpHeaderNames.ALLOW, allow);
    return r;
  }

  /** Flask's answer to {@code OPTIONS}: 200, no body, the {@code Allow} header. */
  static FullHttpResponse options(String allow) {
    FullHttpResponse r = response(OK, HTML, Unpooled.EMPTY_BUFFER);
    r.headers().set(HttpHeaderNames.ALLOW, allow);
    return r;
  }

  private static FullHttpResponse page(HttpResponseStatus status, String name, String description) {
    return text(status, HTML, "<!doctype html>\n<html lang=en>\n<title>" + status.code() + " " + name + "</title>\n<h1>"
        + name + "</h1>\n<p>" + description + "</p>\n");
  }

  static String utf8(ByteBuf b) {
    return b.toString(StandardCharsets.UTF_8);
  }

  static byte[] bytes(ByteBuf b) {
    return ByteBufUtil.getBytes(b);
  }
}
