package io.mlmodel.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mlmodel.ModelException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A tracking server that fails: 500s, stalls, hostile listings, a death mid-download, redirects. */
class FaultTest {
  private static final String FILES = "/api/2.0/mlflow-artifacts/artifacts/";
  @TempDir Path cache;
  FakeServer server;

  @BeforeEach
  void start() throws IOException {
    server = new FakeServer();
    server.files.put("0/r1/artifacts/model/MLmodel", "flavors: {}\n".getBytes(StandardCharsets.UTF_8));
    server.files.put("0/r1/artifacts/model/data/weights.bin", new byte[100_000]);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private TrackingClient client(int retries, Map<String, String> vars) {
    return TrackingClient.builder().variables(vars).trackingUri(server.uri()).cacheDir(cache)
        .maxRetries(retries).backoffFactor(0).timeout(Duration.ofSeconds(2)).build();
  }

  @Test
  void fiveHundredsAreRetriedThenTheDownloadSucceeds() throws IOException {
    AtomicInteger failures = new AtomicInteger(2);
    server.hook = ex -> {
      if (ex.getRequestURI().getPath().endsWith("/MLmodel") && failures.getAndDecrement() > 0) {
        FakeServer.send(ex, 500, "{\"error_code\":\"INTERNAL_ERROR\",\"message\":\"boom\"}");
        return true;
      }
      return false;
    };
    Path dir = client(3, Map.of()).resolve("runs:/r1/model");
    assertThat(dir.resolve("MLmodel")).hasContent("flavors: {}");
    assertThat(server.count(FILES + "0/r1/artifacts/model/MLmodel")).isEqualTo(3);
  }

  /**
   * Regression: an error page larger than the 64 KiB kept of it (a proxy's HTML page) was the error
   * "limit: the response is larger than allowed", and a 503 with such a page was not retried.
   */
  @Test
  void aLargeErrorPageIsCutNotFatal() throws IOException {
    AtomicInteger failures = new AtomicInteger(1);
    String page = "<html>" + "busy ".repeat(40_000) + "</html>";
    server.hook = ex -> {
      if (ex.getRequestURI().getPath().endsWith("/weights.bin") && failures.getAndDecrement() > 0) {
        FakeServer.send(ex, 503, page);
        return true;
      }
      if (ex.getRequestURI().getPath().endsWith("/MLmodel")) {
        FakeServer.send(ex, 404, page);
        return true;
      }
      return false;
    };
    assertThat(client(1, Map.of()).resolve("runs:/r1/model/data/weights.bin")).hasSize(100_000);
    ModelException e = catchThrowableOfType(ModelException.class, () -> client(0, Map.of()).resolve("runs:/r1/model"));
    assertThat(e.code()).isEqualTo("unsupported-server");
    assertThat(e.problem()).startsWith("GET " + server.uri() + FILES + "0/r1/artifacts/model/MLmodel failed with HTTP 404");
  }

  @Test
  void fiveHundredsBeyondTheRetriesAreAnError() {
    server.hook = ex -> {
      if (ex.getRequestURI().getPath().endsWith("/MLmodel")) {
        FakeServer.send(ex, 503, "{\"error_code\":\"TEMPORARILY_UNAVAILABLE\",\"message\":\"busy\"}");
        return true;
      }
      return false;
    };
    ModelException e = catchThrowableOfType(ModelException.class, () -> client(1, Map.of()).resolve("runs:/r1/model"));
    assertThat(e.code()).isEqualTo("http-error");
    assertThat(e.problem()).startsWith("GET " + server.uri() + FILES + "0/r1/artifacts/model/MLmodel failed with HTTP 503"
        + " TEMPORARILY_UNAVAILABLE: busy");
    assertThat(server.count(FILES + "0/r1/artifacts/model/MLmodel")).isEqualTo(2);
    assertNoEntries();
  }

  @Test
  void aSlowServerTimesOut() {
    server.hook = ex -> {
      if (ex.getRequestURI().getPath().endsWith("/weights.bin")) {
        ex.sendResponseHeaders(200, 100_000);
        ex.getResponseBody().write(new byte[10]);
        ex.getResponseBody().flush();
        sleep(6_000);
        return true;
      }
      return false;
    };
    TrackingClient warm = TrackingClient.builder().variables(Map.of()).trackingUri(server.uri()).cacheDir(cache).build();
    assertThat(warm.resolve("runs:/r1/model/MLmodel")).hasContent("flavors: {}"); // a warm JVM, so only the stall counts
    TrackingClient client = client(0, Map.of());
    long start = System.nanoTime();
    ModelException e = catchThrowableOfType(ModelException.class, () -> client.resolve("runs:/r1/model"));
    assertThat(e.code()).isEqualTo("timeout");
    assertThat(e.problem()).contains("no data for 2 s").endsWith("set the environment variable MLFLOW_HTTP_REQUEST_TIMEOUT to a larger value.");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).as(e.toString()).isBetween(Duration.ofSeconds(2), Duration.ofMillis(5_500));
    try (Stream<Path> files = Files.walk(cache)) {
      assertThat(files.filter(p -> p.getFileName().toString().equals("entry.json"))).as("only the warm-up's entry").hasSize(1);
    } catch (IOException x) {
      throw new java.io.UncheckedIOException(x);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"../evil", "..", "/etc/passwd", "a/../../b", "sub\\\\..\\\\x", "C:evil"})
  void aListingThatEscapesIsRefused(String name) {
    server.hook = ex -> {
      if (ex.getRequestURI().getPath().equals("/api/2.0/mlflow-artifacts/artifacts")
          && FakeServer.query(ex).getOrDefault("path", "").equals("0/r1/artifacts/model")) {
        FakeServer.send(ex, 200, "{\"files\":[{\"path\":\"" + name + "\",\"is_dir\":false,\"file_size\":3}]}");
        return true;
      }
      return false;
    };
    ModelException e = catchThrowableOfType(ModelException.class, () -> client(0, Map.of()).resolve("runs:/r1/model"));
    assertThat(e.code()).isEqualTo("path-escape");
    assertThat(e.problem()).startsWith("refused artifact name '" + name.replace("\\\\", "\\") + "' from the listing of '0/r1/artifacts/model'");
    assertThat(server.requests).noneMatch(r -> r.startsWith(FILES));
    assertNoEntries();
  }

