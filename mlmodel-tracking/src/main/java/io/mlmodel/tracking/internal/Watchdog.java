package io.mlmodel.tracking.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * The calling thread's wait for a response and its body, looking every 200 ms at when the body's
 * {@link Sink} last saw data: the JDK client bounds the wait for headers only, and MLflow's read
 * timeout (requests' {@code timeout}) bounds each wait for data, which this restores.
 */
final class Watchdog {
  private Watchdog() {}

  /**
   * Waits for the response and its body; aborts when no data came for the timeout (a read timeout)
   * or when the deadline passes.
   */
  static HttpResponse<Long> await(CompletableFuture<HttpResponse<Long>> future,
      AtomicReference<@Nullable Sink> holder, Duration readTimeout, Deadline deadline) throws IOException {
    long timeout = Deadline.nanos(readTimeout);
    long start = System.nanoTime();
    while (true) {
      try {
        long wait = Math.min(Math.min(200, TimeUnit.NANOSECONDS.toMillis(timeout)),
            TimeUnit.NANOSECONDS.toMillis(deadline.remainingNanos()));
        return future.get(Math.max(1, wait), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        Sink s = holder.get();
        long last = s == null ? start : Math.max(start, s.lastData());
        HttpTimeoutException failure = deadline.passed() ? new Deadline.Passed()
            : System.nanoTime() - last > timeout ? new HttpTimeoutException("no data for " + readTimeout.toSeconds() + " s")
            : null;
        if (failure != null) {
          if (s != null) {
            s.abort(failure);
          }
          future.cancel(true);
          throw failure;
        }
      } catch (ExecutionException e) {
        Throwable c = e.getCause();
        while (c instanceof CompletionException && c.getCause() != null) {
          c = c.getCause();
        }
        if (c instanceof UncheckedIOException u) {
          throw u.getCause();
        }
        throw c instanceof IOException io ? io : new IOException(c);
      } catch (InterruptedException e) {
        future.cancel(true);
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for the tracking server");
      }
    }
  }
}
