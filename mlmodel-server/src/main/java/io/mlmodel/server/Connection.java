package io.mlmodel.server;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.handler.codec.http.FullHttpRequest;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.util.ArrayDeque;
import org.jspecify.annotations.Nullable;

/**
 * The last handler of a connection: takes whole requests one at a time, so that answers go out in
 * request order even when a client pipelines, and hands each to the {@link Router}. A client that
 * shuts down its sending side after its requests still gets their answers; the connection closes
 * after the last. All methods run on the connection's event loop.
 */
final class Connection extends ChannelInboundHandlerAdapter {
  private static final Logger LOG = System.getLogger(Connection.class.getName());

  private final ServerState state;
  private final Deadline deadline;
  private final ArrayDeque<FullHttpRequest> pending = new ArrayDeque<>();
  private @Nullable Exchange current;
  private boolean inputClosed;

  Connection(ServerState state, Deadline deadline) {
    this.state = state;
    this.deadline = deadline;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (!(msg instanceof FullHttpRequest req)) {
      ctx.fireChannelRead(msg);
      return;
    }
    if (current != null) {
      pending.add(req);
      ctx.channel().config().setAutoRead(false);
    } else {
      start(ctx, req);
    }
  }

  private void start(ChannelHandlerContext ctx, FullHttpRequest req) {
    Exchange ex = new Exchange(ctx, req, deadline.startNanos(), this, state);
    current = ex;
    state.active().incrementAndGet();
    try {
      state.router().route(ex);
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "unexpected failure answering " + req.uri(), e);
      ex.send(Http.mlflowError(ctx.alloc(), Http.INTERNAL, "INTERNAL_ERROR", "Internal server error."));
    }
  }

  /** The current exchange's answer is written: the next pipelined request may start. */
  void finished(ChannelHandlerContext ctx) {
    current = null;
    state.active().decrementAndGet();
    deadline.finished(!pending.isEmpty());
    FullHttpRequest next = pending.poll();
    if (next != null) {
      start(ctx, next);
    } else if (inputClosed) {
      ctx.close();
    } else if (ctx.channel().isActive()) {
      ctx.channel().config().setAutoRead(true);
    }
  }

  /** Whether the current answer is the connection's last: the client sends no more. */
  boolean lastAnswer() {
    return inputClosed && pending.isEmpty();
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
    if (evt instanceof ChannelInputShutdownEvent) {
      // the decoders have passed on every request that arrived whole before this event
      inputClosed = true;
      if (current == null && pending.isEmpty()) {
        ctx.close();
      }
    }
    ctx.fireUserEventTriggered(evt);
  }

  /** The request being answered, if any; the deadline answers it with a 504. */
  @Nullable Exchange current() {
    return current;
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    FullHttpRequest r;
    while ((r = pending.poll()) != null) {
      r.release();
    }
    ctx.fireChannelInactive();
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    // a reset by the client, or a broken connection: nothing to answer to
    LOG.log(Level.DEBUG, "connection error: " + cause);
    ctx.close();
  }
}
