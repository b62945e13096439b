package io.mlmodel.server;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The request timeout. The clock starts when a request's head has arrived (so a body that trickles
 * in counts) and stops when its answer is written. Past the timeout the request gets MLflow's error
 * JSON with status 504 and the connection is closed, whether the body is still arriving or the
 * prediction is still running. An idle connection (no request started) is closed after the same
 * time, which also ends clients that send a request head too slowly. Event loop only.
 *
 * <p>One timer per connection, not one per request: requests only move the due time (later, never
 * earlier), and the timer, when it fires, either acts or sleeps again until the due time. Arming
 * and cancelling a timer for each request would cost a scheduled task and two priority-queue
 * updates on the event loop each time.
 */
final class Deadline extends ChannelDuplexHandler {
  private final long timeoutNanos;
  private @Nullable Connection connection;
  private @Nullable ScheduledFuture<?> timer;
  /** When the current request began, or when the connection became idle. */
  private long sinceNanos;
  /**
   * Requests whose head has arrived and that are not answered yet: the current one, those queued
   * whole behind it, and one whose body is still arriving behind them (pipelined).
   */
  private int unanswered;

  Deadline(long timeoutNanos) {
    this.timeoutNanos = timeoutNanos;
  }

  /** {@code d} in nanoseconds, at most {@code Long.MAX_VALUE} (about 292 years: no timeout at all). */
  static long nanos(java.time.Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }

  void connection(Connection c) {
    this.connection = c;
  }

  /** When the current request began. */
  long startNanos() {
    return sinceNanos;
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) {
    sinceNanos = System.nanoTime();
    arm(ctx, timeoutNanos);
    ctx.fireChannelActive();
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (msg instanceof HttpRequest && unanswered++ == 0) {
      sinceNanos = System.nanoTime();
    }
    ctx.fireChannelRead(msg);
  }

  /**
   * The current request's answer is written. The next pipelined request, if its head has arrived
   * (whole or with its body still arriving), gets a full timeout from now.
   */
  void finished() {
    unanswered--;
    sinceNanos = System.nanoTime();
  }

  private void arm(ChannelHandlerContext ctx, long delayNanos) {
    timer = ctx.executor().schedule(() -> check(ctx), delayNanos, TimeUnit.NANOSECONDS);
  }

  private void check(ChannelHandlerContext ctx) {
    timer = null;
    if (!ctx.channel().isActive()) {
      return;
    }
    long left = sinceNanos + timeoutNanos - System.nanoTime();
    if (left > 0) {
      arm(ctx, left);
    } else if (unanswered > 0) {
      expire(ctx);
    } else {
      ctx.channel().close();
    }
  }

  private void expire(ChannelHandlerContext ctx) {
    String message = "The request did not complete within the timeout of " + timeoutNanos / 1_000_000_000.0
        + " seconds (MLFLOW_SCORING_SERVER_REQUEST_TIMEOUT).";
    FullHttpResponse r = Http.mlflowError(ctx.alloc(), Http.TIMEOUT, "DEADLINE_EXCEEDED", message);
    Exchange ex = connection == null ? null : connection.current();
    if (ex != null) {
      ex.sendAndClose(r);
    } else {
      // the body is still arriving: answer straight away, below the aggregator
      r.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
      ctx.writeAndFlush(r).addListener(ChannelFutureListener.CLOSE);
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    if (timer != null) {
      timer.cancel(false);
      timer = null;
    }
    ctx.fireChannelInactive();
  }
}
