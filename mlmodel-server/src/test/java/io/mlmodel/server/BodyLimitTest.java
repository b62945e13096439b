package io.mlmodel.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.enforce.EnforcementOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The body limit with {@code Expect}: 413 or 417, and the connection closed. */
class BodyLimitTest {
  @Test
  void aBodyOverTheLimitBehindExpect100ContinueIs413WithTheErrorJsonAndClosed() {
    // regression: Netty answered a bare 413 without body, kept the connection open, and the deadline
    // then wrote a stray 504 on it (a next request would have been read as the refused body)
    try (ScoringServer s = ScoringServer.start(TestServers.config().requestTimeout(Duration.ofSeconds(1))
        .enforcement(EnforcementOptions.builder().maxRequestBytes(1024).build()).build());
        RawHttp raw = new RawHttp(s.port())) {
      String answer = raw.send("POST /invocations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
          + "Expect: 100-continue\r\nContent-Length: 100000\r\n\r\n").readToEnd();
      assertThat(answer).startsWith("HTTP/1.1 413 REQUEST ENTITY TOO LARGE").contains("connection: close")
          .endsWith("\r\n\r\n{\"error_code\": \"BAD_REQUEST\", \"message\": \"The request body is larger than the limit"
              + " of 1024 bytes.\"}");
    }
  }

  @Test
  void aMalformedHeadExpecting100ContinueIs400() {
    // regression: reading its Content-Length for the 100 Continue threw, and the connection was
    // closed without an answer
    try (ScoringServer s = ScoringServer.start(TestServers.config().build()); RawHttp raw = new RawHttp(s.port())) {
      String answer = raw.send("POST /invocations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
          + "Expect: 100-continue\r\nContent-Length: abc\r\n\r\n").readToEnd();
      assertThat(answer).startsWith("HTTP/1.1 400 BAD REQUEST").contains("connection: close")
          .endsWith("\r\n\r\nBad Request: Content-Length value is not a number: abc");
    }
  }

  @Test
  void anUnknownExpectationIs417AndTheConnectionClosed() {
    // regression: after the 417 the connection stayed open and the deadline wrote a stray 504 on it
    try (ScoringServer s = ScoringServer.start(TestServers.config().requestTimeout(Duration.ofSeconds(1)).build());
        RawHttp raw = new RawHttp(s.port())) {
      String answer = raw.send("POST /invocations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
          + "Expect: something-else\r\nContent-Length: 23\r\n\r\n").readToEnd();
      assertThat(answer).startsWith("HTTP/1.1 417 ").endsWith("\r\n\r\n").doesNotContain("504");
    }
  }
}
