package io.mlmodel.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one parser of the server's command line, for ServerMain and {@code mlmodel serve}. */
class ServerArgumentsTest {
  private static final String MODEL = TestServers.linear();

  @Test
  void everyOptionReachesItsSetting() {
    ServerConfig c = ServerArguments.parse(List.of("--host", "0.0.0.0", "lin=" + MODEL, "-p", "0", "--workers", "3",
        "--timeout", "7", "--max-request-bytes", "1000", "--max-buffered-bytes", "5000", "--max-connections", "9",
        "--no-access-log", "models:/iris/2"));
    assertThat(c.models()).containsExactly(java.util.Map.entry("lin", MODEL), java.util.Map.entry("2", "models:/iris/2"));
    assertThat(c.host()).isEqualTo("0.0.0.0");
    assertThat(c.port()).isZero();
    assertThat(c.workers()).isEqualTo(3);
    assertThat(c.requestTimeout()).isEqualTo(Duration.ofSeconds(7));
    assertThat(c.enforcement().maxRequestBytes()).isEqualTo(1000);
    assertThat(c.maxBufferedBytes()).isEqualTo(5000);
    assertThat(c.maxConnections()).isEqualTo(9);
    assertThat(c.accessLog()).isFalse();
    assertThat(ServerArguments.options()).extracting(o -> o.names().get(0)).containsExactly("--host", "--port",
        "--workers", "--timeout", "--max-request-bytes", "--max-buffered-bytes", "--max-connections", "--no-access-log");
  }

  @Test
  void modelsAreNamedAfterTheirLastSegmentUnlessNamed() {
    assertThat(ServerArguments.parse(List.of("dir/sub/my_model/", "runs:/abc/model", "file:/tmp/lin", "a=" + MODEL))
        .models()).containsOnlyKeys("my_model", "model", "lin", "a");
  }

  @Test
  void badCommandLinesAreMessagesNamingTheProblem() {
    assertThatThrownBy(() -> ServerArguments.parse(List.of(MODEL, "--port", "http")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Invalid value for option '--port': 'http' is not an int");
    assertThatThrownBy(() -> ServerArguments.parse(List.of(MODEL, "--timeout")))
        .hasMessage("--timeout needs a value");
    assertThatThrownBy(() -> ServerArguments.parse(List.of(MODEL, "--nope"))).hasMessage("unknown option '--nope'");
    assertThatThrownBy(() -> ServerArguments.parse(List.of("--port", "0"))).hasMessage("no model given");
    assertThatThrownBy(() -> ServerArguments.parse(List.of("/"))).hasMessage("'/' has no last segment to name the"
        + " model by: give NAME=/");
    assertThatThrownBy(() -> ServerArguments.parse(List.of(MODEL, "--max-connections", "-1")))
        .hasMessage("maxConnections must be positive: -1");
  }
}
