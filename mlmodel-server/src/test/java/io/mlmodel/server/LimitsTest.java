package io.mlmodel.server;

import static io.mlmodel.server.TestServers.get;
import static io.mlmodel.server.TestServers.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.enforce.EnforcementOptions;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The body limit (413), the request timeout (504), the in-flight cap (503), keep-alive and readiness. */
class LimitsTest {
  private static final String JSON = "application/json";
  @TempDir Path tmp;

  @Test
  void aBodyOverTheLimitIs413AndTheServerGoesOn() {
    try (ScoringServer s = ScoringServer.start(TestServers.config()
        .enforcement(EnforcementOptions.builder().maxRequestBytes(1024).build()).build())) {
      String big = "{\"inputs\": [" + "[1, 2, 3], ".repeat(200) + "[1, 2, 3]]}";
      HttpResponse<String> r = post(s.port(), "/invocations", JSON, big);
      assertThat(r.statusCode()).isEqualTo(413);
      assertThat(r.headers().firstValue("content-type")).contains(JSON);
      assertThat(r.body()).isEqualTo("{\"error_code\": \"BAD_REQUEST\", \"message\": \"The request body is larger than the"
          + " limit of 1024 bytes.\"}");
      assertThat(post(s.port(), "/invocations", JSON, "{\"inputs\": [[1, 2, 3]]}").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aBodyTricklingInSlowerThanTheTimeoutIs504() {
    try (ScoringServer s = ScoringServer.start(TestServers.config().requestTimeout(Duration.ofSeconds(1)).build());
        RawHttp raw = new RawHttp(s.port())) {
      raw.send("POST /invocations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n");
      raw.send("{\"inp");
      SleepLoader.sleep(400);
      raw.send("uts\": ");
      String answer = raw.readToEnd();
      assertThat(answer).startsWith("HTTP/1.1 504 GATEWAY TIMEOUT").contains("connection: close")
          .endsWith("{\"error_code\": \"DEADLINE_EXCEEDED\", \"message\": \"The request did not complete within the timeout"
              + " of 1.0 seconds (MLFLOW_SCORING_SERVER_REQUEST_TIMEOUT).\"}");
    }
  }

  @Test
  void aPredictionSlowerThanTheTimeoutIs504() {
    Path model = SleepLoader.model(tmp.resolve("slow"), 0, 10_000);
    try (ScoringServer s = ScoringServer.start(ServerConfig.builder().model("slow", model.toString()).port(0)
        .accessLog(false).requestTimeout(Duration.ofSeconds(1)).drainTimeout(Duration.ofSeconds(1)).build())) {
      long start = System.nanoTime();
      HttpResponse<String> r = post(s.port(), "/invocations", JSON, "{\"inputs\": [1, 2]}");
      assertThat(r.statusCode()).isEqualTo(504);
      assertThat(r.body()).contains("DEADLINE_EXCEEDED");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(9000));
    }
  }

  @Test
  void predictionsBeyondTheCapAre503() {
    Path model = SleepLoader.model(tmp.resolve("slow"), 0, 1500);
    try (ScoringServer s = ScoringServer.start(ServerConfig.builder().model("slow", model.toString()).port(0)
        .accessLog(false).maxInFlight(2).workers(2).build())) {
      List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        calls.add(TestServers.CLIENT.sendAsync(HttpRequest.newBuilder(TestServers.uri(s.port(), "/invocations"))
            .header("Content-Type", JSON).POST(HttpRequest.BodyPublishers.ofString("{\"inputs\": [1]}")).build(),
            HttpResponse.BodyHandlers.ofString()));
      }
      List<Integer> statuses = calls.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).sorted().toList();
      assertThat(statuses).containsExactly(200, 200, 503, 503, 503);
      HttpResponse<String> refused = calls.stream().map(CompletableFuture::join).filter(r -> r.statusCode() == 503)
          .findFirst().orElseThrow();
      assertThat(refused.body()).isEqualTo("{\"error_code\": \"TEMPORARILY_UNAVAILABLE\", \"message\": \"The server is at"
          + " its limit of 2 predictions in flight; retry later.\"}");
    }
  }

  @Test
  void keepAliveServesSeveralRequestsOnOneConnectionInOrder() {
    try (ScoringServer s = ScoringServer.start(TestServers.config().build()); RawHttp raw = new RawHttp(s.port())) {
      String body = "{\"inputs\": [[1, 2, 3]]}";
      String req = "POST /invocations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
          + body.length() + "\r\n\r\n" + body;
      // pipelined: three requests in one write, the middle one a GET
      String answers = raw.send(req + "GET /version HTTP/1.1\r\nHost: x\r\n\r\n" + req).readResponses(3);
      assertThat(answers.split("HTTP/1.1 200 OK", -1)).hasSize(4);
      assertThat(answers.indexOf("2.17.2")).isBetween(answers.indexOf("predictions"), answers.lastIndexOf("predictions"));
    }
  }

  @Test
  void readinessFollowsBackgroundLoading() {
    Path model = SleepLoader.model(tmp.resolve("late"), 1500, 0);
    try (ScoringServer s = ScoringServer.start(ServerConfig.builder().model("late", model.toString())
        .model("broken", tmp.resolve("absent").toString()).port(0).accessLog(false).loadInBackground(true).build())) {
      assertThat(get(s.port(), "/ping").statusCode()).isEqualTo(503);
      assertThat(get(s.port(), "/v2/health/ready").statusCode()).isEqualTo(400);
      assertThat(get(s.port(), "/v2/health/live").statusCode()).isEqualTo(200);
      HttpResponse<String> early = post(s.port(), "/invocations", JSON, "{\"inputs\": [1]}");
      assertThat(early.statusCode()).isEqualTo(503);
      assertThat(early.body()).contains("The model 'late' is still loading.");
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (get(s.port(), "/models/late/ping").statusCode() != 200 && System.nanoTime() < deadline) {
        SleepLoader.sleep(100);
      }
      assertThat(get(s.port(), "/models/late/ping").statusCode()).isEqualTo(200);
      assertThat(get(s.port(), "/v2/models/late/ready").statusCode()).isEqualTo(200);
      // one model failed: the server as a whole is not ready, and says why
      assertThat(get(s.port(), "/ping").statusCode()).isEqualTo(503);
      assertThat(s.ready()).isFalse();
      assertThat(post(s.port(), "/models/broken/invocations", JSON, "{\"inputs\": [1]}").body())
          .contains("The model 'broken' failed to load: ");
    }
  }

  @Test
  void aModelThatCannotLoadFailsStart() {
    assertThatThrownBy(() -> ScoringServer.start(ServerConfig.builder().model("m", tmp.resolve("absent").toString())
        .port(0).build())).isInstanceOf(io.mlmodel.ModelException.class).hasMessageContaining("absent");
  }

  @Test
  void theTimeoutComesFromMlflowsVariable() {
    assertThat(ServerDefaults.envTimeout(Map.of())).isEqualTo(Duration.ofSeconds(60));
    assertThat(ServerDefaults.envTimeout(Map.of("MLFLOW_SCORING_SERVER_REQUEST_TIMEOUT", "7"))).isEqualTo(Duration.ofSeconds(7));
    assertThatThrownBy(() -> ServerDefaults.envTimeout(Map.of("MLFLOW_SCORING_SERVER_REQUEST_TIMEOUT", "soon")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("MLFLOW_SCORING_SERVER_REQUEST_TIMEOUT must be a"
            + " positive number of seconds: 'soon'");
    assertThatThrownBy(() -> ServerConfig.builder().model("a b", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ServerConfig.builder().build()).hasMessage("a server needs at least one model");
  }
}
