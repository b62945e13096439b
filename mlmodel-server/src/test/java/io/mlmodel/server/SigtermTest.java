package io.mlmodel.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ServerMain in its own JVM: SIGTERM while a prediction runs lets it finish, then the JVM exits. */
class SigtermTest {
  @TempDir Path tmp;

  @Test
  void sigtermDrainsTheRequestInFlight() throws Exception {
    Path model = SleepLoader.model(tmp.resolve("slow"), 0, 2000);
    int port = MlflowOracle.freePort();
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), "io.mlmodel.server.ServerMain", "slow=" + model, "--port",
        Integer.toString(port), "--no-access-log").redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!up(port) && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      CompletableFuture<HttpResponse<String>> call = TestServers.CLIENT.sendAsync(HttpRequest.newBuilder(
          TestServers.uri(port, "/invocations")).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"inputs\": [7]}")).build(), HttpResponse.BodyHandlers.ofString());
      while (!TestServers.get(port, "/metrics").body().contains("mlmodel_predictions_in_flight 1.0")
          && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      p.destroy(); // SIGTERM
      HttpResponse<String> r = call.get(30, TimeUnit.SECONDS);
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).isEqualTo("{\"predictions\": [7]}");
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).isEqualTo(143); // 128 + SIGTERM, after the shutdown hook ran
    } finally {
      p.destroyForcibly();
    }
  }

  private static boolean up(int port) {
    try {
      return TestServers.CLIENT.send(HttpRequest.newBuilder(TestServers.uri(port, "/ping")).build(),
          HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
    } catch (java.io.IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
