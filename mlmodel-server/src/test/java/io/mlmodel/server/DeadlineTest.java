package io.mlmodel.server;

import static io.mlmodel.server.TestServers.get;
import static io.mlmodel.server.TestServers.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The request timeout at its extremes, and for pipelined requests. */
class DeadlineTest {
  private static final String JSON = "application/json";
  private static final String SLOW_REQUEST = "POST /invocations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
      + "Content-Length: 15\r\n\r\n{\"inputs\": [1]}";
  @TempDir Path tmp;

  @Test
  void aRequestTimeoutBeyondWhatNanosecondsHoldIsNoTimeoutAndTheServerServes() {
    // regression: Duration.toNanos overflowed in each connection's set-up, so every connection was dropped
    try (ScoringServer s = ScoringServer.start(TestServers.config().requestTimeout(Duration.ofSeconds(Long.MAX_VALUE))
        .drainTimeout(Duration.ofSeconds(Long.MAX_VALUE)).build())) {
      assertThat(get(s.port(), "/ping").statusCode()).isEqualTo(200);
      assertThat(post(s.port(), "/invocations", JSON, "{\"inputs\": [[1, 2, 3]]}").statusCode()).isEqualTo(200);
    }
  }

  /**
   * Regression: a request pipelined behind another, whose head arrived while the first was being
   * predicted and whose body was still arriving when the first was answered, was taken for an
   * idle connection at the timeout and closed without its 504.
   */
  @Test
  void aPipelinedRequestWhoseBodyTricklesInGets504() {
    try (ScoringServer s = ScoringServer.start(slow(Duration.ofSeconds(1))); RawHttp raw = new RawHttp(s.port())) {
      // one write: a whole request (predicted for 300 ms), then the head of the next and the start of its body
      raw.send(SLOW_REQUEST + "POST /invocations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
          + "Content-Length: 100\r\n\r\n{\"inp");
      SleepLoader.sleep(500);
      raw.send("uts\": ");
      String answers = raw.readToEnd();
      assertThat(answers).startsWith("HTTP/1.1 200 OK").contains("[1]}HTTP/1.1 504 GATEWAY TIMEOUT")
          .endsWith("{\"error_code\": \"DEADLINE_EXCEEDED\", \"message\": \"The request did not complete within the"
              + " timeout of 1.0 seconds (MLFLOW_SCORING_SERVER_REQUEST_TIMEOUT).\"}");
    }
  }

  @Test
  void aPipelinedRequestWhoseBodyArrivesInTimeIsAnswered() {
    try (ScoringServer s = ScoringServer.start(slow(Duration.ofSeconds(2))); RawHttp raw = new RawHttp(s.port())) {
      raw.send(SLOW_REQUEST + SLOW_REQUEST.substring(0, SLOW_REQUEST.length() - 5));
      SleepLoader.sleep(500);
      raw.send(SLOW_REQUEST.substring(SLOW_REQUEST.length() - 5));
      String answers = raw.readResponses(2);
      assertThat(answers.split("HTTP/1.1 200 OK", -1)).hasSize(3);
      assertThat(answers).endsWith("[1]}");
    }
  }

  private ServerConfig slow(Duration timeout) {
    Path model = SleepLoader.model(tmp.resolve("slow"), 0, 300);
    return ServerConfig.builder().model("slow", model.toString()).port(0).accessLog(false).requestTimeout(timeout)
        .build();
  }
}
