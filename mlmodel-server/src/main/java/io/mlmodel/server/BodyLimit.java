package io.mlmodel.server;

import io.mlmodel.enforce.EnforcementOptions;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpUtil;
import org.jspecify.annotations.Nullable;

/**
 * Gathers a request's body, up to the limit ({@code EnforcementOptions.maxRequestBytes}). A body
 * announced or found larger is answered with 413 and MLflow's error JSON, and the connection is
 * closed (the rest of the body is never read), {@code Expect: 100-continue} or not. Also answers
 * {@code Expect: 100-continue} under the limit (100), and any other expectation with 417 and a
 * closed connection: the body that may follow is never read as a request.
 */
final class BodyLimit extends HttpObjectAggregator {
  private final long limit;

  BodyLimit(long limit) {
    super((int) Math.min(limit, Integer.MAX_VALUE - 8), true);
    this.limit = limit;
  }

  @Override
  protected @Nullable Object newContinueResponse(HttpMessage start, int maxContentLength, ChannelPipeline pipeline) {
    // over the limit, Netty would answer a bare 413 and keep reading the connection, the body the
    // client may still send being skipped as content; instead the announced length goes on to
    // handleOversizedMessage, as without Expect: MLflow's error JSON, then the connection closed
    if (HttpUtil.is100ContinueExpected(start) && HttpUtil.getContentLength(start, -1L) > maxContentLength) {
      return null;
    }
    return super.newContinueResponse(start, maxContentLength, pipeline);
  }

  @Override
  protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
    FullHttpResponse r = Http.mlflowError(ctx.alloc(), Http.TOO_LARGE, "BAD_REQUEST",
        "The request body is larger than the limit of " + limit + " bytes.");
    r.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
    ctx.writeAndFlush(r).addListener(ChannelFutureListener.CLOSE);
  }
}
