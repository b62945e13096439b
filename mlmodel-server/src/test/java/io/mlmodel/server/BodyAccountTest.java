package io.mlmodel.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.enforce.EnforcementOptions;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The budget of request body bytes across connections ({@link ServerConfig#maxBufferedBytes()}):
 * what does not fit is answered 503 with MLflow's error JSON and closed, the rest is answered. A slow
 * model holds the bodies that fit while the others arrive.
 */
class BodyAccountTest {
  static final int SIZE = 40_000;
  static final String REFUSED = "{\"error_code\": \"TEMPORARILY_UNAVAILABLE\", \"message\": \"The server is at its limit"
      + " of 100000 bytes of request bodies; retry later.\"}";
  /**
   * How long the model holds the requests whose bodies a test counts: with 1.5 s, the first HTTP
   * client call of a loaded test JVM (1.7 s once) came after they had been answered.
   */
  static final long HELD_MS = 5000;
  @TempDir Path tmp;

  /**
   * A server on a model whose predictions take {@code predictMs}, with a body limit of 64 KiB. Three
   * workers: while two hold the counted requests, a third request is predicted at once. With two,
   * it waited for a worker, then slept its own {@code predictMs}: 2 x 5 s met the 10 s request
   * timeout, and the test failed in CI with DEADLINE_EXCEEDED (the timeout is 30 s for a loaded
   * machine's margin; no test here waits for it).
   */
  static ScoringServer server(Path dir, long predictMs, long budget) {
    return ScoringServer.start(ServerConfig.builder().model("slow", SleepLoader.model(dir, 0, predictMs).toString())
        .port(0).accessLog(false).workers(3).requestTimeout(Duration.ofSeconds(30))
        .enforcement(EnforcementOptions.builder().maxRequestBytes(65_536).build()).maxBufferedBytes(budget).build());
  }

  /** A valid request whose body is {@code size} bytes. */
  static String post(int size) {
    String json = "{\"inputs\": [1]" + " ".repeat(size - 15) + "}";
    return head(json.length()) + json;
  }

  static String head(long contentLength) {
    return "POST /invocations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: " + contentLength
        + "\r\n\r\n";
  }

  /** Waits (up to 10 s) for the server to hold {@code bytes} of bodies, and says what it holds. */
  static long awaitBuffered(ScoringServer s, long bytes) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (s.bufferedBytes() != bytes && System.nanoTime() < deadline) {
      SleepLoader.sleep(10);
    }
    return s.bufferedBytes();
  }

  @Test
  void concurrentBodiesBeyondTheBudgetAre503WithTheErrorJsonAndTheOthersAreAnswered() {
    try (ScoringServer s = server(tmp.resolve("m"), HELD_MS, 100_000);
        RawHttp a = new RawHttp(s.port()); RawHttp b = new RawHttp(s.port());
        RawHttp c = new RawHttp(s.port()); RawHttp d = new RawHttp(s.port())) {
      a.send(post(SIZE));
      b.send(post(SIZE));
      assertThat(awaitBuffered(s, 2 * SIZE)).isEqualTo(2 * SIZE);
      assertThat(TestServers.get(s.port(), "/metrics").body()).contains("mlmodel_request_body_bytes 80000.0\n");
      // 20,000 bytes left: a third body of 40,000 is refused before it is read
      for (RawHttp refused : new RawHttp[] {c, d}) {
        String answer = refused.send(head(SIZE)).readToEnd();
        assertThat(answer).startsWith("HTTP/1.1 503 SERVICE UNAVAILABLE").contains("content-type: application/json")
            .contains("connection: close").endsWith("\r\n\r\n" + REFUSED);
      }
      // a small body still fits, and is answered
      assertThat(TestServers.post(s.port(), "/invocations", "application/json", "{\"inputs\": [7]}").body())
          .contains("7");
      assertThat(a.readResponses(1)).startsWith("HTTP/1.1 200 OK");
      assertThat(b.readResponses(1)).startsWith("HTTP/1.1 200 OK");
      assertThat(awaitBuffered(s, 0)).isZero();
      assertThat(TestServers.get(s.port(), "/metrics").body()).contains("mlmodel_request_body_refusals_total 2.0\n")
          .contains("mlmodel_request_body_bytes 0.0\n");
    }
  }

  @Test
  void aRefusedRequestPipelinedBehindAnotherIsAnsweredAfterItThenClosed() {
    try (ScoringServer s = server(tmp.resolve("m"), 500, 65_536); RawHttp raw = new RawHttp(s.port())) {
      String answers = raw.send(post(SIZE) + head(SIZE)).readToEnd();
      assertThat(answers).startsWith("HTTP/1.1 200 OK");
      assertThat(answers.indexOf("HTTP/1.1 503 SERVICE UNAVAILABLE")).isGreaterThan(0);
      assertThat(answers).endsWith("\r\n\r\n" + REFUSED.replace("100000", "65536"));
      assertThat(awaitBuffered(s, 0)).isZero();
    }
  }

  @Test
  void aChunkedBodyGrowingPastTheBudgetIs503AndClosed() {
    try (ScoringServer s = server(tmp.resolve("m"), HELD_MS, 65_536);
        RawHttp a = new RawHttp(s.port()); RawHttp b = new RawHttp(s.port())) {
      a.send(post(SIZE));
      assertThat(awaitBuffered(s, SIZE)).isEqualTo(SIZE);
      b.send("POST /invocations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked"
          + "\r\n\r\n2710\r\n" + " ".repeat(10_000) + "\r\n");
      assertThat(awaitBuffered(s, SIZE + 10_000)).isEqualTo(SIZE + 10_000);
      String answer = b.send("4e20\r\n" + " ".repeat(20_000) + "\r\n").readToEnd();
      assertThat(answer).startsWith("HTTP/1.1 503 SERVICE UNAVAILABLE")
          .endsWith("\r\n\r\n" + REFUSED.replace("100000", "65536"));
      assertThat(awaitBuffered(s, SIZE)).isEqualTo(SIZE);
      assertThat(a.readResponses(1)).startsWith("HTTP/1.1 200 OK");
      assertThat(awaitBuffered(s, 0)).isZero();
    }
  }
}
