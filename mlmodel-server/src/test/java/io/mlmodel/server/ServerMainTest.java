package io.mlmodel.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** ServerMain's command line in its own JVM: bad arguments and environment are a message and exit code 2. */
class ServerMainTest {

  private record Run(int exit, String output) {}

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
}
