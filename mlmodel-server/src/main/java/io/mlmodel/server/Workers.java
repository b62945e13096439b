package io.mlmodel.server;

import io.netty.handler.codec.http.FullHttpResponse;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * Runs a prediction off the event loop under the in-flight cap: beyond {@link
 * ServerConfig#maxInFlight()} predictions running or queued, a request is refused at once with 503
 * rather than queued without bound. The request body is retained for the worker, which may still be
 * reading it when a 504 has already answered the request.
 */
final class Workers {
  private static final Logger LOG = System.getLogger(Workers.class.getName());

  private Workers() {}

  static void submit(ServerState state, Exchange ex, Supplier<FullHttpResponse> work) {
    int n = state.inFlight().incrementAndGet();
    if (n > state.config().maxInFlight() || state.draining()) {
      state.inFlight().decrementAndGet();
      ex.send(Http.mlflowError(ex.ctx.alloc(), Http.UNAVAILABLE, "TEMPORARILY_UNAVAILABLE", state.draining()
          ? "The server is shutting down." : "The server is at its limit of " + state.config().maxInFlight()
          + " predictions in flight; retry later."));
      return;
    }
    state.metrics().inFlight(n);
    ex.request.retain();
    try {
      state.workers().execute(() -> run(state, ex, work));
    } catch (RejectedExecutionException e) {
      ex.request.release();
      state.metrics().inFlight(state.inFlight().decrementAndGet());
      ex.send(Http.mlflowError(ex.ctx.alloc(), Http.UNAVAILABLE, "TEMPORARILY_UNAVAILABLE", "The server is shutting down."));
    }
  }

  private static void run(ServerState state, Exchange ex, Supplier<FullHttpResponse> work) {
    try {
      if (ex.answered()) {
        return; // timed out while queued
      }
      ex.send(work.get());
    } catch (RuntimeException | Error e) {
      LOG.log(Level.ERROR, "prediction failed unexpectedly for " + ex.request.uri(), e);
      ex.send(Http.mlflowError(ex.ctx.alloc(), Http.INTERNAL, "INTERNAL_ERROR", "Internal server error: " + e));
    } finally {
      ex.request.release();
      state.metrics().inFlight(state.inFlight().decrementAndGet());
    }
  }
}
