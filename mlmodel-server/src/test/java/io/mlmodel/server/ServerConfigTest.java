package io.mlmodel.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.enforce.EnforcementOptions;
import org.junit.jupiter.api.Test;

/** {@link ServerConfig#maxBufferedBytes()}: its validation and its default. */
class ServerConfigTest {
  private static final long MIB = 1024 * 1024;

  @Test
  void maxBufferedBytesMustBePositive() {
    assertThatThrownBy(() -> TestServers.config().maxBufferedBytes(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxBufferedBytes must be positive: 0");
    assertThatThrownBy(() -> TestServers.config().maxBufferedBytes(-5)).hasMessage("maxBufferedBytes must be positive: -5");
  }

  @Test
  void aMaxBufferedBytesGivenIsKeptWhateverTheHeap() {
    assertThat(TestServers.config().maxBufferedBytes(Long.MAX_VALUE).build().maxBufferedBytes()).isEqualTo(Long.MAX_VALUE);
    assertThat(TestServers.config().maxBufferedBytes(8 * MIB).build().maxBufferedBytes()).isEqualTo(8 * MIB);
  }

  @Test
  void maxBufferedBytesMustHoldAtLeastOneBodyOfTheLimit() {
    // below the body limit, a body the limit allows could never be accepted: a 503 for ever
    assertThatThrownBy(() -> TestServers.config().maxBufferedBytes(1000)
        .enforcement(EnforcementOptions.builder().maxRequestBytes(1024).build()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxBufferedBytes must be at least the body limit (maxRequestBytes, 1024): 1000");
    // equal to the body limit is allowed: one body at a time
    assertThat(TestServers.config().maxBufferedBytes(1024)
        .enforcement(EnforcementOptions.builder().maxRequestBytes(1024).build()).build().maxBufferedBytes()).isEqualTo(1024);
  }

  @Test
  void theDefaultIsAQuarterOfTheHeapBetweenOneBodyAndMaxInFlightBodies() {
    // the documented setup: -Xmx256m, 8 MiB bodies, 256 in flight
    assertThat(ServerDefaults.defaultMaxBufferedBytes(8 * MIB, 256, 256 * MIB)).isEqualTo(64 * MIB);
    assertThat(ServerDefaults.defaultMaxBufferedBytes(8 * MIB, 2, 4096 * MIB)).isEqualTo(16 * MIB);
    assertThat(ServerDefaults.defaultMaxBufferedBytes(8 * MIB, 256, 16 * MIB)).isEqualTo(8 * MIB);
    assertThat(ServerDefaults.defaultMaxBufferedBytes(Long.MAX_VALUE / 2, 256, 256 * MIB)).isEqualTo(Long.MAX_VALUE / 2);
    long heap = Runtime.getRuntime().maxMemory();
    // built, the default follows the body limit and the in-flight cap given to the builder
    assertThat(TestServers.config().maxInFlight(4).enforcement(EnforcementOptions.builder().maxRequestBytes(1024).build())
        .build().maxBufferedBytes()).isEqualTo(4096);
    assertThat(TestServers.config().build().maxBufferedBytes()).isEqualTo(Math.max(8 * MIB, Math.min(2048 * MIB, heap / 4)));
  }
}
