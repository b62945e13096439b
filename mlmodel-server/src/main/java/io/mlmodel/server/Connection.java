package io.mlmodel.server;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpUtil;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.util.ArrayDeque;
import org.jspecify.annotations.Nullable;

/**
 * The last handler of a connection: takes whole requests one at a time, so that answers go out in
 * request order even when a client pipelines, and hands each to the {@link Router}. A client that
 * shuts down its sending side after its requests still gets their answers; the connection closes
 * after the last. Keep-alive is decided here: after a request with {@code Connection: close} (or an
 * HTTP/1.0 one without keep-alive), a malformed one, or one refused below ({@link #refuse}), the
 * connection closes after that request's answer, and requests pipelined behind it are dropped
 * unanswered, never processed (RFC 9112, 9.6). All methods run on the connection's event loop.
 */
final class Connection extends ChannelInboundHandlerAdapter {
  private static final Logger LOG = System.getLogger(Connection.class.getName());

  private final ServerState state;
  private final Deadline deadline;
  private final ArrayDeque<Queued> pending = new ArrayDeque<>();
  private @Nullable BodyAccount account;
  private @Nullable Exchange current;
  /** The 503 of a body refused by the budget, owed after the answers to the requests before it. */
  private @Nullable FullHttpResponse refusal;
  private boolean inputClosed;
  /** The connection's last request has been taken (or refused): no more are. */
  private boolean closing;

  /** A pipelined request waiting for its turn, with the bytes of the budget it holds. */
  private record Queued(FullHttpRequest request, long bytes) {}

  Connection(ServerState state, Deadline deadline) {
    this.state = state;
    this.deadline = deadline;
  }

  void account(BodyAccount a) {
    this.account = a;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (!(msg instanceof FullHttpRequest req)) {
      ctx.fireChannelRead(msg);
      return;
    }
    long bytes = account == null ? 0 : account.take();
    if (closing) {
      drop(req, bytes);
      return;
    }
    // the input is still read (and dropped) after the last request: a close with bytes unread
    // would be a reset, which can make the client lose the answer (RFC 9112, 9.6)
    closing = req.decoderResult().isFailure() || !HttpUtil.isKeepAlive(req);
    if (current != null) {
      pending.add(new Queued(req, bytes));
      ctx.channel().config().setAutoRead(false);
    } else {
      start(ctx, req, bytes);
    }
  }

  /**
   * Answers {@code r} (the refusal of a request that never reaches this handler) and closes, once
   * the requests received before it are answered; dropped when the connection's last request came
   * before it (that one's answer closes the connection).
   */
  void refuse(ChannelHandlerContext ctx, FullHttpResponse r) {
    if (closing) {
      r.release();
      return;
    }
    closing = true;
    if (current == null) {
      sendRefusal(ctx, r);
    } else {
      refusal = r;
    }
  }

  private static void sendRefusal(ChannelHandlerContext ctx, FullHttpResponse r) {
    r.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
    ctx.writeAndFlush(r).addListener(ChannelFutureListener.CLOSE);
  }

  private void drop(FullHttpRequest req, long bytes) {
    if (req.release()) {
      state.budget().release(bytes);
    }
  }

  private void start(ChannelHandlerContext ctx, FullHttpRequest req, long bytes) {
    Exchange ex = new Exchange(ctx, req, bytes, deadline.startNanos(), this, state);
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
    deadline.finished();
    Queued next = pending.poll();
    if (next != null) {
      start(ctx, next.request(), next.bytes());
    } else if (refusal != null) {
      FullHttpResponse r = refusal;
      refusal = null;
      sendRefusal(ctx, r);
    } else if (inputClosed) {
      ctx.close();
    } else if (ctx.channel().isActive()) {
      ctx.channel().config().setAutoRead(true);
    }
  }

  /** Whether the current answer is the connection's last: the client sends no more, or no more are taken. */
  boolean lastAnswer() {
    return (inputClosed || closing) && pending.isEmpty() && refusal == null;
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
    Queued q;
    while ((q = pending.poll()) != null) {
      drop(q.request(), q.bytes());
    }
    if (refusal != null) {
      refusal.release();
      refusal = null;
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
