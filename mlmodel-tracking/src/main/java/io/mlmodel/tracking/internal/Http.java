package io.mlmodel.tracking.internal;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * GET requests with MLflow's retry policy (urllib3's {@code Retry}: the transient codes 408, 429,
 * 500, 502, 503, 504 and connection or read failures, {@code Retry-After} on 429 and 503), its
 * timeout (connect, and every wait for data: {@link Watchdog}), an optional {@link Deadline}, and
 * {@link Redirects} followed by hand so that the Authorization header only ever goes to the
 * tracking server's own origin.
 */
public final class Http {
  static final Set<Integer> TRANSIENT = Set.of(408, 429, 500, 502, 503, 504);
  private static final int ERROR_BODY_LIMIT = 64 * 1024;
  private static final System.Logger LOG = System.getLogger(Http.class.getName());

  private final HttpSettings settings;
  private final HttpClient client;

  public Http(HttpSettings settings) {
    this.settings = settings;
    // Runnable::run: the body is handled on the client's selector thread, where it was read. The
    // default pool hands every read to another thread, and MLflow's proxy sends a file as ~256-byte
    // chunks, one read each: that hand-off was most of the CPU a download took (2.5x; docs/performance.md,
    // "Models from a tracking server").
    // Sink's work per read is a copy into a buffer and, per MiB, one file write: short enough for that thread.
    // at most 292 years (what a long counts in nanoseconds): the client adds it to the clock, where
    // ChronoUnit.FOREVER overflowed
    Duration connect = Duration.ofNanos(Deadline.nanos(settings.timeout()));
    this.client = HttpClient.newBuilder().connectTimeout(connect).executor(Runnable::run)
        .followRedirects(HttpClient.Redirect.NEVER).sslContext(Tls.context(settings)).build();
  }

  public HttpSettings settings() {
    return settings;
  }

  /** What a request gave: its final status, the URI that answered, and the sink of its body. */
  record Result(int status, URI uri, Sink sink) {}

  /** Opens a fresh sink for a 200 body; called again for each retry. */
  interface SinkFactory {
    Sink open() throws IOException;
  }

  Result get(URI uri, SinkFactory onOk) {
    return get(uri, onOk, Deadline.NONE);
  }

  /** Same, within {@code deadline}: a request under way when it passes is ended, and not retried. */
  Result get(URI uri, SinkFactory onOk, Deadline deadline) {
    URI current = uri;
    int redirects = 0;
    int retry = 0;
    while (true) {
      AtomicReference<@Nullable Sink> holder = new AtomicReference<>();
      HttpResponse.BodyHandler<Long> handler = info -> {
        Sink s;
        try {
          s = info.statusCode() == 200 ? onOk.open() : Sink.toMemoryCut(ERROR_BODY_LIMIT);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
        holder.set(s);
        return s;
      };
      if (deadline.passed()) {
        throw deadline.exceeded("GET " + current);
      }
      HttpResponse<Long> response;
      try {
        response = Watchdog.await(client.sendAsync(request(current), handler), holder, settings.timeout(), deadline);
      } catch (Deadline.Passed e) {
        throw deadline.exceeded("GET " + current);
      } catch (TooLarge e) {
        throw new ModelException("limit", Location.UNKNOWN, "GET " + current + ": the response is larger than allowed ("
            + e.seen + " bytes or more)");
      } catch (IOException e) {
        if (retry < settings.maxRetries()) {
          pause(++retry, null, current, e.toString(), deadline);
          continue;
        }
        throw failed(current, e, retry);
      }
      int status = response.statusCode();
      if (Redirects.STATUSES.contains(status) && settings.allowRedirects()) {
        current = Redirects.next(current, response);
        if (++redirects > Redirects.MAX) {
          throw new ModelException("http-error", Location.UNKNOWN, "GET " + uri + ": more than " + Redirects.MAX + " redirects");
        }
        continue;
      }
      if (TRANSIENT.contains(status) && retry < settings.maxRetries()) {
        pause(++retry, response, current, "HTTP " + status, deadline);
        continue;
      }
      return new Result(status, current, Objects.requireNonNull(holder.get()));
    }
  }

  private HttpRequest request(URI uri) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET().header("User-Agent", "mlmodel-tracking");
    String auth = settings.authorization();
    if (auth != null && Redirects.sameOrigin(uri, settings.server())) {
      b.header("Authorization", auth);
    }
    return b.build();
  }

  private void pause(int retry, @Nullable HttpResponse<Long> response, URI uri, String why, Deadline deadline) {
    double seconds = settings.backoffSeconds(retry, ThreadLocalRandom.current().nextDouble());
    if (response != null && settings.respectRetryAfter() && (response.statusCode() == 429 || response.statusCode() == 503)) {
      Double after = RetryAfter.seconds(response.headers().firstValue("Retry-After").orElse(null));
      if (after != null) {
        seconds = after;
      }
    }
    if ((long) (seconds * 1e9) >= deadline.remainingNanos()) {
      throw deadline.exceeded("GET " + uri + " (" + why + ", to be retried)");
    }
    LOG.log(Level.DEBUG, () -> "GET " + uri + ": " + why + "; retry " + retry + " of " + settings.maxRetries());
    try {
      Thread.sleep((long) (seconds * 1000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ModelException("interrupted", Location.UNKNOWN, "GET " + uri + ": interrupted while waiting to retry");
    }
  }

  private ModelException failed(URI uri, IOException e, int retries) {
    String tries = retries == 0 ? "" : " (after " + retries + (retries == 1 ? " retry)" : " retries)");
    if (e instanceof HttpTimeoutException) {
      return new ModelException("timeout", Location.UNKNOWN, "GET " + uri + " timed out" + tries + ": " + e.getMessage()
          + ". To increase the timeout, set the environment variable MLFLOW_HTTP_REQUEST_TIMEOUT to a larger value.", e);
    }
    return new ModelException("unreachable", Location.UNKNOWN, "GET " + uri + " failed" + tries + ": " + e, e);
  }
}
