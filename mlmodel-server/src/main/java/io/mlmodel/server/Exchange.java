package io.mlmodel.server;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One request and its answer. Exactly one answer is sent, from whichever thread produces it first
 * (the worker with the prediction, or the deadline with a 504); later ones are dropped. Sending
 * always happens on the connection's event loop. The request is owned by the exchange and released
 * once answered; the body's bytes go back to the {@link BodyBudget} when its last reference goes.
 */
final class Exchange {
  final ChannelHandlerContext ctx;
  final FullHttpRequest request;
  final long startNanos;
  /** The bytes of the {@link BodyBudget} the request's body holds, given back when it is freed. */
  private final long bytes;
  private final Connection connection;
  private final ServerState state;
  private final AtomicBoolean answered = new AtomicBoolean();
  private volatile String model = "";
  private volatile String endpoint = "other";

  Exchange(ChannelHandlerContext ctx, FullHttpRequest request, long bytes, long startNanos, Connection connection,
      ServerState state) {
    this.ctx = ctx;
    this.request = request;
    this.bytes = bytes;
    this.startNanos = startNanos;
    this.connection = connection;
    this.state = state;
  }

  /** Labels the request for metrics: which model and which endpoint it addressed. */
  void label(String modelName, String endpointName) {
    this.model = modelName;
    this.endpoint = endpointName;
  }

  boolean answered() {
    return answered.get();
  }

  /**
   * Drops one reference to the request (the exchange's, or the one a worker took); the last frees
   * the body, and its bytes go back to the budget, once.
   */
  void releaseRequest() {
    if (request.release()) {
      state.budget().release(bytes);
    }
  }

  /** Sends the answer, unless one was sent already (then {@code r} is released). Any thread. */
  void send(FullHttpResponse r) {
    send(r, false);
  }

  /** Sends the answer and closes the connection after it. */
  void sendAndClose(FullHttpResponse r) {
    send(r, true);
  }

  private void send(FullHttpResponse r, boolean close) {
    if (!ctx.executor().inEventLoop()) {
      try {
        ctx.executor().execute(() -> send(r, close));
      } catch (RejectedExecutionException e) {
        // the server stopped while this prediction ran (past the drain timeout): no one to answer,
        // and no event loop to do it; the buffers are released here
        r.release();
        if (answered.compareAndSet(false, true)) {
          releaseRequest();
        }
      }
      return;
    }
    if (!answered.compareAndSet(false, true)) {
      r.release();
      return;
    }
    boolean head = request.method().equals(HttpMethod.HEAD);
    String requestLine = state.accessLog().enabled()
        ? request.method() + " " + request.uri() + " " + request.protocolVersion() : "";
    releaseRequest();
    boolean last = close || state.draining() || connection.lastAnswer();
    if (last) {
      r.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
    }
    int status = r.status().code();
    int length = r.content().readableBytes();
    if (head) {
      r.content().clear();
    }
    ctx.writeAndFlush(r).addListener((ChannelFutureListener) f -> {
      long nanos = System.nanoTime() - startNanos;
      state.metrics().observe(model, endpoint, status, nanos);
      state.accessLog().log(ctx.channel().remoteAddress(), requestLine, status, length, nanos);
      connection.finished(ctx);
      if (!f.isSuccess() || last) {
        f.channel().close();
      }
    });
  }
}
