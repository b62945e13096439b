package io.mlmodel.server;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.util.ReferenceCountUtil;

/**
 * A connection's share of the {@link BodyBudget}, just before the body is gathered ({@link
 * BodyLimit}). A body with a {@code Content-Length} reserves it all when the head arrives, before
 * any of it is read; a chunked body reserves each chunk as it arrives. What does not fit is answered
 * with 503 and MLflow's error JSON, and the connection closed: the rest of the body is never kept
 * (read and dropped only while answers to earlier pipelined requests are still owed),
 * and the part already gathered is freed with the connection (requests received before it on the
 * connection are answered first, in order: {@link Connection#refuse}). A body over the body limit is left to
 * {@link BodyLimit} (413) without reserving. When a whole request leaves the aggregator, its bytes
 * go with it ({@link #take()}, called by {@link Connection}); bytes of a body never completed are
 * given back when the connection closes. Event loop only.
 */
final class BodyAccount extends ChannelInboundHandlerAdapter {
  private final ServerState state;
  private final BodyBudget budget;
  private final long limit;
  private final Connection connection;
  /** Reserved for the body arriving, not yet handed on with a whole request. */
  private long held;
  private boolean chunked;
  private boolean refused;

  BodyAccount(ServerState state, long limit, Connection connection) {
    this.state = state;
    this.budget = state.budget();
    this.limit = limit;
    this.connection = connection;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (refused) {
      ReferenceCountUtil.release(msg);
      return;
    }
    long n = 0;
    if (msg instanceof HttpRequest head) {
      chunked = HttpUtil.isTransferEncodingChunked(head);
      // a malformed head (a Content-Length that is no number among them) has no body: the router
      // answers it 400 and closes
      n = chunked || head.decoderResult().isFailure() ? 0 : HttpUtil.getContentLength(head, 0L);
    } else if (chunked && msg instanceof HttpContent c) {
      n = c.content().readableBytes();
    }
    // over the body limit, the aggregator answers 413 and closes: nothing to reserve
    if (n > 0 && held + n <= limit) {
      if (!budget.reserve(n)) {
        refuse(ctx, msg);
        return;
      }
      held += n;
    }
    ctx.fireChannelRead(msg);
  }

  private void refuse(ChannelHandlerContext ctx, Object msg) {
    refused = true;
    ReferenceCountUtil.release(msg);
    state.metrics().bodyRefused();
    connection.refuse(ctx, Http.mlflowError(ctx.alloc(), Http.UNAVAILABLE, "TEMPORARILY_UNAVAILABLE",
        "The server is at its limit of " + budget.capacity() + " bytes of request bodies; retry later."));
  }

  /** The bytes reserved for the whole request just gathered, now owned by its {@link Exchange}. */
  long take() {
    long n = held;
    held = 0;
    return n;
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    budget.release(take());
    ctx.fireChannelInactive();
  }
}
