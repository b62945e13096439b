package io.mlmodel.remote;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real MLflow 2.17.2 from ../shared/oracle: where it is, and {@code
 * mlflow.pyfunc.load_model(dir).predict} through one Python process (oracle.py). Tests skip when
 * ../shared is absent, unless {@code mlmodel.requireShared=true} turns that into a failure.
 */
final class Oracle implements AutoCloseable {
  static final JsonMapper JSON = JsonMapper.builder().enable(tools.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  private final Process process;
  private final Writer in;
  private final BufferedReader out;

  private Oracle(Process process) {
    this.process = process;
    this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  /** The shared folder; skips the calling test when it is absent and not required. */
  static Path shared() {
    Path root = Paths.get(System.getProperty("mlmodel.shared", "../../shared")).toAbsolutePath().normalize();
    boolean present = Files.isDirectory(root.resolve("fixtures-mlflow")) && Files.isRegularFile(root.resolve("oracle/setup.sh"));
    if (!present && Boolean.getBoolean("mlmodel.requireShared")) {
      throw new AssertionError("mlmodel.requireShared is set but " + root + " has no fixtures-mlflow/ and oracle/");
    }
    assumeTrue(present, "no shared reference material at " + root);
    return root;
  }

  static Path fixture(String name) {
    return shared().resolve("fixtures-mlflow").resolve(name);
  }

  static Path testdata(String name) {
    return Paths.get(System.getProperty("mlmodel.testdata", "../testdata")).toAbsolutePath().normalize().resolve(name);
  }

  /** The oracle's folder: $HOME/.cache/mlflow-oracle, set up by ../shared/oracle/setup.sh when missing. */
  static Path home() {
    Path shared = shared();
    Path dest = Path.of(System.getProperty("user.home"), ".cache", "mlflow-oracle");
    if (!Files.isExecutable(dest.resolve("bin/mlflow"))) {
      try {
        Process p = new ProcessBuilder("bash", shared.resolve("oracle/setup.sh").toString(), dest.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        p.getInputStream().readAllBytes();
        if (p.waitFor() != 0) {
          throw new AssertionError("../shared/oracle/setup.sh failed with " + p.exitValue());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    return dest;
  }

  static List<String> mlflow() {
    return List.of(home().resolve("bin/mlflow").toString());
  }

  static Oracle start() {
    try {
      Path script = Files.createTempFile("oracle", ".py");
      try (var s = Oracle.class.getResourceAsStream("oracle.py")) {
        Files.write(script, s.readAllBytes());
      }
      script.toFile().deleteOnExit();
      return new Oracle(new ProcessBuilder(home().resolve("bin/python").toString(), script.toString())
          .redirectError(ProcessBuilder.Redirect.DISCARD).start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What {@code load_model(model).predict(eval(pythonInput), params)} returns, described. */
  @SuppressWarnings("unchecked")
  synchronized Map<String, Object> predict(Path model, String pythonInput, Map<String, ?> params) {
    Map<String, Object> req = new LinkedHashMap<>();
    req.put("model", model.toString());
    req.put("input", pythonInput);
    req.put("params", params.isEmpty() ? null : params);
    try {
      in.write(JSON.writeValueAsString(req) + "\n");
      in.flush();
      String line = out.readLine();
      if (line == null) {
        throw new AssertionError("the oracle's Python ended");
      }
      return JSON.readValue(line, Map.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    process.destroy();
  }
}
