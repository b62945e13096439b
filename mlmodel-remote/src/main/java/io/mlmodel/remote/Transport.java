package io.mlmodel.remote;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * POSTs request bodies to the endpoint over one {@link HttpClient} (its connection pool is reused by
 * every call and thread), retrying only what the server surely did not process: a connection that
 * could not be made, and HTTP 429 or 503 (the server refused to start the work). A timeout or a
 * connection that broke after the request was sent is never retried, since the model may have run.
 * Internal; thread-safe.
 */
final class Transport {
  /** Where to send: a fixed URL, or a managed server's current one (which may wait for a restart). */
  interface Target {
    URI invocations();
  }

  /** A 2xx answer's body, and the failures of the URL that gave it. */
  record Answer(byte[] body, Failures failures) {}

  private final HttpClient client;
  private final RemoteOptions options;
  private final Failures failures;

  Transport(RemoteOptions options, Failures failures, boolean https) {
    this.options = options;
    this.failures = failures;
    // gunicorn's sync workers speak HTTP/1.1 only; over TLS, HTTP/2 is negotiated where the endpoint has it
    this.client = HttpClient.newBuilder()
        .version(https ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
        .connectTimeout(options.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  Answer post(Target target, byte[] body) {
    Duration wait = options.retryBackoff();
    for (int attempt = 1; ; attempt++) {
      URI uri = target.invocations();
      Failures f = failures.at(uri);
      HttpRequest.Builder b = HttpRequest.newBuilder(uri)
          .timeout(options.requestTimeout())
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofByteArray(body));
      for (Map.Entry<String, String> h : options.headers().entrySet()) {
        b.header(h.getKey(), h.getValue());
      }
      boolean last = attempt >= options.maxAttempts();
      try {
        HttpResponse<byte[]> r = send(b.build());
        int s = r.statusCode();
        if (s / 100 == 2) {
          return new Answer(r.body(), f);
        }
        if ((s == 429 || s == 503) && !last) {
          sleep(retryAfter(r).orElse(wait.toMillis()), f);
          wait = wait.multipliedBy(2);
          continue;
        }
        if (s / 100 == 3) {
          throw f.redirect(s, r.headers().firstValue("Location").orElse("nowhere"));
        }
        throw f.status(s, r.body());
      } catch (HttpConnectTimeoutException | ConnectException e) {
        if (last) {
          throw f.unreachable(attempt, e);
        }
        sleep(wait.toMillis(), f);
        wait = wait.multipliedBy(2);
      } catch (HttpTimeoutException e) {
        throw f.timeout(options.requestTimeout(), e);
      } catch (BoundedBody.TooLarge e) {
        throw f.tooLarge(options.maxResponseBytes(), e);
      } catch (IOException e) {
        throw f.broken(e);
      } catch (InterruptedException e) {
        throw f.interrupted(e);
      }
    }
  }

  /**
   * The answer, headers and body, within the request timeout (the client's own timeout stops at the
   * headers, so a body that trickles in would hold the call for as long as the server likes) and
   * within {@link RemoteOptions#maxResponseBytes()}; the exchange is cancelled when either is
   * passed. Failures are the client's own exceptions, as {@code send} throws them.
   */
  private HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
    CompletableFuture<HttpResponse<byte[]>> answer = client.sendAsync(request,
        BoundedBody.handler(options.maxResponseBytes()));
    try {
      return answer.get(options.requestTimeout().toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      answer.cancel(true);
      throw new HttpTimeoutException("the answer did not end within the request timeout");
    } catch (InterruptedException e) {
      answer.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException(e.getCause());
    }
  }

  /** A Retry-After in seconds, capped at 30 s so that a call never hangs on the server's word. */
  private static OptionalLong retryAfter(HttpResponse<?> r) {
    try {
      return r.headers().firstValue("Retry-After")
          .map(v -> OptionalLong.of(Math.min(30, Math.max(0, Long.parseLong(v.strip()))) * 1000))
          .orElse(OptionalLong.empty());
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  private static void sleep(long millis, Failures f) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      throw f.interrupted(e);
    }
  }
}
