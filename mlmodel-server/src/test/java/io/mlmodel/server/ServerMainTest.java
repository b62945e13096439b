package io.mlmodel.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * ServerMain's command line in its own JVM: bad arguments and environment are a message and exit
 * code 2; the limits given reach the server.
 */
class ServerMainTest {

  private record Run(int exit, String output) {}

  /** A running ServerMain and the port it printed; closing it sends SIGTERM. */
  private record Started(Process process, int port) implements AutoCloseable {
    @Override
    public void close() throws InterruptedException {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  private static Started start(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "io.mlmodel.server.ServerMain", "linear=" + TestServers.linear(),
        "--port", "0", "--no-access-log"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String line = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
    if (line == null || !line.startsWith("listening on port ")) {
      p.destroyForcibly();
      throw new AssertionError("ServerMain did not start: " + line);
    }
    return new Started(p, Integer.parseInt(line.substring("listening on port ".length())));
  }

  private static Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "io.mlmodel.server.ServerMain"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().putAll(env);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(30, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("ServerMain did not exit: " + out);
    }
    return new Run(p.exitValue(), out);
  }

  @Test
  void aBadTimeoutInTheEnvironmentIsAMessageNotAStackTrace() throws Exception {
    // regression: the builder, created outside the command line's error handling, threw through main
    Run r = run(Map.of("MLFLOW_SCORING_SERVER_REQUEST_TIMEOUT", "abc"), "linear=" + TestServers.linear(), "--port", "0");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.output()).startsWith("error: MLFLOW_SCORING_SERVER_REQUEST_TIMEOUT must be a positive number of"
        + " seconds: 'abc'\nusage: ServerMain").doesNotContain("Exception");
  }

  @Test
  void aModelUriWithoutALastSegmentOrAnOptionWithoutValueIsAMessage() throws Exception {
    // regression: Path.of("/").getFileName() is null, a NullPointerException through main
    Run root = run(Map.of(), "/");
    assertThat(root.exit()).isEqualTo(2);
    assertThat(root.output()).startsWith("error: '/' has no last segment to name the model by: give NAME=/\n")
        .doesNotContain("Exception");
    Run port = run(Map.of(), "linear=" + TestServers.linear(), "--port");
    assertThat(port.exit()).isEqualTo(2);
    assertThat(port.output()).startsWith("error: --port needs a value\n");
  }

  @Test
  void maxBufferedBytesReachesTheServer() throws Exception {
    try (Started s = start("--max-request-bytes", "1000", "--max-buffered-bytes", "1500");
        RawHttp first = new RawHttp(s.port()); RawHttp second = new RawHttp(s.port())) {
      // the first head reserves its 1000 bytes (its 100 Continue says the server has it); 1000 more do not fit in 1500
      first.send("POST /invocations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000"
          + "\r\nExpect: 100-continue\r\n\r\n");
      assertThat(first.readHead()).startsWith("HTTP/1.1 100 Continue\r\n");
      second.send("POST /invocations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000"
          + "\r\n\r\n");
      assertThat(second.readToEnd()).startsWith("HTTP/1.1 503 SERVICE UNAVAILABLE").endsWith("{\"error_code\":"
          + " \"TEMPORARILY_UNAVAILABLE\", \"message\": \"The server is at its limit of 1500 bytes of request bodies;"
          + " retry later.\"}");
    }
    Run below = run(Map.of(), "linear=" + TestServers.linear(), "--max-request-bytes", "2000", "--max-buffered-bytes",
        "1000");
    assertThat(below.exit()).isEqualTo(2);
    assertThat(below.output()).startsWith("error: maxBufferedBytes must be at least the body limit (maxRequestBytes,"
        + " 2000): 1000\nusage: ServerMain");
  }

  @Test
  void maxConnectionsReachesTheServer() throws Exception {
    try (Started s = start("--max-connections", "1"); RawHttp first = new RawHttp(s.port())) {
      assertThat(first.send("GET /version HTTP/1.1\r\nHost: x\r\n\r\n").readResponses(1)).startsWith("HTTP/1.1 200 OK");
      try (RawHttp second = new RawHttp(s.port())) {
        assertThat(second.readToEnd()).isEmpty();
      }
    }
    Run zero = run(Map.of(), "linear=" + TestServers.linear(), "--max-connections", "0");
    assertThat(zero.exit()).isEqualTo(2);
    assertThat(zero.output()).startsWith("error: maxConnections must be positive: 0\nusage: ServerMain")
        .contains("[--max-connections N]");
  }
}
