package io.mlmodel.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mlmodel.ModelException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a registry answers, as MLflow 2.17.2 answers it or as a hostile server might, and odd URIs. */
class RegistryAnswersTest {
  @TempDir Path cache;
  FakeServer server;

  @BeforeEach
  void start() throws IOException {
    server = new FakeServer();
    server.files.put("0/r1/artifacts/model/MLmodel", "flavors: {}\n".getBytes(StandardCharsets.UTF_8));
    server.files.put("0/r1/artifacts/my model/MLmodel", "run_id: r1\n".getBytes(StandardCharsets.UTF_8));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private TrackingClient client(boolean offline) {
    return TrackingClient.builder().variables(Map.of()).trackingUri(server.uri()).cacheDir(cache)
        .maxRetries(0).timeout(Duration.ofSeconds(5)).offline(offline).build();
  }

  /** Answers the registry's calls: the download URI of any version, and the version of any alias and stage. */
  private void registry(String downloadUri, String version) {
    server.hook = ex -> {
      String path = ex.getRequestURI().getPath();
      if (path.endsWith("/model-versions/get-download-uri")) {
        FakeServer.send(ex, 200, "{\"artifact_uri\":\"" + downloadUri + "\"}");
      } else if (path.endsWith("/registered-models/alias")) {
        FakeServer.send(ex, 200, "{\"model_version\":{\"name\":\"iris\",\"version\":" + version + "}}");
      } else if (path.endsWith("/registered-models/get-latest-versions")) {
        FakeServer.send(ex, 200, "{\"model_versions\":[{\"name\":\"iris\",\"version\":" + version + "}]}");
      } else {
        return false;
      }
      return true;
    };
  }

  /**
   * Regression: MLflow records artifact paths unencoded ({@code log_model(artifact_path="my model")}
   * gives {@code mlflow-artifacts:/0/<run>/artifacts/my model}), and that location was refused as
   * "not a URI", where MLflow's client downloads it.
   */
  @Test
  void aSpaceInAnArtifactPathIsReadAsMlflowReadsIt() {
    registry("mlflow-artifacts:/0/r1/artifacts/my model", "\"1\"");
    Path version = client(false).resolve("models:/spaced/1");
    assertThat(version.getFileName()).hasToString("my model");
    assertThat(version.resolve("MLmodel")).hasContent("run_id: r1");
    assertThat(client(false).resolve("runs:/r1/my model/MLmodel")).hasContent("run_id: r1");
    assertThat(server.requests).contains("/api/2.0/mlflow-artifacts/artifacts?path=0%2Fr1%2Fartifacts%2Fmy+model");
  }

  /** Regression: an http(s) proxy location whose prefix has a space was an IllegalArgumentException. */
  @Test
  void aSpaceInAnHttpArtifactLocationIsReadAsMlflowReadsIt() {
    String proxy = "/my prefix/api/2.0/mlflow-artifacts/artifacts";
    server.hook = ex -> {
      String path = ex.getRequestURI().getPath();
      if (path.endsWith("/runs/get")) {
        FakeServer.send(ex, 200, "{\"run\":{\"info\":{\"artifact_uri\":\"" + server.uri() + proxy + "/0/r1/artifacts\"}}}");
      } else if (path.equals(proxy)) {
        FakeServer.send(ex, 200, server.listing(FakeServer.query(ex).get("path")));
      } else if (path.startsWith(proxy + "/")) {
        FakeServer.send(ex, 200, new String(server.files.get(path.substring(proxy.length() + 1)), StandardCharsets.UTF_8));
      } else {
        return false;
      }
      return true;
    };
    assertThat(client(false).resolve("runs:/r9/my model/MLmodel")).hasContent("run_id: r1");
  }

  /**
   * Regression: a version created with {@code MlflowClient.create_model_version(name, "runs:/<run>/model")}
   * has that runs:/ URI as its download URI (MLflow 2.17.2); such a version was asked of the server
   * on every call, and never found offline, although the model was in the cache.
   */
  @Test
  void aVersionRegisteredFromARunsUriIsPinnedAndReadOffline() {
    registry("runs:/r1/model", "\"1\"");
    Path online = client(false).resolve("models:/iris/1");
    assertThat(online.resolve("MLmodel")).hasContent("flavors: {}");
    assertThat(client(false).resolve("models:/iris@champion")).isEqualTo(online);
    int before = server.requests.size();
    assertThat(client(false).resolve("models:/iris/1")).isEqualTo(online);
    assertThat(server.requests.subList(before, server.requests.size())).as("no network once pinned").isEmpty();
    assertThat(client(true).resolve("models:/iris/1")).isEqualTo(online);
    assertThat(client(true).resolve("models:/iris@champion"))
        .as("an alias resolved online is known offline, and so is what its version names").isEqualTo(online);
  }

  /** Regression: a version that is no number in an alias or latest-versions answer was a NumberFormatException. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "models:/iris@champion|\"abc\"|/model_version/version \"abc\", not a version number|/registered-models/alias",
      "models:/iris@champion|\"99999999999999999999\"|/model_version/version \"99999999999999999999\", not a version number"
          + "|/registered-models/alias",
      "models:/iris@champion|{}|/model_version/version {}, not a version number|/registered-models/alias",
      "models:/iris@champion|\"-1\"|/model_version/version \"-1\", not a version number|/registered-models/alias",
      "models:/iris/latest|\"1.5\"|/version \"1.5\", not a version number|/registered-models/get-latest-versions",
      "models:/iris/Production|null|/version null, not a version number|/registered-models/get-latest-versions"})
  void aVersionThatIsNoNumberIsABadResponse(String uri, String version, String what, String endpoint) {
    registry("mlflow-artifacts:/0/r1/artifacts/model", version);
    ModelException e = catchThrowableOfType(ModelException.class, () -> client(false).resolve(uri));
    assertThat(e.code()).isEqualTo("bad-response");
    assertThat(e.problem()).isEqualTo("the tracking server's answer has " + what + " (from " + server.uri()
        + "/api/2.0/mlflow" + endpoint + ")");
  }

  /**
   * Regression: an artifact location whose host is none a URL may have (a docker-compose service
   * name such as {@code mlflow_server}) or whose port is out of range was an IllegalArgumentException
   * from the HTTP client, not an error of the location.
   */
  @ParameterizedTest
  @CsvSource({"mlflow-artifacts://mlflow_server:5000/0/r1/artifacts, mlflow_server:5000",
      "http://mlflow_server:5000/api/2.0/mlflow-artifacts/artifacts/0/r1/artifacts, mlflow_server:5000",
      "mlflow-artifacts://127.0.0.1:99999/0/r1/artifacts, 127.0.0.1:99999",
      "http:///api/2.0/mlflow-artifacts/artifacts/0/r1/artifacts, ''"})
  void anArtifactLocationWithoutAValidHostIsABadUri(String root, String authority) {
    server.hook = ex -> {
      if (ex.getRequestURI().getPath().endsWith("/runs/get")) {
        FakeServer.send(ex, 200, "{\"run\":{\"info\":{\"artifact_uri\":\"" + root + "\"}}}");
        return true;
      }
      return false;
    };
    ModelException e = catchThrowableOfType(ModelException.class, () -> client(false).resolve("runs:/r1/model"));
    assertThat(e).as(root).isNotNull();
    assertThat(e.code()).isEqualTo("bad-uri");
    assertThat(e.problem()).isEqualTo("the artifact location '" + root + "/model' names '" + authority + "', which is"
        + " no host and port a URL may have (a host is letters, digits, '-' and '.', or an IP address; a port is at"
        + " most 65535)");
    assertThat(server.requests).noneMatch(r -> r.startsWith("/api/2.0/mlflow-artifacts"));
  }

  /**
   * Regression: a time longer than a long counts in nanoseconds or milliseconds, given to mean "no
   * bound" ({@code MLMODEL_DOWNLOAD_TIMEOUT=99999999999}, {@code ChronoUnit.FOREVER}), was an
   * ArithmeticException ("long overflow") at the first resolve.
   */
  @Test
  void aTimeTooLongToCountIsNoBoundNotAnOverflow() {
    registry("mlflow-artifacts:/0/r1/artifacts/model", "\"1\"");
    Duration forever = java.time.temporal.ChronoUnit.FOREVER.getDuration();
    java.util.List<TrackingClient.Builder> builders = java.util.List.of(
        TrackingClient.builder().variables(Map.of("MLMODEL_DOWNLOAD_TIMEOUT", "99999999999")),
        TrackingClient.builder().variables(Map.of("MLMODEL_CACHE_TTL", "9223372036854775807")),
        TrackingClient.builder().variables(Map.of()).downloadTimeout(forever),
        TrackingClient.builder().variables(Map.of()).refTtl(forever),
        TrackingClient.builder().variables(Map.of()).timeout(forever));
    for (int i = 0; i < builders.size(); i++) {
      TrackingClient c = builders.get(i).trackingUri(server.uri()).cacheDir(cache.resolve("c" + i)).maxRetries(0).build();
      Path dir = c.resolve("models:/iris@champion");
      assertThat(dir.resolve("MLmodel")).as("builder " + i).hasContent("flavors: {}");
      assertThat(c.resolve("models:/iris@champion")).as("builder " + i).isEqualTo(dir);
    }
  }

  /** Regression: a remembered alias answer that is no version (a foreign or damaged refs file) was a NumberFormatException. */
  @Test
  void aRememberedAnswerThatIsNoVersionIsAskedAgain() throws IOException {
    registry("mlflow-artifacts:/0/r1/artifacts/model", "\"1\"");
    TrackingClient withTtl = TrackingClient.builder().variables(Map.of()).trackingUri(server.uri()).cacheDir(cache)
        .maxRetries(0).refTtl(Duration.ofHours(1)).build();
    Path v1 = withTtl.resolve("models:/iris@champion");
    Path refs = withTtl.cacheFolder().resolve("refs");
    try (var s = Files.list(refs)) {
      for (Path ref : s.toList()) {
        Files.writeString(ref, Files.readString(ref).replace("\"value\":\"1\"", "\"value\":\"one\""));
      }
    }
    assertThat(withTtl.resolve("models:/iris@champion")).isEqualTo(v1);
    assertThat(server.count("/api/2.0/mlflow/registered-models/alias")).isEqualTo(2);
  }

  /**
   * Regression: empty and {@code .} segments, which the local store skips, were refused as "not a
   * plain file name ... from the listing"; an absolute path stays refused, as in the local store.
   */
  @Test
  void oddRunsPathsAreReadAsTheLocalStoreReadsThem() {
    TrackingClient client = client(false);
    Path model = client.resolve("runs:/r1/model");
    assertThat(client.resolve("runs:/r1/./model")).isEqualTo(model);
    assertThat(client.resolve("runs:/r1/model//MLmodel")).isEqualTo(client.resolve("runs:/r1/model/MLmodel"));
    ModelException e = catchThrowableOfType(ModelException.class, () -> client.resolve("runs:/r1//model"));
    assertThat(e.code()).isEqualTo("path-escape");
    e = catchThrowableOfType(ModelException.class, () -> client.resolve("runs:/r1/model/../../r2"));
    assertThat(e.code()).isEqualTo("path-escape");
  }

  /** Regression: a local path given to the client was said to be "a folder on the server's own disk". */
  @ParameterizedTest
  @CsvSource({"/srv/models/iris", "file:///srv/models/iris", "'C:\\models\\iris'", "''"})
  void aLocalPathIsNamedAsOne(String uri) {
    ModelException e = catchThrowableOfType(ModelException.class, () -> client(false).resolve(uri));
    assertThat(e.code()).isEqualTo("unsupported-uri");
    assertThat(e.problem()).isEqualTo("'" + uri + "' is a local path, not a URI that a tracking server answers"
        + " (models:/, runs:/, mlflow-artifacts:/); read it with MLModels.read");
    assertThat(server.requests).isEmpty();
  }
}
