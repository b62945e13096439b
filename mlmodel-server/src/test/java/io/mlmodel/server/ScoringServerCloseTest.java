package io.mlmodel.server;

import static io.mlmodel.server.TestServers.get;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closing a server under a prediction that outlives the drain timeout. */
class ScoringServerCloseTest {
  private static final String JSON = "application/json";
  @TempDir Path tmp;

  @Test
  void aPredictionThatOutlivesCloseEndsQuietly() throws Exception {
    // regression: its answer was handed to a terminated event loop: a RejectedExecutionException
    // uncaught on the worker thread, and the answer's and the request's buffers never released
    List<Throwable> uncaught = new java.util.concurrent.CopyOnWriteArrayList<>();
    Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
    try {
      Path model = SleepLoader.model(tmp.resolve("slow"), 0, 1000);
      ScoringServer s = ScoringServer.start(ServerConfig.builder().model("slow", model.toString()).port(0)
          .accessLog(false).drainTimeout(java.time.Duration.ZERO).build());
      TestServers.CLIENT.sendAsync(HttpRequest.newBuilder(TestServers.uri(s.port(), "/invocations"))
          .header("Content-Type", JSON).POST(HttpRequest.BodyPublishers.ofString("{\"inputs\": [1]}")).build(),
          HttpResponse.BodyHandlers.ofString());
      long deadline = System.nanoTime() + 5_000_000_000L;
      while (!get(s.port(), "/metrics").body().contains("mlmodel_predictions_in_flight 1.0") && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      s.close(); // the drain gives up at once; the prediction ends after the event loops
      Thread.sleep(500);
      assertThat(uncaught).isEmpty();
    } finally {
      Thread.setDefaultUncaughtExceptionHandler(before);
    }
  }

  @Test
  void closeLeavesAModelOpenWhileAPredictionStillRunsOnIt() throws Exception {
    // regression: after waiting 5 s for the workers, close() closed every predictor, also one a
    // prediction still ran on (for ONNX Runtime, a session closed under a run)
    Path model = SleepLoader.model(tmp.resolve("slower"), 0, 6500);
    ScoringServer s = ScoringServer.start(ServerConfig.builder().model("slower", model.toString()).port(0)
        .accessLog(false).drainTimeout(java.time.Duration.ZERO).build());
    TestServers.CLIENT.sendAsync(HttpRequest.newBuilder(TestServers.uri(s.port(), "/invocations"))
        .header("Content-Type", JSON).POST(HttpRequest.BodyPublishers.ofString("{\"inputs\": [1]}")).build(),
        HttpResponse.BodyHandlers.ofString());
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (!get(s.port(), "/metrics").body().contains("mlmodel_predictions_in_flight 1.0") && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    int before = SleepLoader.closedWhileRunning();
    s.close();
    assertThat(SleepLoader.closedWhileRunning() - before).isZero();
  }
}
