package io.mlmodel.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The managed server's output: logged and kept line by line, within bounds. */
class ServerOutputTest {
  private static final System.Logger QUIET = System.getLogger("io.mlmodel.remote.ServerOutputTest");

  /**
   * Regression: a line without a break (a process writing megabytes to one line) was read whole
   * into one String, without bound, and kept among the last lines.
   */
  @Test
  void aLineWithoutABreakIsReadInPiecesOfAtMostTheLineBound() throws IOException, InterruptedException {
    Process p = new ProcessBuilder("sh", "-c", "printf 'first\\r\\n'; head -c 100000 /dev/zero | tr '\\000' x; echo; echo last")
        .redirectErrorStream(true).start();
    ServerOutput out = new ServerOutput(QUIET, "test");
    out.pump(p);
    assertThat(p.waitFor()).isZero();
    // the reader may still be reading after the exit (tailAfterExit waits 500 ms, a loaded CI machine more)
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!out.tail().endsWith("\nlast") && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    List<String> kept = Arrays.asList(out.tail().split("\n", -1));
    assertThat(kept).last().isEqualTo("last");
    assertThat(kept).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(ServerOutput.MAX_LINE));
    assertThat(String.join("", kept.subList(1, kept.size() - 1))).isEqualTo("x".repeat(100_000));
    assertThat(kept.get(0)).isEqualTo("first");
  }
}
