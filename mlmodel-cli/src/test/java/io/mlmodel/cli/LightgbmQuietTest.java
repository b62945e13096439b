package io.mlmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The CLI carries an SLF4J provider for lightgbm4j (slf4j-nop), so loading LightGBM's natives
 * prints no "No SLF4J providers were found" notice into the command's stderr. A fresh JVM, since
 * SLF4J reports only once per process.
 */
class LightgbmQuietTest {

  @Test
  void predictOnALightgbmModelWritesNothingToStderr() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
        "io.mlmodel.cli.Main", "predict", "testdata/lightgbm/binary", "--input", "testdata/lightgbm/probe.input.json"))
        .redirectInput(ProcessBuilder.Redirect.PIPE)
        .start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(err).isZero();
    assertThat(err).isEmpty();
    assertThat(new String(out, StandardCharsets.UTF_8)).startsWith("{\"predictions\":[0.");
  }
}