  /** Regression: a listed name of at most 255 characters but more than 255 bytes failed as an UncheckedIOException mid-download. */
  @Test
  void aNameLongerThanAFileSystemAllowsIsRefused() {
    String name = "\u00e9".repeat(200); // 200 characters, 400 bytes in UTF-8
    server.files.put("0/r1/artifacts/model/" + name, new byte[3]);
    ModelException e = catchThrowableOfType(ModelException.class, () -> client(0, Map.of()).resolve("runs:/r1/model"));
    assertThat(e.code()).isEqualTo("path-escape");
    assertThat(e.problem()).startsWith("refused artifact name '" + name + "' from the listing of '0/r1/artifacts/model'");
    assertThat(server.requests).noneMatch(r -> r.startsWith(FILES));
    assertNoEntries();
  }

  /** Regression: a Location that is no URL, or names no host, was an IllegalArgumentException. */
  @ParameterizedTest
  @ValueSource(strings = {"http:///nohost", "http://[::1/x", "http://exa mple.com/x"})
  void aRedirectToNoUrlIsAnHttpError(String location) {
    server.hook = ex -> {
      if (ex.getRequestURI().getPath().startsWith(FILES)) {
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(302, -1);
        return true;
      }
      return false;
    };
    ModelException e = catchThrowableOfType(ModelException.class, () -> client(0, Map.of()).resolve("runs:/r1/model"));
    assertThat(e.code()).isEqualTo("http-error");
    assertThat(e.problem()).startsWith("GET " + server.uri() + FILES + "0/r1/artifacts/model/MLmodel redirects to '" + location
        + "', which is not ");
    assertNoEntries();
  }

  @Test
  void moreBytesThanListedAreRefused() {
    server.hook = ex -> {
      if (ex.getRequestURI().getPath().endsWith("/MLmodel")) {
        byte[] big = new byte[50_000];
        ex.sendResponseHeaders(200, big.length);
        ex.getResponseBody().write(big);
        return true;
      }
      return false;
    };
    ModelException e = catchThrowableOfType(ModelException.class, () -> client(0, Map.of()).resolve("runs:/r1/model"));
    assertThat(e.code()).isEqualTo("limit");
    assertNoEntries();
  }

  @Test
  void fewerBytesThanListedAreRefused() {
    server.hook = ex -> {
      if (ex.getRequestURI().getPath().endsWith("/MLmodel")) {
        ex.sendResponseHeaders(200, 3);
        ex.getResponseBody().write("abc".getBytes(StandardCharsets.UTF_8));
        return true;
      }
      return false;
    };
    ModelException e = catchThrowableOfType(ModelException.class, () -> client(0, Map.of()).resolve("runs:/r1/model"));
    assertThat(e.code()).isEqualTo("size-mismatch");
    assertThat(e.problem()).isEqualTo("artifact '0/r1/artifacts/model/MLmodel' is listed with 12 bytes but 3 arrived");
    assertNoEntries();
  }

