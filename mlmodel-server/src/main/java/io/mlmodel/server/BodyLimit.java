package io.mlmodel.server;

import io.mlmodel.enforce.EnforcementOptions;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;

/**
 * Gathers a request's body, up to the limit ({@code EnforcementOptions.maxRequestBytes}). A body
 * announced or found larger is answered with 413 and MLflow's error JSON, and the connection is
 * closed (the rest of the body is never read). Also answers {@code Expect: 100-continue}.
 */
final class BodyLimit extends HttpObjectAggregator {
  private final long limit;

  BodyLimit(long limit) {
    super((int) Math.min(limit, Integer.MAX_VALUE - 8));
    this.limit = limit;
  }

  @Override
  protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
    FullHttpResponse r = Http.mlflowError(ctx.alloc(), Http.TOO_LARGE, "BAD_REQUEST",
        "The request body is larger than the limit of " + limit + " bytes.");
    r.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
    ctx.writeAndFlush(r).addListener(ChannelFutureListener.CLOSE);
  }
}
