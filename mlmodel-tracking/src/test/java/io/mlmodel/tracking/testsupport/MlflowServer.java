package io.mlmodel.tracking.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real MLflow 2.17.2 tracking server from ../shared/oracle, on 127.0.0.1 and a free port, in a
 * process group of its own (setsid) that {@link #close()} ends. Skips the calling test where
 * ../shared is absent, unless {@code mlmodel.requireShared=true}. Shared with mlmodel-tracking-s3's
 * tests through this module's test-jar, with {@code populate.py} beside it.
 */
public final class MlflowServer implements AutoCloseable {
  private final Process process;
  private final URI uri;
  private final Path work;
  private final Path oracle;

  private MlflowServer(Process process, URI uri, Path work, Path oracle) {
    this.process = process;
    this.uri = uri;
    this.work = work;
    this.oracle = oracle;
  }

  /** The oracle's folder (setup.sh run once); skips when ../shared is absent. */
  public static Path oracle() throws IOException, InterruptedException {
    Path shared = Paths.get(System.getProperty("mlmodel.shared", "../../shared")).toAbsolutePath().normalize();
    boolean present = Files.isRegularFile(shared.resolve("oracle/setup.sh"));
    if (!present && Boolean.getBoolean("mlmodel.requireShared")) {
      throw new AssertionError("mlmodel.requireShared is set but " + shared + " has no oracle/setup.sh");
    }
    assumeTrue(present, "no shared oracle at " + shared);
    Process p = new ProcessBuilder("bash", shared.resolve("oracle/setup.sh").toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (p.waitFor() != 0) {
      throw new IOException("oracle setup failed");
    }
    return Path.of(out.substring(out.lastIndexOf('\n') + 1));
  }

  /** Starts a server keeping its database and artifacts in {@code work}. */
  public static MlflowServer start(Path work, Map<String, String> env, String... extra) throws Exception {
    Path oracle = oracle();
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    List<String> cmd = new ArrayList<>(List.of("setsid", oracle.resolve("bin/mlflow").toString(), "server",
        "--host", "127.0.0.1", "--port", Integer.toString(port),
        "--backend-store-uri", "sqlite:///" + work.resolve("mlflow.db"), "--workers", "1"));
    cmd.addAll(extra.length > 0 ? List.of(extra) : List.of("--artifacts-destination", work.resolve("artifacts").toString()));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(work.resolve("server.log").toFile());
    pb.environment().putAll(env);
    MlflowServer server = new MlflowServer(pb.start(), URI.create("http://127.0.0.1:" + port), work, oracle);
    server.awaitHealth();
    return server;
  }

  public URI uri() {
    return uri;
  }

  private void awaitHealth() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException("mlflow server exited: " + Files.readString(work.resolve("server.log")));
      }
      try {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri.resolve("/health"))
            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(300);
    }
    close();
    throw new IOException("mlflow server did not answer /health within 120 s");
  }

  /** Runs a Python script with MLflow on its path; returns the JSON object it printed last. */
  public JsonNode python(Map<String, String> env, String resource, String... args) throws Exception {
    Path script = work.resolve(resource);
    try (InputStream in = MlflowServer.class.getResourceAsStream(resource)) {
      Files.copy(in, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    List<String> cmd = new ArrayList<>(List.of(oracle.resolve("bin/python").toString(), script.toString(), uri.toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(work.resolve(resource + ".log").toFile());
    pb.environment().putAll(env);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (p.waitFor() != 0) {
      throw new IOException(resource + " failed: " + Files.readString(work.resolve(resource + ".log")));
    }
    return JsonMapper.builder().build().readTree(out.substring(out.lastIndexOf('\n') + 1));
  }

  /** Ends the whole process group (gunicorn outlives its parent). */
  @Override
  public void close() throws Exception {
    long pgid = process.pid();
    new ProcessBuilder("kill", "-TERM", "--", "-" + pgid).start().waitFor();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      new ProcessBuilder("kill", "-KILL", "--", "-" + pgid).start().waitFor();
      process.waitFor(5, TimeUnit.SECONDS);
    }
    Thread.sleep(200);
    new ProcessBuilder("kill", "-KILL", "--", "-" + pgid).start().waitFor(); // workers that ignored TERM
  }
}
