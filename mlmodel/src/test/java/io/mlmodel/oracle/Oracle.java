package io.mlmodel.oracle;

import io.mlmodel.testsupport.SharedData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real MLflow 2.17.2 of ../shared/oracle, answering a whole batch of cases in one Python
 * process (testdata/oracle/driver.py reads JSON lines on stdin and writes one result line each).
 * Skips the calling test where ../shared is absent (fails when mlmodel.requireShared is set).
 */
final class Oracle {
  /** Python's JSON: NaN and Infinity as bare tokens, both ways. */
  static final JsonMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
      .build();

  private static Path python;

  private Oracle() {}

  /** The oracle's python, installed by its setup script on first use. */
  static synchronized Path python() {
    if (python == null) {
      Path setup = SharedData.root().resolve("oracle/setup.sh");
      try {
        Process p = new ProcessBuilder("bash", setup.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!p.waitFor(15, TimeUnit.MINUTES) || p.exitValue() != 0) {
          throw new AssertionError("oracle setup failed: " + setup);
        }
        String[] lines = out.split("\n");
        python = Paths.get(lines[lines.length - 1].trim(), "bin", "python");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    return python;
  }

  /** MLflow's answers to {@code cases}, in order. */
  static List<JsonNode> run(List<? extends JsonNode> cases) {
    Path py = python();
    Path driver = Paths.get("testdata/oracle/driver.py").toAbsolutePath();
    try {
      Path in = Files.createTempFile("oracle-in", ".jsonl");
      Path err = Files.createTempFile("oracle-err", ".txt");
      try {
        StringBuilder sb = new StringBuilder();
        for (JsonNode c : cases) {
          sb.append(JSON.writeValueAsString(c)).append('\n');
        }
        Files.writeString(in, sb, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(py.toString(), driver.toString())
            .redirectInput(in.toFile()).redirectError(err.toFile()).start();
        List<JsonNode> out = new ArrayList<>(cases.size());
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
          String line;
          while ((line = r.readLine()) != null) {
            out.add(JSON.readTree(line));
          }
        }
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0 || out.size() != cases.size()) {
          p.destroyForcibly();
          throw new AssertionError("the oracle failed after " + out.size() + " of " + cases.size() + " cases: "
              + Files.readString(err));
        }
        return out;
      } finally {
        Files.deleteIfExists(in);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
