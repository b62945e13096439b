package io.mlmodel.tracking.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mlmodel.MLModels;
import io.mlmodel.ModelException;
import io.mlmodel.tracking.TrackingClient;
import io.mlmodel.tracking.testsupport.MlflowServer;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A tracking server run with {@code --no-serve-artifacts} and an {@code s3://} artifact root on
 * s3proxy (filesystem backend): MLflow's Python client logs to S3 with boto3, Java reads it back.
 */
class S3ArtifactsTest {
  @TempDir static Path work;
  static S3Proxy s3;
  static BlobStoreContext blobs;
  static MlflowServer server;
  static JsonNode logged;
  static Map<String, String> env;
  @TempDir Path cache;

  @BeforeAll
  static void start() throws Exception {
    MlflowServer.oracle(); // skip before starting anything when ../shared is absent
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    Properties props = new Properties();
    props.setProperty("jclouds.filesystem.basedir", Files.createDirectories(work.resolve("s3")).toString());
    blobs = ContextBuilder.newBuilder("filesystem").credentials("identity", "credential").overrides(props)
        .build(BlobStoreContext.class);
    blobs.getBlobStore().createContainerInLocation(null, "mlflow");
    s3 = S3Proxy.builder().blobStore(blobs.getBlobStore()).endpoint(URI.create("http://127.0.0.1:" + port))
        .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "mlmodel-key", "mlmodel-secret").build();
    s3.start();
    while (!"STARTED".equals(s3.getState())) {
      Thread.sleep(50);
    }
    env = new HashMap<>(Map.of("MLFLOW_S3_ENDPOINT_URL", "http://127.0.0.1:" + port,
        "AWS_ACCESS_KEY_ID", "mlmodel-key", "AWS_SECRET_ACCESS_KEY", "mlmodel-secret", "AWS_DEFAULT_REGION", "us-east-1"));
    server = MlflowServer.start(Files.createDirectories(work.resolve("mlflow")), env,
        "--no-serve-artifacts", "--default-artifact-root", "s3://mlflow/");
    logged = server.python(env, "populate.py");
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.close();
    }
    if (s3 != null) {
      s3.stop();
    }
    if (blobs != null) {
      blobs.close();
    }
  }

  private TrackingClient client(Map<String, String> vars) {
    return TrackingClient.builder().variables(vars).trackingUri(server.uri()).cacheDir(cache).build();
  }

  @Test
  void modelsLoggedToS3ResolveFromJava() {
    assertThat(logged.path("artifact_uri1").asString()).startsWith("s3://mlflow/");
    TrackingClient client = client(env);
    Path v1 = client.resolve("models:/iris/1");
    assertThat(MLModels.read(v1).runId()).contains(logged.path("run1").asString());
    assertThat(client.resolve("models:/iris@champion")).isEqualTo(v1);
    assertThat(MLModels.read(client.resolve("models:/iris/Production")).runId()).contains(logged.path("run2").asString());
    assertThat(client.resolve("runs:/" + logged.path("run1").asString() + "/notes/readme.txt")).hasContent("hello from run 1");
    assertThat(client.resolve("runs:/" + logged.path("run2").asString() + "/notes").resolve("with space é.txt")).hasContent("spaced");
  }

  @Test
  void wrongCredentialsAreAnAuthorizationError() {
    Map<String, String> bad = new HashMap<>(env);
    bad.put("AWS_SECRET_ACCESS_KEY", "wrong");
    ModelException e = catchThrowableOfType(ModelException.class, () -> client(bad).resolve("models:/iris/2"));
    assertThat(e.code()).isEqualTo("unauthorized");
    assertThat(e.problem()).startsWith("list s3://mlflow/").contains("failed with HTTP 403");
  }
}
