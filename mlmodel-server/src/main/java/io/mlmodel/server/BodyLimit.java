package io.mlmodel.server;

import io.mlmodel.enforce.EnforcementOptions;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import org.jspecify.annotations.Nullable;

/**
 * Gathers a request's body, up to the limit ({@code EnforcementOptions.maxRequestBytes}). A body
 * announced or found larger is answered with 413 and MLflow's error JSON, and the connection is
 * closed (the rest of the body is never kept: not read at all, or, while answers to requests
 * pipelined before it are still owed, read and dropped until the refusal goes out, within the
 * request timeout), {@code Expect: 100-continue} or not. Also answers
 * {@code Expect: 100-continue} under the limit (100), and any other expectation with 417 and a
 * closed connection. Both refusals go through {@link Connection#refuse}, so that the answers to the
 * requests pipelined before the refused one go out first, and nothing after it is processed.
 */
final class BodyLimit extends HttpObjectAggregator {
  private static final HttpResponseStatus EXPECTATION_FAILED = new HttpResponseStatus(417, "EXPECTATION FAILED");

  private final long limit;
  private final Connection connection;

  BodyLimit(long limit, Connection connection) {
    super((int) Math.min(limit, Integer.MAX_VALUE - 8), true);
    this.limit = limit;
    this.connection = connection;
  }

  @Override
  protected @Nullable Object newContinueResponse(HttpMessage start, int maxContentLength, ChannelPipeline pipeline) {
    // one lookup for the usual request, which expects nothing (Netty ignores Expect before HTTP/1.1)
    String expect = start.headers().get(HttpHeaderNames.EXPECT);
    // a malformed head (its Content-Length may be no number) is the router's to answer, 400
    if (expect == null || start.protocolVersion().compareTo(HttpVersion.HTTP_1_1) < 0
        || start.decoderResult().isFailure()) {
      return null;
    }
    if (!HttpHeaderValues.CONTINUE.contentEqualsIgnoreCase(expect)) {
      // Netty would write its 417 at once, before the answers owed to earlier pipelined requests;
      // the request is then gathered as usual and dropped by the connection, which is closing
      connection.refuse(pipeline.context(this), Http.response(EXPECTATION_FAILED, Http.TEXT, Unpooled.EMPTY_BUFFER));
      return null;
    }
    // over the limit, Netty would answer a bare 413 and keep reading the connection, the body the
    // client may still send being skipped as content; instead the announced length goes on to
    // handleOversizedMessage, as without Expect: MLflow's error JSON, then the connection closed
    if (HttpUtil.getContentLength(start, -1L) > maxContentLength) {
      return null;
    }
    return super.newContinueResponse(start, maxContentLength, pipeline);
  }

  @Override
  protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
    connection.refuse(ctx, Http.mlflowError(ctx.alloc(), Http.TOO_LARGE, "BAD_REQUEST",
        "The request body is larger than the limit of " + limit + " bytes."));
  }
}
