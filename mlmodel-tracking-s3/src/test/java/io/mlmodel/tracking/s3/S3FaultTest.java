package io.mlmodel.tracking.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.mlmodel.ModelException;
import io.mlmodel.tracking.TrackingClient;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An S3 store that misbehaves, on a JDK HttpServer that is both the tracking server ({@code
 * runs/get}) and the S3 endpoint (path-style {@code ListObjectsV2} and {@code GetObject}).
 */
class S3FaultTest {
  @TempDir Path cache;
  HttpServer server;
  volatile String artifactUri = "s3://bkt/0/r1/artifacts";
  /** Each listing answers these keys as they are, whatever the prefix asked (a hostile store). */
  volatile List<String> listed = List.of();
  final List<String> requests = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      String query = ex.getRequestURI().getRawQuery() == null ? "" : ex.getRequestURI().getRawQuery();
      requests.add(path + "?" + query);
      if (path.endsWith("/runs/get")) {
        send(ex, "{\"run\":{\"info\":{\"artifact_uri\":\"" + artifactUri + "\"}}}");
      } else if (query.contains("list-type=2")) {
        String prefix = URLDecoder.decode(query.replaceAll(".*prefix=([^&]*).*", "$1"), StandardCharsets.UTF_8);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ListBucketResult"
            + " xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>bkt</Name><Prefix>" + prefix
            + "</Prefix><IsTruncated>false</IsTruncated>");
        listed.forEach(k -> xml.append("<Contents><Key>").append(k).append("</Key><Size>100</Size></Contents>"));
        send(ex, xml.append("</ListBucketResult>").toString());
      } else {
        ex.sendResponseHeaders(200, 100); // a body cut short: 10 of 100 bytes, then the connection closes
        ex.getResponseBody().write(new byte[10]);
        ex.getResponseBody().flush();
        throw new IOException("the store dies here");
      }
    }
  }

  private static void send(HttpExchange ex, String body) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    ex.sendResponseHeaders(200, b.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(b);
    }
  }

  private TrackingClient client() {
    return client("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private TrackingClient client(String s3Endpoint) {
    String url = "http://127.0.0.1:" + server.getAddress().getPort();
    return TrackingClient.builder().variables(Map.of("MLFLOW_S3_ENDPOINT_URL", s3Endpoint, "AWS_ACCESS_KEY_ID", "k",
        "AWS_SECRET_ACCESS_KEY", "s", "AWS_REGION", "us-east-1")).trackingUri(URI.create(url)).cacheDir(cache)
        .maxRetries(0).timeout(Duration.ofSeconds(5)).build();
  }

  /**
   * Regression: an MLFLOW_S3_ENDPOINT_URL that is no http(s) URL with a host (the scheme left out,
   * a space) was an IllegalArgumentException or NullPointerException from the AWS SDK, or a request
   * to nowhere, instead of the setting's error (boto3: "Invalid endpoint").
   */
  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1:9000", "localhost:9000", "http://my host:9000", "ftp://127.0.0.1:9000", "http:///x"})
  void anEndpointThatIsNoUrlIsABadSetting(String endpoint) {
    listed = List.of("0/r1/artifacts/model");
    ModelException e = catchThrowableOfType(ModelException.class, () -> client(endpoint).resolve("runs:/r1/model"));
    assertThat(e).as(endpoint).isNotNull();
    assertThat(e.code()).isEqualTo("bad-setting");
    assertThat(e.problem()).isEqualTo("MLFLOW_S3_ENDPOINT_URL must be an http:// or https:// URL with a host, such as"
        + " http://127.0.0.1:9000, but got '" + endpoint + "'");
    assertThat(requests).noneMatch(r -> r.contains("list-type"));
  }

  /** Regression: a listed key shorter than the prefix asked was a StringIndexOutOfBoundsException. */
  @Test
  void aListedKeyOutsideThePrefixIsABadResponse() {
    listed = List.of("x");
    ModelException e = catchThrowableOfType(ModelException.class, () -> client().resolve("runs:/r1/model"));
    assertThat(e.code()).isEqualTo("bad-response");
    assertThat(e.problem()).isEqualTo("the listing of s3://bkt/0/r1/artifacts/ names 'x', which is not in it");
  }

  /** Regression: a location without a bucket (s3:///0/r1/artifacts) was read from the bucket "null". */
  @Test
  void aLocationWithoutABucketIsABadUri() {
    artifactUri = "s3:///0/r1/artifacts";
    ModelException e = catchThrowableOfType(ModelException.class, () -> client().resolve("runs:/r1/model"));
    assertThat(e.code()).isEqualTo("bad-uri");
    assertThat(e.problem()).isEqualTo("the artifact location 's3:///0/r1/artifacts/model' names no bucket or host"
        + " (s3://<bucket>/<path>)");
    assertThat(requests).noneMatch(r -> r.startsWith("/null"));
  }

  /** Regression: an object whose body ends early was an UncheckedIOException, as if the local disk had failed. */
  @Test
  void aBodyCutShortIsUnreachable() {
    listed = List.of("0/r1/artifacts/model");
    ModelException e = catchThrowableOfType(ModelException.class, () -> client().resolve("runs:/r1/model"));
    assertThat(e.code()).isEqualTo("unreachable");
    assertThat(e.problem()).startsWith("get s3://bkt/0/r1/artifacts/model failed after ");
  }
}
