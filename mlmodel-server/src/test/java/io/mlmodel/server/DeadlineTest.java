package io.mlmodel.server;

import static io.mlmodel.server.TestServers.get;
import static io.mlmodel.server.TestServers.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The request timeout at its extremes. */
class DeadlineTest {
  private static final String JSON = "application/json";

  @Test
  void aRequestTimeoutBeyondWhatNanosecondsHoldIsNoTimeoutAndTheServerServes() {
    // regression: Duration.toNanos overflowed in each connection's set-up, so every connection was dropped
    try (ScoringServer s = ScoringServer.start(TestServers.config().requestTimeout(Duration.ofSeconds(Long.MAX_VALUE))
        .drainTimeout(Duration.ofSeconds(Long.MAX_VALUE)).build())) {
      assertThat(get(s.port(), "/ping").statusCode()).isEqualTo(200);
      assertThat(post(s.port(), "/invocations", JSON, "{\"inputs\": [[1, 2, 3]]}").statusCode()).isEqualTo(200);
    }
  }
}
