package io.mlmodel.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mlmodel.MLModels;
import io.mlmodel.ModelException;
import io.mlmodel.model.MLModel;
import io.mlmodel.tracking.testsupport.MlflowServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Every URI form against a real MLflow 2.17.2 tracking server (sqlite, artifact proxy), with the
 * models logged, registered, aliased and staged by MLflow's own Python client.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TrackingServerTest {
  @TempDir static Path work;
  static MlflowServer server;
  static JsonNode logged;
  @TempDir Path cache;

  @BeforeAll
  static void start() throws Exception {
    server = MlflowServer.start(work, Map.of());
    logged = server.python(Map.of(), "populate.py");
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  private TrackingClient client() {
    return TrackingClient.builder().variables(Map.of()).trackingUri(server.uri()).cacheDir(cache).build();
  }

  private static String run(int i) {
    return logged.path("run" + i).asString();
  }

  @Test
  @Order(1)
  void aVersionIsTheModelItsRunLogged() {
    Path dir = client().resolve("models:/iris/1");
    MLModel model = MLModels.read(dir);
    assertThat(model.runId()).contains(run(1));
    assertThat(model.flavors()).containsKeys("sklearn", "python_function");
    assertThat(dir.getFileName()).hasToString("model");
    assertThat(dir.resolve("model.pkl")).isRegularFile();
  }

  @Test
  @Order(2)
  void anAliasAStageAndLatestNameTheirVersions() {
    TrackingClient client = client();
    assertThat(client.resolve("models:/iris@champion")).isEqualTo(client.resolve("models:/iris/1"));
    assertThat(MLModels.read(client.resolve("models:/iris/Production")).runId()).contains(run(2));
    assertThat(MLModels.read(client.resolve("models:/iris/production")).runId()).contains(run(2));
    assertThat(MLModels.read(client.resolve("models:/iris/latest")).runId()).contains(run(2));
  }

  @Test
  @Order(3)
  void runUrisNameFoldersAndFiles() throws Exception {
    TrackingClient client = client();
    assertThat(MLModels.read(client.resolve("runs:/" + run(2) + "/model")).runId()).contains(run(2));
    assertThat(client.resolve("runs:/" + run(1) + "/notes/readme.txt")).hasContent("hello from run 1");
    assertThat(client.resolve("runs:/" + run(1) + "/notes").resolve("with space é.txt")).hasContent("spaced");
    Path all = client.resolve("runs:/" + run(1));
    assertThat(all.resolve("model/MLmodel")).isRegularFile();
    assertThat(all.resolve("notes/readme.txt")).isRegularFile();
  }

  @Test
  @Order(4)
  void mlflowArtifactsUrisAreReadThroughTheProxy() {
    String artifactUri = logged.path("artifact_uri1").asString();
    assertThat(artifactUri).startsWith("mlflow-artifacts:/");
    Path dir = client().resolve(artifactUri + "/model");
    assertThat(MLModels.read(dir).runId()).contains(run(1));
    assertThat(logged.path("download_uri1").asString()).startsWith("mlflow-artifacts:/");
    assertThat(MLModels.read(client().resolve(logged.path("download_uri1").asString())).runId()).contains(run(1));
  }

  @Test
  @Order(5)
  void aPinnedVersionIsReadOfflineOnceCached() {
    Path online = client().resolve("models:/iris/1");
    TrackingClient offline = TrackingClient.builder().variables(Map.of()).trackingUri(server.uri()).cacheDir(cache)
        .offline(true).build();
    assertThat(offline.resolve("models:/iris/1")).isEqualTo(online);
    ModelException e = catchThrowableOfType(ModelException.class, () -> offline.resolve("models:/iris/2"));
    assertThat(e.code()).isEqualTo("offline");
    assertThat(e.problem()).isEqualTo("cannot resolve 'models:/iris/2' offline: 'models:/iris/2' is not in the cache "
        + offline.cacheFolder());
  }

  @Test
  @Order(6)
  void missingThingsAreNamed() {
    ModelException e = catchThrowableOfType(ModelException.class, () -> client().resolve("models:/iris/9"));
    assertThat(e.code()).as(e.getMessage()).isEqualTo("not-found");
    assertThat(e.problem()).contains("RESOURCE_DOES_NOT_EXIST");
    e = catchThrowableOfType(ModelException.class, () -> client().resolve("models:/iris@nope"));
    assertThat(e.code()).isEqualTo("not-found");
    assertThat(e.problem()).endsWith("failed with HTTP 400 INVALID_PARAMETER_VALUE: Registered model alias nope not found.");
    e = catchThrowableOfType(ModelException.class, () -> client().resolve("models:/iris/bogus"));
    assertThat(e.code()).isEqualTo("bad-uri");
    e = catchThrowableOfType(ModelException.class, () -> client().resolve("runs:/" + run(1) + "/nothing"));
    assertThat(e.code()).isEqualTo("not-found");
    assertThat(e.problem()).startsWith("no artifact 'nothing' in '").endsWith("'; there is: model, notes");
    e = catchThrowableOfType(ModelException.class, () -> client().resolve("models:/iris/Staging"));
    assertThat(e.problem()).startsWith("No versions of model with name 'iris' and stage 'Staging' found");
  }

  @Test
  @Order(7)
  void theCoreApiTakesTheseUrisWhenTheTrackingUriIsAServer() {
    System.setProperty("mlmodel.trackingUri", server.uri().toString());
    System.setProperty("mlmodel.cacheDir", cache.toString());
    try {
      assertThat(MLModels.read("models:/iris@champion").runId()).contains(run(1));
      assertThat(MLModels.read("runs:/" + run(2) + "/model").runId()).contains(run(2));
    } finally {
      System.clearProperty("mlmodel.trackingUri");
      System.clearProperty("mlmodel.cacheDir");
    }
  }

  @Test
  @Order(8)
  void aLoggedModelIdIsAskedOfTheLoggedModelsApi() throws Exception {
    ModelException e = catchThrowableOfType(ModelException.class, () -> client().resolve("models:/m-0123456789abcdef"));
    assertThat(e.code()).isEqualTo("unsupported-server");
    assertThat(e.problem()).startsWith("'models:/m-0123456789abcdef' names an MLflow 3 logged model, but " + server.uri()
        + " has no logged-models API (an MLflow 2 server); GET " + server.uri() + "/api/2.0/mlflow/logged-models/m-0123456789abcdef"
        + " failed with HTTP 404: the server has no such endpoint");
    // MLflow 2.17.2 cannot make a logged model: a server speaking MLflow 3's REST answer for it, whose
    // artifact_uri points at the real server's proxy.
    String target = server.uri() + "/api/2.0/mlflow-artifacts/artifacts/"
        + logged.path("artifact_uri1").asString().substring("mlflow-artifacts:/".length()) + "/model";
    try (FakeServer mlflow3 = new FakeServer()) {
      mlflow3.hook = ex -> {
        if (ex.getRequestURI().getPath().equals("/api/2.0/mlflow/logged-models/m-0123456789abcdef")) {
          FakeServer.send(ex, 200, "{\"model\":{\"info\":{\"model_id\":\"m-0123456789abcdef\",\"artifact_uri\":\"" + target + "\"}}}");
          return true;
        }
        return false;
      };
      TrackingClient client = TrackingClient.builder().variables(Map.of()).trackingUri(mlflow3.uri()).cacheDir(cache).build();
      assertThat(MLModels.read(client.resolve("models:/m-0123456789abcdef")).runId()).contains(run(1));
    }
  }

  @Test
  @Order(9)
  void anAliasMovedOnTheServerIsSeenAtOnceOrAfterTheTtl() throws Exception {
    TrackingClient everyCall = client();
    TrackingClient withTtl = TrackingClient.builder().variables(Map.of()).trackingUri(server.uri()).cacheDir(cache)
        .refTtl(Duration.ofHours(1)).build();
    Path v1 = everyCall.resolve("models:/iris/1");
    assertThat(withTtl.resolve("models:/iris@champion")).isEqualTo(v1);
    setAlias("champion", "2");
    try {
      assertThat(withTtl.resolve("models:/iris@champion")).as("remembered for an hour").isEqualTo(v1);
      assertThat(MLModels.read(everyCall.resolve("models:/iris@champion")).runId()).contains(run(2));
      assertThat(MLModels.read(withTtl.resolve("models:/iris@champion")).runId())
          .as("a fresher answer in the same cache is used").contains(run(2));
    } finally {
      setAlias("champion", "1");
    }
  }

  @Test
  @Order(10)
  void downloadCopiesIntoAFolderWithProgress() throws Exception {
    Path out = Files.createDirectories(cache.resolve("out"));
    long[] last = new long[4];
    Path model = client().download("models:/iris/2", out, (b, tb, f, tf) -> {
      last[0] = b;
      last[1] = tb;
      last[2] = f;
      last[3] = tf;
    });
    assertThat(model).isEqualTo(out.resolve("model"));
    assertThat(MLModels.read(model).runId()).contains(run(2));
    assertThat(last[0]).isEqualTo(last[1]).isPositive();
    assertThat(last[2]).isEqualTo(last[3]).isGreaterThanOrEqualTo(4);
    ModelException e = catchThrowableOfType(ModelException.class, () -> client().download("models:/iris/2", out, DownloadListener.NONE));
    assertThat(e.code()).isEqualTo("exists");
  }

  /**
   * Regression: a model logged under a path with a space, and a version registered from a runs:/
   * URI (its download URI stays that URI), as MLflow's client reads them: the space was "not a
   * URI", and such a version was asked of the server on every call and refused offline.
   */
  @Test
  @Order(11)
  void aPathWithASpaceAndAVersionFromARunsUriResolveAsInMlflow() {
    assertThat(logged.path("download_uri_spaced").asString()).isEqualTo("runs:/" + run(2) + "/my model");
    Path dir = client().resolve("runs:/" + run(2) + "/my model");
    assertThat(dir.getFileName()).hasToString("my model");
    assertThat(MLModels.read(dir).runId()).contains(run(2));
    assertThat(client().resolve("models:/spaced/1")).isEqualTo(dir);
    TrackingClient offline = TrackingClient.builder().variables(Map.of()).trackingUri(server.uri()).cacheDir(cache)
        .offline(true).build();
    assertThat(offline.resolve("models:/spaced/1")).isEqualTo(dir);
  }

  /** MLflow's client sends models:/iris/02 as version "02"; its server reads the integer 2: so do we, in one entry. */
  @Test
  @Order(12)
  void aVersionWithLeadingZerosIsItsNumberAsForMlflow() throws Exception {
    String ask = server.uri() + "/api/2.0/mlflow/model-versions/get-download-uri?name=iris&version=";
    HttpClient http = HttpClient.newHttpClient();
    String padded = http.send(HttpRequest.newBuilder(URI.create(ask + "02")).build(), HttpResponse.BodyHandlers.ofString()).body();
    String plain = http.send(HttpRequest.newBuilder(URI.create(ask + "2")).build(), HttpResponse.BodyHandlers.ofString()).body();
    assertThat(padded).contains("artifact_uri").isEqualTo(plain);
    TrackingClient client = client();
    assertThat(client.resolve("models:/iris/02")).isEqualTo(client.resolve("models:/iris/2"));
    assertThat(MLModels.read(client.resolve("models:/iris/002")).runId()).contains(run(2));
  }

  private static void setAlias(String alias, String version) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(server.uri() + "/api/2.0/mlflow/registered-models/alias"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"iris\",\"alias\":\"" + alias + "\",\"version\":\"" + version + "\"}"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
  }
}
