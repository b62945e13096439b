package io.mlmodel.server;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;

/** Test fixtures: testdata models, ../shared, and a java.net.http client. */
final class TestServers {
  static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  private TestServers() {}

  static Path testdata(String rel) {
    return Paths.get(System.getProperty("mlmodel.testdata", "../testdata")).toAbsolutePath().normalize().resolve(rel);
  }

  /** The linear ONNX model: x (float32, [-1, 3]) · W + b = y (float32, [-1, 2]). */
  static String linear() {
    return testdata("onnx/external_data").toString();
  }

  /** ../shared, or a skip (a failure with -Dmlmodel.requireShared=true). */
  static Path shared() {
    Path root = Paths.get(System.getProperty("mlmodel.shared", "../../shared")).toAbsolutePath().normalize();
    boolean present = Files.isDirectory(root.resolve("oracle"));
    if (!present && Boolean.getBoolean("mlmodel.requireShared")) {
      throw new AssertionError("mlmodel.requireShared is set but " + root + " has no oracle/");
    }
    assumeTrue(present, "no shared reference material at " + root);
    return root;
  }

  static ServerConfig.Builder config() {
    return ServerConfig.builder().model("linear", linear()).port(0).accessLog(false);
  }

  static HttpResponse<String> get(int port, String path) {
    return send(HttpRequest.newBuilder(uri(port, path)).GET().build());
  }

  static HttpResponse<String> post(int port, String path, String contentType, String body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(port, path)).POST(HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return send(b.build());
  }

  static HttpResponse<String> send(HttpRequest r) {
    try {
      return CLIENT.send(r, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static URI uri(int port, String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }
}
