package io.mlmodel.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@link ServerConfig#maxConnections()}: connections beyond it are closed as they are accepted, and counted. */
class ConnectionCapTest {
  private static final String VERSION = "GET /version HTTP/1.1\r\nHost: x\r\n\r\n";

  @Test
  void aConnectionBeyondTheCapIsClosedAtAcceptAndCounted() {
    try (ScoringServer s = ScoringServer.start(TestServers.config().maxConnections(2).build());
        RawHttp first = new RawHttp(s.port()); RawHttp second = new RawHttp(s.port())) {
      // both answered on their kept-alive connections: the server holds both open
      assertThat(first.send(VERSION).readResponses(1)).startsWith("HTTP/1.1 200 OK").endsWith("2.17.2");
      assertThat(second.send(VERSION).readResponses(1)).startsWith("HTTP/1.1 200 OK").endsWith("2.17.2");
      assertThat(s.openConnections()).isEqualTo(2);
      try (RawHttp third = new RawHttp(s.port())) {
        // the kernel accepted it; the server closes it before reading: end of input, no answer
        assertThat(third.readToEnd()).isEmpty();
      }
      assertThat(s.openConnections()).isEqualTo(2);
      // the kept ones still serve
      assertThat(first.send(VERSION).readResponses(1)).startsWith("HTTP/1.1 200 OK");
      first.close();
      awaitOpen(s, 1);
      // a place is free again: a new connection is served, and the metrics say what happened
      HttpResponse<String> metrics = TestServers.get(s.port(), "/metrics");
      assertThat(metrics.statusCode()).isEqualTo(200);
      assertThat(metrics.body()).contains("\nmlmodel_connections_open 2.0\n", "\nmlmodel_connections_refused_total 1.0\n");
    }
  }

  @Test
  void closedConnectionsAreNoLongerCounted() {
    try (ScoringServer s = ScoringServer.start(TestServers.config().maxConnections(1).build())) {
      for (int i = 0; i < 5; i++) {
        try (RawHttp raw = new RawHttp(s.port())) {
          assertThat(raw.send(VERSION).readResponses(1)).as("connection %d", i).startsWith("HTTP/1.1 200 OK");
        }
        awaitOpen(s, 0);
      }
    }
  }

  @Test
  void maxConnectionsMustBePositiveAndDefaultsTo4096() {
    assertThatThrownBy(() -> TestServers.config().maxConnections(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxConnections must be positive: 0");
    assertThat(TestServers.config().build().maxConnections()).isEqualTo(4096);
    assertThat(TestServers.config().maxConnections(7).build().maxConnections()).isEqualTo(7);
  }

  private static void awaitOpen(ScoringServer s, int n) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (s.openConnections() != n && System.nanoTime() < deadline) {
      SleepLoader.sleep(5);
    }
    assertThat(s.openConnections()).isEqualTo(n);
  }
}
