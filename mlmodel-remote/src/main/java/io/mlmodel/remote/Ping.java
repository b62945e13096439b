package io.mlmodel.remote;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

/** Waits for a starting scoring server's {@code GET /ping} to answer 200. Internal. */
final class Ping {
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(2))
      .build();

  private final URI uri;
  private final Duration limit;

  Ping(int port, RemoteOptions options) {
    this.uri = URI.create("http://127.0.0.1:" + port + "/ping");
    this.limit = options.startTimeout();
  }

  /**
   * Returns once {@code /ping} answers 200; throws what {@code exited} gives when the process ends
   * first, what {@code timedOut} gives after the start timeout, what {@code interrupted} gives when
   * the thread is interrupted.
   */
  void await(Process proc, Supplier<EndpointException> exited, Supplier<EndpointException> timedOut,
      Supplier<EndpointException> interrupted) {
    long deadline = System.nanoTime() + limit.toNanos();
    HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build();
    while (true) {
      if (!proc.isAlive()) {
        throw exited.get();
      }
      try {
        if (CLIENT.send(req, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        throw interrupted.get();
      }
      if (System.nanoTime() > deadline) {
        throw timedOut.get();
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        throw interrupted.get();
      }
    }
  }
}