  @Test
  void aServerDyingMidDownloadLeavesNothingAndTheNextCallRecovers() throws IOException {
    server.hook = ex -> {
      if (ex.getRequestURI().getPath().endsWith("/weights.bin")) {
        ex.sendResponseHeaders(200, 100_000);
        OutputStream out = ex.getResponseBody();
        out.write(new byte[40_000]);
        out.flush();
        throw new IOException("the server dies here");
      }
      return false;
    };
    TrackingClient client = client(0, Map.of());
    ModelException e = catchThrowableOfType(ModelException.class, () -> client.resolve("runs:/r1/model"));
    assertThat(e.code()).isEqualTo("unreachable");
    assertNoEntries();
    server.hook = ex -> false;
    Path dir = client.resolve("runs:/r1/model");
    assertThat(Files.size(dir.resolve("data/weights.bin"))).isEqualTo(100_000);
  }

  @Test
  void credentialsDoNotFollowARedirectToAnotherHost() throws IOException {
    try (FakeServer other = new FakeServer()) {
      other.files.putAll(server.files);
      server.hook = ex -> {
        if (ex.getRequestURI().getPath().startsWith(FILES)) {
          ex.getResponseHeaders().set("Location", other.uri() + ex.getRequestURI().getRawPath());
          ex.sendResponseHeaders(302, -1);
          return true;
        }
        return false;
      };
      Path dir = client(0, Map.of("MLFLOW_TRACKING_TOKEN", "s3cret")).resolve("runs:/r1/model");
      assertThat(dir.resolve("MLmodel")).hasContent("flavors: {}");
      assertThat(server.authorizations).isNotEmpty().allMatch(a -> a.equals("Bearer s3cret"));
      assertThat(other.requests).hasSize(2);
      assertThat(other.authorizations).containsOnly("null");
    }
  }

  @Test
  void basicAuthWinsOverTheTokenAsInMlflow() {
    client(0, Map.of("MLFLOW_TRACKING_TOKEN", "t", "MLFLOW_TRACKING_USERNAME", "ana", "MLFLOW_TRACKING_PASSWORD", "pw"))
        .resolve("runs:/r1/model");
    assertThat(server.authorizations).containsOnly("Basic YW5hOnB3");
  }

  /**
   * Regression: credentials in the tracking URI ({@code http://user:password@host}, which requests
   * sends as Basic auth for MLflow's client) were not sent, and every error message, {@code
   * server()} and {@code toString()} showed the password.
   */
  @Test
  void credentialsInTheTrackingUriAreBasicAuthAndNeverShown() {
    URI withCredentials = URI.create("http://ana:pw%40x@127.0.0.1:" + server.port());
    TrackingClient client = TrackingClient.builder().variables(Map.of("MLFLOW_TRACKING_TOKEN", "t"))
        .trackingUri(withCredentials).cacheDir(cache).maxRetries(0).timeout(Duration.ofSeconds(2)).build();
    assertThat(client.resolve("runs:/r1/model").resolve("MLmodel")).hasContent("flavors: {}");
    assertThat(server.authorizations).as("as requests does: the URL's credentials win over the token")
        .containsOnly("Basic " + java.util.Base64.getEncoder().encodeToString("ana:pw@x".getBytes(StandardCharsets.UTF_8)));
    assertThat(client.server()).isEqualTo(server.uri());
    assertThat(client).hasToString("TrackingClient[" + server.uri() + "]");
    ModelException e = catchThrowableOfType(ModelException.class, () -> client.resolve("runs:/r1/model/nothing"));
    assertThat(e.problem()).isEqualTo("no artifact 'nothing' in '0/r1/artifacts/model'; there is: data, MLmodel");
    server.hook = ex -> {
      if ("run_id=boom".equals(ex.getRequestURI().getRawQuery())) {
        FakeServer.send(ex, 404, "{\"error_code\":\"RESOURCE_DOES_NOT_EXIST\",\"message\":\"Run 'boom' not found\"}");
        return true;
      }
      return false;
    };
    e = catchThrowableOfType(ModelException.class, () -> client.resolve("runs:/boom/model"));
    assertThat(e.problem()).isEqualTo("GET " + server.uri() + "/api/2.0/mlflow/runs/get?run_id=boom failed with HTTP 404"
        + " RESOURCE_DOES_NOT_EXIST: Run 'boom' not found");
    TrackingClient fromVariable = TrackingClient.builder().variables(Map.of("MLFLOW_TRACKING_URI", withCredentials.toString()))
        .cacheDir(cache).maxRetries(0).build();
    assertThat(fromVariable.server()).isEqualTo(server.uri());
  }

