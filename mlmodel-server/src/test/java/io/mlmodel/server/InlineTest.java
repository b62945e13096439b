package io.mlmodel.server;

import static io.mlmodel.server.TestServers.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where predictions run: a cheap model's batch 1 on the event loop, its large bodies on a worker. */
class InlineTest {
  private static final String JSON = "application/json";
  @TempDir Path tmp;

  /**
   * Regression: once a model was measured cheap at batch 1, every body up to 16 KiB ran on the
   * event loop, so a large batch held the loop (and its connections' 504s) for as long as it took.
   */
  @Test
  void aLargeBodyToACheapModelRunsOnAWorkerWhileBatchOneStaysOnTheEventLoop() {
    Path model = SleepLoader.model(tmp.resolve("cheap"), 0, 0);
    try (ScoringServer s = ScoringServer.start(ServerConfig.builder().model("cheap", model.toString()).port(0)
        .accessLog(false).build())) {
      String small = "{\"inputs\": [1]}";
      // measured on workers first; inline once enough measurements were cheap
      int sent = 0;
      do {
        assertThat(post(s.port(), "/invocations", JSON, small).statusCode()).isEqualTo(200);
        sent++;
      } while (SleepLoader.lastThread().startsWith("mlmodel-worker-") && sent < 5_000);
      assertThat(sent).as("requests before the model ran inline").isGreaterThan(Cost.WINDOW);
      assertThat(SleepLoader.lastThread()).doesNotStartWith("mlmodel-worker-");
      String loop = SleepLoader.lastThread();
      // about 10 KB, under the fixed 16 KiB bound but far larger than anything measured cheap
      String large = "{\"inputs\": [" + "1, ".repeat(3_000) + "1]}";
      assertThat(large.length()).isLessThan(Cost.INLINE_MAX_BYTES);
      assertThat(post(s.port(), "/invocations", JSON, large).statusCode()).isEqualTo(200);
      assertThat(SleepLoader.lastThread()).startsWith("mlmodel-worker-");
      // batch 1 is still on the event loop
      assertThat(post(s.port(), "/invocations", JSON, small).statusCode()).isEqualTo(200);
      assertThat(SleepLoader.lastThread()).doesNotStartWith("mlmodel-worker-").isEqualTo(loop);
    }
  }
}
