package io.mlmodel.server;

import static io.mlmodel.server.BodyAccountTest.SIZE;
import static io.mlmodel.server.BodyAccountTest.awaitBuffered;
import static io.mlmodel.server.BodyAccountTest.head;
import static io.mlmodel.server.BodyAccountTest.post;
import static io.mlmodel.server.BodyAccountTest.server;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The budget's arithmetic, and its return to zero however a request ends: answered, refused, 413,
 * 504 (body arriving or prediction running), client gone mid-body or with requests queued, server
 * closed. A reservation never given back would leave the server refusing everything.
 */
class BodyBudgetTest {
  @TempDir Path tmp;

  @Test
  void reservesOnlyWhatFitsAndGivesBack() {
    BodyBudget b = new BodyBudget(100);
    assertThat(b.reserve(60)).isTrue();
    assertThat(b.reserve(50)).isFalse();
    assertThat(b.used()).isEqualTo(60);
    assertThat(b.reserve(40)).isTrue();
    assertThat(b.reserve(1)).isFalse();
    b.release(60);
    b.release(40);
    assertThat(b.used()).isZero();
  }

  @Test
  void answeredRefusedAnd413RequestsLeaveNothingHeld() {
    try (ScoringServer s = server(tmp.resolve("m"), 0, 65_536)) {
      try (RawHttp raw = new RawHttp(s.port())) {
        assertThat(raw.send(post(SIZE)).readResponses(1)).startsWith("HTTP/1.1 200 OK");
        // released before the answer is written: nothing held once the client has it
        assertThat(s.bufferedBytes()).isZero();
      }
      try (RawHttp raw = new RawHttp(s.port())) {
        assertThat(raw.send(head(70_000)).readToEnd()).startsWith("HTTP/1.1 413 ");
      }
      try (RawHttp raw = new RawHttp(s.port())) {
        // chunked: held as it arrives, until the 413 closes the connection
        String chunk = Integer.toHexString(30_000) + "\r\n" + " ".repeat(30_000) + "\r\n";
        assertThat(raw.send("POST /invocations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + "Transfer-Encoding: chunked\r\n\r\n" + chunk + chunk + chunk).readToEnd()).startsWith("HTTP/1.1 413 ");
      }
      assertThat(awaitBuffered(s, 0)).isZero();
    }
  }

  @Test
  void timedOutRequestsGiveTheirBytesBackOnceTheWorkerIsDone() {
    try (ScoringServer s = ScoringServer.start(ServerConfig.builder().port(0).accessLog(false)
        .model("slow", SleepLoader.model(tmp.resolve("m"), 0, 2500).toString()).requestTimeout(Duration.ofSeconds(1))
        .build())) {
      try (RawHttp raw = new RawHttp(s.port())) {
        // the body never completes: all of its Content-Length was reserved, and goes back with the 504
        assertThat(raw.send(head(1000) + "{\"inputs\": ").readToEnd()).startsWith("HTTP/1.1 504 ");
      }
      assertThat(awaitBuffered(s, 0)).isZero();
      try (RawHttp raw = new RawHttp(s.port())) {
        assertThat(raw.send(post(SIZE)).readToEnd()).startsWith("HTTP/1.1 504 ");
        // the prediction still runs on its worker and still holds the body
        assertThat(s.bufferedBytes()).isEqualTo(SIZE);
      }
      assertThat(awaitBuffered(s, 0)).isZero();
    }
  }

  @Test
  void aClientGoneMidBodyOrWithRequestsQueuedLeavesNothingHeld() {
    try (ScoringServer s = server(tmp.resolve("m"), 800, 200_000)) {
      try (RawHttp raw = new RawHttp(s.port())) {
        raw.send(head(1000) + "{\"inputs\": ");
        assertThat(awaitBuffered(s, 1000)).isEqualTo(1000);
      }
      assertThat(awaitBuffered(s, 0)).isZero();
      try (RawHttp raw = new RawHttp(s.port())) {
        raw.send("POST /invocations HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n64\r\n" + " ".repeat(100)
            + "\r\n");
        assertThat(awaitBuffered(s, 100)).isEqualTo(100);
      }
      assertThat(awaitBuffered(s, 0)).isZero();
      try (RawHttp raw = new RawHttp(s.port())) {
        // one predicting, two queued behind it on the connection
        raw.send(post(SIZE) + post(SIZE) + post(SIZE));
        assertThat(awaitBuffered(s, 3 * SIZE)).isEqualTo(3 * SIZE);
      }
      assertThat(awaitBuffered(s, 0)).isZero();
    }
  }

  @Test
  void closingTheServerWithRequestsInFlightAndQueuedLeavesNothingHeld() {
    ScoringServer s = server(tmp.resolve("m"), 800, 200_000);
    try (RawHttp raw = new RawHttp(s.port()); RawHttp partial = new RawHttp(s.port())) {
      raw.send(post(SIZE) + post(SIZE));
      partial.send(head(5000));
      assertThat(awaitBuffered(s, 2 * SIZE + 5000)).isEqualTo(2 * SIZE + 5000);
      s.close();
      assertThat(awaitBuffered(s, 0)).isZero();
    }
  }
}
