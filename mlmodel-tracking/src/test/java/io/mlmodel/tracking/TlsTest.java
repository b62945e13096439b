package io.mlmodel.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.mlmodel.ModelException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** TLS as MLflow's variables say: verified by default, a CA bundle, or no check at all. */
class TlsTest {
  @TempDir static Path dir;
  static HttpsServer server;
  static URI uri;
  @TempDir Path cache;

  @BeforeAll
  static void start() throws Exception {
    Path ks = dir.resolve("server.p12");
    run("keytool", "-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
        "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-storetype", "PKCS12", "-keystore", ks.toString(),
        "-storepass", "changeit", "-keypass", "changeit");
    run("keytool", "-exportcert", "-rfc", "-alias", "server", "-keystore", ks.toString(), "-storepass", "changeit",
        "-file", dir.resolve("ca.pem").toString());
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(ks)) {
      store.load(in, "changeit".toCharArray());
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(store, "changeit".toCharArray());
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(kmf.getKeyManagers(), null, null);
    server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(ctx));
    server.createContext("/api/2.0/mlflow/runs/get", ex -> FakeServer.send(ex, 200,
        "{\"run\":{\"info\":{\"artifact_uri\":\"mlflow-artifacts:/0/r1/artifacts\"}}}"));
    server.createContext("/api/2.0/mlflow-artifacts/artifacts", ex -> {
      if (ex.getRequestURI().getPath().endsWith("/note.txt")) {
        byte[] b = "over TLS".getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(200, b.length);
        ex.getResponseBody().write(b);
        ex.close();
      } else {
        FakeServer.send(ex, 200, "{\"files\":[{\"path\":\"note.txt\",\"is_dir\":false,\"file_size\":8}]}");
      }
    });
    server.start();
    uri = URI.create("https://127.0.0.1:" + server.getAddress().getPort());
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  private TrackingClient client(Map<String, String> vars) {
    return TrackingClient.builder().variables(vars).trackingUri(uri).cacheDir(cache).maxRetries(0)
        .timeout(Duration.ofSeconds(10)).build();
  }

  @Test
  void anUnknownCertificateIsRefusedByDefault() {
    ModelException e = catchThrowableOfType(ModelException.class, () -> client(Map.of()).resolve("runs:/r1/note.txt"));
    assertThat(e.code()).isEqualTo("unreachable");
    assertThat(e.problem()).contains("SSLHandshakeException");
  }

  @Test
  void theServerCertPathIsTrusted() {
    Path p = client(Map.of("MLFLOW_TRACKING_SERVER_CERT_PATH", dir.resolve("ca.pem").toString())).resolve("runs:/r1/note.txt");
    assertThat(p).hasContent("over TLS");
  }

  @Test
  void insecureTlsChecksNothing() {
    assertThat(client(Map.of("MLFLOW_TRACKING_INSECURE_TLS", "TRUE")).resolve("runs:/r1/note.txt")).hasContent("over TLS");
  }

  @Test
  void bothAreMlflowsError() {
    ModelException e = catchThrowableOfType(ModelException.class, () -> client(Map.of("MLFLOW_TRACKING_INSECURE_TLS", "1",
        "MLFLOW_TRACKING_SERVER_CERT_PATH", dir.resolve("ca.pem").toString())));
    assertThat(e.code()).isEqualTo("bad-setting");
    assertThat(e.problem()).startsWith("When 'ignore_tls_verification' is true then 'server_cert_path' must not be set!");
  }

  /**
   * Regression: a CA bundle with text that is not ASCII outside its PEM blocks (an issuer's name in
   * a comment, as certifi's bundle had them: "Főtanúsítvány") was refused as a bad setting
   * (MalformedInputException), where requests and OpenSSL read it.
   */
  @Test
  void aBundleWithANonAsciiCommentIsTrusted() throws Exception {
    Path bundle = Files.writeString(cache.resolve("bundle.pem"), "# Issuer: CN=NetLock Arany (Class Gold) Főtanúsítvány\n"
        + Files.readString(dir.resolve("ca.pem")), StandardCharsets.UTF_8);
    assertThat(client(Map.of("MLFLOW_TRACKING_SERVER_CERT_PATH", bundle.toString())).resolve("runs:/r1/note.txt"))
        .hasContent("over TLS");
  }

  /** Regression: a PEM block that is no valid base64 (a damaged file) was an IllegalArgumentException from build(). */
  @ParameterizedTest
  @ValueSource(strings = {"MLFLOW_TRACKING_SERVER_CERT_PATH", "MLFLOW_TRACKING_CLIENT_CERT_PATH"})
  void aDamagedPemIsABadSetting(String variable) throws Exception {
    Path pem = Files.writeString(cache.resolve("damaged.pem"), "-----BEGIN CERTIFICATE-----\nAAAA=AAAA\n-----END CERTIFICATE-----\n");
    ModelException e = catchThrowableOfType(ModelException.class, () -> client(Map.of(variable, pem.toString())));
    assertThat(e.code()).isEqualTo("bad-setting");
    assertThat(e.problem()).startsWith("cannot set up TLS from MLFLOW_TRACKING_SERVER_CERT_PATH / MLFLOW_TRACKING_CLIENT_CERT_PATH:")
        .contains(pem + ": a CERTIFICATE block is not base64");
  }

  private static void run(String... cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
  }
}