  private void assertNoEntries() {
    try (Stream<Path> s = Files.walk(cache)) {
      assertThat(s.filter(p -> p.getFileName().toString().equals("entry.json")
          || cache.relativize(p).toString().matches("tracking/[^/]+/tmp/.+"))).isEmpty();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Regression: a server that sends a byte just within the read timeout held a download for as long
   * as it liked (only each wait for data was bounded); the download deadline now ends it, once, unretried.
   */
  @ParameterizedTest
  @ValueSource(strings = {"variable", "builder"})
  void aServerTricklingWithinTheReadTimeoutIsStoppedByTheDownloadDeadline(String how) {
    server.files.put("0/r2/artifacts/model/slow.bin", new byte[12]);
    server.hook = ex -> {
      if (ex.getRequestURI().getPath().endsWith("/slow.bin")) {
        ex.sendResponseHeaders(200, 12);
        OutputStream out = ex.getResponseBody();
        for (int i = 0; i < 12; i++) { // 12 bytes, 0.7 s apart: 8.4 s, every wait under the 1 s read timeout
          sleep(700);
          out.write(0);
          out.flush();
        }
        return true;
      }
      return false;
    };
    TrackingClient.Builder b = TrackingClient.builder().trackingUri(server.uri()).cacheDir(cache).maxRetries(3)
        .backoffFactor(0).timeout(Duration.ofSeconds(1));
    TrackingClient client = how.equals("variable") ? b.variables(Map.of("MLMODEL_DOWNLOAD_TIMEOUT", "2")).build()
        : b.variables(Map.of("MLMODEL_DOWNLOAD_TIMEOUT", "600")).downloadTimeout(Duration.ofSeconds(2)).build();
    long start = System.nanoTime();
    ModelException e = catchThrowableOfType(ModelException.class, () -> client.resolve("runs:/r2/model"));
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(e).as("a download of 8.4 s with a deadline of 2 s").isNotNull();
    assertThat(e.code()).isEqualTo("timeout");
    assertThat(e.problem()).isEqualTo("GET " + server.uri() + FILES + "0/r2/artifacts/model/slow.bin did not finish within"
        + " the download deadline of 2 s. To allow more, set the environment variable MLMODEL_DOWNLOAD_TIMEOUT to a larger"
        + " number of seconds (0 for no deadline).");
    assertThat(took).isBetween(Duration.ofSeconds(2), Duration.ofMillis(4_500));
    assertThat(server.count(FILES + "0/r2/artifacts/model/slow.bin")).as("not retried").isEqualTo(1);
    assertNoEntries();
  }

  @ParameterizedTest
  @ValueSource(strings = {"s3://bucket/0/r9/artifacts", "gs://bucket/0/r9/artifacts", "file:///srv/mlruns/0/r9/artifacts"})
  void artifactRootsNobodyReadsAreNamedInTheError(String root) {
    server.hook = ex -> {
      if (ex.getRequestURI().getPath().equals("/api/2.0/mlflow/runs/get")) {
        FakeServer.send(ex, 200, "{\"run\":{\"info\":{\"artifact_uri\":\"" + root + "\"}}}");
        return true;
      }
      return false;
    };
    ModelException e = catchThrowableOfType(ModelException.class, () -> client(0, Map.of()).resolve("runs:/r9/model"));
    assertThat(e.code()).isEqualTo("unsupported-uri");
    String scheme = root.substring(0, root.indexOf(':'));
    assertThat(e.problem()).isEqualTo(switch (scheme) {
      case "s3" -> "the artifact location '" + root + "/model' has the scheme 's3:': add io.mlmodel:mlmodel-tracking-s3"
          + " to the class path to read it directly";
      case "gs" -> "the artifact location '" + root + "/model' has the scheme 'gs:': no module of mlmodel reads 'gs:';"
          + " serve the artifacts through the tracking server ('mlflow server --serve-artifacts') and download them from it";
      default -> "the tracking server keeps these artifacts at '" + root + "/model', a folder on the server's own disk;"
          + " serve them with 'mlflow server --serve-artifacts' (MLflow's default) so that clients download them through the server";
    });
  }
}
