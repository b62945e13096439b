package io.mlmodel.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * /docs in a real browser: headless Chromium opens Swagger UI, expands {@code POST /invocations},
 * presses "Try it out" (the body is the model's serving input example) and "Execute", and the
 * predictions appear. Needs Debian's chromium and chromium-driver (.ci/setup-server.sh); skips
 * without them unless -Dmlmodel.requireShared=true.
 */
class SwaggerUiBrowserTest {
  @TempDir Path tmp;

  @Test
  void tryItOutShowsThePredictions() throws Exception {
    boolean present = Files.isExecutable(Path.of("/usr/bin/chromium")) && Files.isExecutable(Path.of("/usr/bin/chromedriver"));
    if (!present && Boolean.getBoolean("mlmodel.requireShared")) {
      throw new AssertionError("chromium and chromedriver are required (.ci/setup-server.sh)");
    }
    assumeTrue(present, "no chromium/chromedriver");
    Path model = withServingExample(tmp.resolve("linear"));
    try (ScoringServer server = ScoringServer.start(ServerConfig.builder().model("linear", model.toString()).port(0)
        .accessLog(false).build()); WebDriver browser = new WebDriver(tmp.resolve("profile"))) {
      browser.open("http://127.0.0.1:" + server.port() + "/docs");
      Duration wait = Duration.ofSeconds(60);
      browser.click(browser.find("#operations-default-invocations .opblock-summary-control", wait));
      browser.click(browser.find("#operations-default-invocations .try-out__btn", wait));
      assertThat(browser.text(browser.find("#operations-default-invocations textarea.body-param__text", wait)))
          .contains("\"inputs\"");
      browser.click(browser.find("#operations-default-invocations .execute", wait));
      String status = browser.text(browser.find("#operations-default-invocations .live-responses-table tbody .response-col_status", wait));
      assertThat(status.strip()).startsWith("200");
      String body = browser.text(browser.find("#operations-default-invocations .live-responses-table tbody .response-col_description pre", wait));
      assertThat(body.replaceAll("\\s", "")).isEqualTo("{\"predictions\":{\"y\":[[-0.5,10]]}}");
    }
  }

  /** A copy of the linear model with a serving input example, as MLflow writes one. */
  private static Path withServingExample(Path dir) throws Exception {
    Files.createDirectories(dir);
    try (Stream<Path> files = Files.list(TestServers.testdata("onnx/external_data"))) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, dir.resolve(f.getFileName().toString()));
      }
    }
    Files.writeString(dir.resolve("serving_input_example.json"), "{\n  \"inputs\": [\n    [1.0, 2.0, 3.0]\n  ]\n}");
    Files.writeString(dir.resolve("input_example.json"), "[[1.0, 2.0, 3.0]]");
    Files.writeString(dir.resolve("MLmodel"), Files.readString(dir.resolve("MLmodel")) + "saved_input_example_info:\n"
        + "  artifact_path: input_example.json\n  serving_input_path: serving_input_example.json\n  type: ndarray\n");
    return dir;
  }
}
