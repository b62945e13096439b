package io.mlmodel.server;

import static io.mlmodel.server.TestServers.get;
import static io.mlmodel.server.TestServers.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clients that misbehave, and shutting down under load. */
class FaultsTest {
  private static final String JSON = "application/json";
  @TempDir Path tmp;

  @Test
  void aClientThatDisconnectsMidBodyLeavesTheServerServing() throws Exception {
    try (ScoringServer s = ScoringServer.start(TestServers.config().build())) {
      for (int i = 0; i < 20; i++) {
        try (RawHttp raw = new RawHttp(s.port())) {
          raw.send("POST /invocations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n"
              + "{\"inputs\": [[1, 2");
        }
      }
      assertThat(post(s.port(), "/invocations", JSON, "{\"inputs\": [[1, 2, 3]]}").body())
          .isEqualTo("{\"predictions\": {\"y\": [[-0.5, 10.0]]}}");
      assertThat(get(s.port(), "/metrics").body()).contains("mlmodel_predictions_in_flight 0.0");
    }
  }

  @Test
  void malformedHttpIs400AndClosed() {
    try (ScoringServer s = ScoringServer.start(TestServers.config().build())) {
      try (RawHttp raw = new RawHttp(s.port())) {
        assertThat(raw.send("POST /invocations HTTP/1.1\r\nContent-Length: twelve\r\n\r\n").readToEnd())
            .startsWith("HTTP/1.1 400 BAD REQUEST").contains("connection: close");
      }
      try (RawHttp raw = new RawHttp(s.port())) {
        assertThat(raw.send("GET /ping HTTP/1.1\r\nX-Long: " + "a".repeat(10_000) + "\r\n\r\n").readToEnd())
            .startsWith("HTTP/1.1 400 BAD REQUEST");
      }
      try (RawHttp raw = new RawHttp(s.port())) {
        // not HTTP at all: the codec cannot find a request line, and the connection ends
        String answer = raw.send("\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u0001\u00fc\u0003\u0003\r\n\r\n").readToEnd();
        assertThat(answer).doesNotContain("200 OK");
      }
      assertThat(get(s.port(), "/ping").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aClientThatShutsDownItsSendingSideAfterItsRequestsGetsTheirAnswers() {
    // regression: the server closed the connection at end of input, dropping the answer still owed
    Path model = SleepLoader.model(tmp.resolve("slow"), 0, 300);
    try (ScoringServer s = ScoringServer.start(ServerConfig.builder().model("slow", model.toString()).port(0)
        .accessLog(false).build())) {
      String request = "POST /invocations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 15\r\n\r\n";
      try (RawHttp raw = new RawHttp(s.port())) {
        assertThat(raw.send(request + "{\"inputs\": [1]}").shutdownOutput().readToEnd())
            .startsWith("HTTP/1.1 200 OK").endsWith("connection: close\r\n\r\n{\"predictions\": [1]}");
      }
      try (RawHttp raw = new RawHttp(s.port())) {
        assertThat(raw.send(request + "{\"inputs\": [1]}" + request + "{\"inputs\": [2]}").shutdownOutput().readToEnd())
            .startsWith("HTTP/1.1 200 OK").contains("{\"predictions\": [1]}HTTP/1.1 200 OK").endsWith("{\"predictions\": [2]}");
      }
    }
  }

  @Test
  void malformedHttpSaysWhatIsWrongWithoutJavaClassNames() {
    // regression: the body was "Bad Request: " + the exception, e.g. "java.lang.IllegalArgumentException: ..."
    try (ScoringServer s = ScoringServer.start(TestServers.config().build())) {
      try (RawHttp raw = new RawHttp(s.port())) {
        assertThat(raw.send("POST /invocations HTTP/1.1\r\nHost: x\r\nContent-Length: 23\r\nContent-Length: 5\r\n\r\n")
            .readToEnd()).startsWith("HTTP/1.1 400 BAD REQUEST").endsWith("\r\n\r\nBad Request: Multiple Content-Length"
            + " values found: [23, 5]");
      }
      try (RawHttp raw = new RawHttp(s.port())) {
        assertThat(raw.send("GET /ping HTTP/1.1\r\nX-Long: " + "a".repeat(9000) + "\r\n\r\n").readToEnd())
            .endsWith("\r\n\r\nBad Request: HTTP header is larger than 8192 bytes.");
      }
    }
  }

  @Test
  void aRequestLineOverTheLimitIs414() {
    // regression: it was a 400, where RFC 9112 (3) requires 414 for a request target too long to parse
    try (ScoringServer s = ScoringServer.start(TestServers.config().build())) {
      try (RawHttp raw = new RawHttp(s.port())) {
        assertThat(raw.send("GET /ping?" + "a".repeat(5000) + " HTTP/1.1\r\nHost: x\r\n\r\n").readToEnd())
            .startsWith("HTTP/1.1 414 REQUEST URI TOO LONG").contains("connection: close")
            .endsWith("\r\n\r\nRequest URI Too Long: An HTTP line is larger than 4096 bytes.");
      }
      try (RawHttp raw = new RawHttp(s.port())) {
        // a chunk-size line is read with the same limit: too long, it stays a 400
        assertThat(raw.send("POST /invocations HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n1;"
            + "a".repeat(5000) + "\r\n").readToEnd()).startsWith("HTTP/1.1 400 BAD REQUEST")
            .endsWith("\r\n\r\nBad Request: An HTTP line is larger than 4096 bytes.");
      }
    }
  }

  @Test
  void aModelThatThrowsIs500WithoutJavaText() {
    // regression: the body carried the Throwable's toString, "java.lang.IllegalStateException: ..." (or an OutOfMemoryError)
    Path model = SleepLoader.model(tmp.resolve("failing"), 0, 0, "secret detail");
    try (ScoringServer s = ScoringServer.start(ServerConfig.builder().model("failing", model.toString()).port(0)
        .accessLog(false).build())) {
      HttpResponse<String> r = post(s.port(), "/invocations", JSON, "{\"inputs\": [1]}");
      assertThat(r.statusCode()).isEqualTo(500);
      assertThat(r.body()).isEqualTo("{\"error_code\": \"INTERNAL_ERROR\", \"message\": \"Internal server error.\"}");
    }
  }

  @Test
  void closeDrainsTheRequestsInFlightAndRefusesNewOnes() throws Exception {
    Path model = SleepLoader.model(tmp.resolve("slow"), 0, 800);
    ScoringServer s = ScoringServer.start(ServerConfig.builder().model("slow", model.toString()).port(0)
        .accessLog(false).workers(8).maxInFlight(16).build());
    int port = s.port();
    List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      calls.add(TestServers.CLIENT.sendAsync(HttpRequest.newBuilder(TestServers.uri(port, "/invocations"))
          .header("Content-Type", JSON).POST(HttpRequest.BodyPublishers.ofString("{\"inputs\": [" + i + "]}")).build(),
          HttpResponse.BodyHandlers.ofString()));
    }
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (!get(port, "/metrics").body().contains("mlmodel_predictions_in_flight 8.0") && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    s.close();
    for (int i = 0; i < 8; i++) {
      HttpResponse<String> r = calls.get(i).join();
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).isEqualTo("{\"predictions\": [" + i + "]}");
      assertThat(r.headers().firstValue("connection")).contains("close");
    }
    boolean refused;
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
      refused = false;
    } catch (ConnectException e) {
      refused = true;
    } catch (IOException e) {
      refused = true;
    }
    assertThat(refused).isTrue();
  }
}
