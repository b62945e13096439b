package io.mlmodel.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HostInUrlTest {
  /** Regression: serving on ::1 was announced as http://::1:PORT, which no URL parser reads. */
  @Test
  void anIpv6AddressIsBracketedInTheAnnouncedUrl() {
    assertThat(ScoringServer.hostInUrl("::1")).isEqualTo("[::1]");
    assertThat(ScoringServer.hostInUrl("[::1]")).isEqualTo("[::1]");
    assertThat(ScoringServer.hostInUrl("127.0.0.1")).isEqualTo("127.0.0.1");
    assertThat(ScoringServer.hostInUrl("localhost")).isEqualTo("localhost");
  }
}
