package io.mlmodel.server;

import io.netty.handler.codec.http.FullHttpResponse;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * Runs a prediction under the in-flight cap, on a worker or, for a model whose small requests are
 * cheap ({@link Cost}), on the event loop itself. Beyond {@link
 * ServerConfig#maxInFlight()} predictions running or queued, a request is refused at once with 503
 * rather than queued without bound. The request body is retained for the worker, which may still be
 * reading it when a 504 has already answered the request.
 */
final class Workers {
  private static final Logger LOG = System.getLogger(Workers.class.getName());

  private Workers() {}

  static void submit(ServerState state, Exchange ex, Cost cost, Supplier<FullHttpResponse> work) {
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
    int bytes = ex.request.content().readableBytes();
    if (cost.inline(bytes)) {
      run(state, ex, work, cost, bytes);
      return;
    }
    try {
      state.workers().execute(() -> run(state, ex, work, cost, bytes));
    } catch (RejectedExecutionException e) {
      ex.releaseRequest();
      state.metrics().inFlight(state.inFlight().decrementAndGet());
      ex.send(Http.mlflowError(ex.ctx.alloc(), Http.UNAVAILABLE, "TEMPORARILY_UNAVAILABLE", "The server is shutting down."));
    }
  }

  private static void run(ServerState state, Exchange ex, Supplier<FullHttpResponse> work, Cost cost, int bytes) {
    FullHttpResponse r = null;
    try {
      if (ex.answered()) {
        return; // timed out while queued
      }
      long start = System.nanoTime();
      r = work.get();
      if (bytes <= Cost.INLINE_MAX_BYTES) {
        cost.record(System.nanoTime() - start, bytes);
      }
    } catch (RuntimeException | Error e) {
      LOG.log(Level.ERROR, "prediction failed unexpectedly for " + ex.request.uri(), e);
      r = Http.mlflowError(ex.ctx.alloc(), Http.INTERNAL, "INTERNAL_ERROR", "Internal server error.");
    } finally {
      // the prediction is over before its answer goes out, so that a client that has the answer
      // never sees it still counted in flight (the exchange keeps its own reference to the request)
      ex.releaseRequest();
      state.metrics().inFlight(state.inFlight().decrementAndGet());
    }
    ex.send(r);
  }
}
