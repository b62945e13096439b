package io.mlmodel.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import io.mlmodel.InputException;
import io.mlmodel.MLModelException;
import io.mlmodel.MLModels;
import io.mlmodel.ModelException;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.DoubleColumn;
import io.mlmodel.enforce.Params;
import io.mlmodel.model.MLModel;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The protocol edges a real MLflow server does not produce (503 then success, auth headers, bodies
 * that are not scoring responses), on the JDK's own HTTP server, and the failures that need no server
 * at all. No Python.
 */
class EndpointFailuresTest {
  final MLModel model = MLModels.read(Path.of(System.getProperty("mlmodel.testdata", "../testdata"), "remote", "faulty")
      .toAbsolutePath().normalize());
  final Deque<Object[]> answers = new ArrayDeque<>(); // {status, body, headers...}
  final List<String> bodies = new ArrayList<>();
  final List<String> auth = new ArrayList<>();
  HttpServer server;
  URI url;

  @BeforeEach
  void serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ex -> {
      synchronized (bodies) {
        bodies.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        auth.add(String.valueOf(ex.getRequestHeaders().getFirst("Authorization")));
      }
      Object[] a = answers.isEmpty() ? new Object[] {200, "{\"predictions\": [{\"y\": 2.0}]}"} : answers.poll();
      for (int i = 2; i < a.length; i += 2) {
        ex.getResponseHeaders().add((String) a[i], (String) a[i + 1]);
      }
      byte[] b = ((String) a[1]).getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders((int) a[0], b.length);
      ex.getResponseBody().write(b);
      ex.close();
    });
    server.start();
    url = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  RemotePredictor connect(RemoteOptions.Builder b) {
    return RemotePredictor.connect(model, url, b.retryBackoff(Duration.ofMillis(10)).build());
  }

  static ColumnTable x(double... x) {
    return ColumnTable.of(DoubleColumn.of("x", x));
  }

  @Test
  void theRequestIsMlflowsDataframeSplitWithParamsAndTheHeadersGiven() {
    try (RemotePredictor p = connect(RemoteOptions.builder().header("Authorization", "Bearer t0k"))) {
      assertThat(p.endpoint()).isEqualTo(url.resolve("/invocations"));
      assertThat(p.predict(x(1, Double.NaN), Params.of(Map.of("sleep", 1)))).isEqualTo(ColumnTable.of(DoubleColumn.of("y", 2)));
    }
    assertThat(bodies).containsExactly(
        "{\"dataframe_split\":{\"columns\":[\"x\"],\"data\":[[1.0],[NaN]]},\"params\":{\"sleep\":1.0}}");
    assertThat(auth).containsExactly("Bearer t0k");
  }

  @Test
  void a503IsRetriedAndThenAnswered() {
    answers.add(new Object[] {503, "busy", "Retry-After", "0"});
    try (RemotePredictor p = connect(RemoteOptions.builder())) {
      assertThat(p.predict(x(1))).isEqualTo(ColumnTable.of(DoubleColumn.of("y", 2)));
    }
    assertThat(bodies).hasSize(2);
  }

  @Test
  void a500IsNotRetriedAndKeepsTheServersText() {
    answers.add(new Object[] {500, "<html>Internal Server Error</html>"});
    try (RemotePredictor p = connect(RemoteOptions.builder())) {
      assertThatThrownBy(() -> p.predict(x(1)))
          .isInstanceOfSatisfying(EndpointException.class, e -> assertThat(e.status()).hasValue(500))
          .hasMessageEndingWith(": POST " + url.resolve("/invocations") + " answered HTTP 500: <html>Internal Server"
              + " Error</html>");
    }
    assertThat(bodies).hasSize(1);
  }

  /** Regression: a redirect was reported as "answered HTTP 307: (empty body)", without where or why. */
  @Test
  void aRedirectIsNotFollowedAndItsTargetIsNamed() {
    answers.add(new Object[] {307, "", "Location", "https://models.example.com/invocations"});
    try (RemotePredictor p = connect(RemoteOptions.builder())) {
      assertThatThrownBy(() -> p.predict(x(1)))
          .isInstanceOfSatisfying(EndpointException.class, e -> assertThat(e.status()).hasValue(307))
          .hasMessageEndingWith(": POST " + url.resolve("/invocations") + " answered HTTP 307, a redirect to"
              + " https://models.example.com/invocations, which is not followed (the request would not be sent again"
              + " as it was); give the predictor the URL it redirects to");
    }
    assertThat(bodies).hasSize(1);
  }

  @Test
  void anAuthFailureIsRejectedInput() {
    answers.add(new Object[] {401, "{\"error_code\": \"UNAUTHENTICATED\", \"message\": \"bad token\"}"});
    try (RemotePredictor p = connect(RemoteOptions.builder())) {
      assertThatThrownBy(() -> p.predict(x(1)))
          .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.code()).isEqualTo("rejected"))
          .hasMessage("<input>: POST " + url.resolve("/invocations") + " answered HTTP 401: UNAUTHENTICATED: bad token");
    }
  }

  /**
   * Regression: a 4xx with MLflow's error body gave the server's message alone, without the URL,
   * and the other messages showed the URL whole, credentials in its user information or query
   * included.
   */
  @Test
  void everyFailureNamesTheEndpointWithoutItsSecrets() throws IOException {
    String mlmodel = model.directory().orElseThrow().resolve("MLmodel").toAbsolutePath() + ": ";
    String post = "POST http://127.0.0.1:" + url.getPort() + "/invocations";
    URI secret = URI.create("http://scorer:s3cret@127.0.0.1:" + url.getPort() + "/invocations?code=k3y#f");
    answers.add(new Object[] {400, "{\"error_code\": \"BAD_REQUEST\", \"message\": \"the model failed\"}"});
    answers.add(new Object[] {400, "{\"error_code\": \"INVALID_PARAMETER_VALUE\", \"message\": \"no column x\"}"});
    answers.add(new Object[] {403, "{\"message\": \"no code\"}"});
    answers.add(new Object[] {404, "Not Found"});
    answers.add(new Object[] {413, ""});
    answers.add(new Object[] {500, "{\"error_code\": \"INTERNAL_ERROR\", \"message\": \"boom\"}"});
    answers.add(new Object[] {302, "", "Location", "https://login.example.com/sso?token=t0p#x"});
    answers.add(new Object[] {200, "not json"});
    List<String> messages = new ArrayList<>();
    try (RemotePredictor p = RemotePredictor.connect(model, secret, RemoteOptions.builder().maxAttempts(1).build())) {
      for (String[] want : new String[][] {
          {"bad-request", "<input>: " + post + " answered HTTP 400: BAD_REQUEST: the model failed"},
          {"schema-mismatch", "<input>: " + post + " answered HTTP 400: INVALID_PARAMETER_VALUE: no column x"},
          {"rejected", "<input>: " + post + " answered HTTP 403: no code"},
          {"rejected", "<input>: " + post + " answered HTTP 404: Not Found"},
          {"limit", "<input>: " + post + " answered HTTP 413: (empty body)"},
          {"endpoint-error", mlmodel + post + " answered HTTP 500: INTERNAL_ERROR: boom"},
          {"endpoint-error", mlmodel + post + " answered HTTP 302, a redirect to https://login.example.com/sso, which is"
              + " not followed (the request would not be sent again as it was); give the predictor the URL it"
              + " redirects to"},
          {"endpoint-response", mlmodel + post + ": the answer is not JSON ("}}) {
        MLModelException e = catchThrowableOfType(MLModelException.class, () -> p.predict(x(1)));
        assertThat(e.code()).isEqualTo(want[0]);
        assertThat(e.getMessage()).startsWith(want[1]);
        messages.add(e.getMessage());
      }
    }
    int closed;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = s.getLocalPort();
    }
    URI nobody = URI.create("http://scorer:s3cret@127.0.0.1:" + closed + "/invocations?code=k3y");
    try (RemotePredictor p = RemotePredictor.connect(model, nobody, RemoteOptions.builder().maxAttempts(1).build())) {
      MLModelException e = catchThrowableOfType(MLModelException.class, () -> p.predict(x(1)));
      assertThat(e.getMessage()).isEqualTo(mlmodel + "cannot connect to http://127.0.0.1:" + closed + "/invocations"
          + " (ConnectException)");
      messages.add(e.getMessage());
    }
    assertThatThrownBy(() -> RemotePredictor.connect(model, URI.create("ftp://scorer:s3cret@host/m?code=k3y"),
        RemoteOptions.defaults())).hasMessage("the endpoint must be an http or https URL with a host, got ftp://host/m");
    assertThat(messages).noneMatch(m -> m.contains("s3cret") || m.contains("k3y") || m.contains("t0p")
        || m.contains("scorer"));
  }

  @Test
  void anAnswerThatIsNotAScoringResponseIsAnEndpointError() {
    answers.add(new Object[] {200, "{\"outputs\": [1]}"});
    answers.add(new Object[] {200, "not json"});
    try (RemotePredictor p = connect(RemoteOptions.builder())) {
      assertThatThrownBy(() -> p.predict(x(1)))
          .isInstanceOfSatisfying(EndpointException.class, e -> assertThat(e.code()).isEqualTo("endpoint-response"))
          .hasMessageEndingWith("answer has no \"predictions\": {\"outputs\": [1]}");
      assertThatThrownBy(() -> p.predict(x(1)))
          .isInstanceOfSatisfying(EndpointException.class, e -> assertThat(e.code()).isEqualTo("endpoint-response"))
          .hasMessageContaining("the answer is not JSON");
    }
  }

  @Test
  void chunksAreSentInOrderAndJoined() {
    answers.add(new Object[] {200, "{\"predictions\": [{\"y\": 2.0}, {\"y\": 4.0}]}"});
    answers.add(new Object[] {200, "{\"predictions\": [{\"y\": 6.0}]}"});
    try (RemotePredictor p = connect(RemoteOptions.builder().chunkRows(2))) {
      assertThat(p.predict(x(1, 2, 3))).isEqualTo(ColumnTable.of(DoubleColumn.of("y", 2, 4, 6)));
    }
    assertThat(bodies).containsExactly(
        "{\"dataframe_split\":{\"columns\":[\"x\"],\"data\":[[1.0],[2.0]]},\"params\":{\"sleep\":0.0}}",
        "{\"dataframe_split\":{\"columns\":[\"x\"],\"data\":[[3.0]]},\"params\":{\"sleep\":0.0}}");
  }

  @Test
  void anUnreachableEndpointIsRetriedThenReported() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    URI nobody = URI.create("http://127.0.0.1:" + port + "/invocations");
    try (RemotePredictor p = RemotePredictor.connect(model, nobody,
        RemoteOptions.builder().maxAttempts(2).retryBackoff(Duration.ofMillis(10)).build())) {
      assertThatThrownBy(() -> p.predict(x(1)))
          .isInstanceOfSatisfying(EndpointException.class, e -> {
            assertThat(e.code()).isEqualTo("endpoint-unreachable");
            assertThat(e.status()).isEmpty();
          })
          .hasMessage(model.directory().orElseThrow().resolve("MLmodel").toAbsolutePath() + ": cannot connect to "
              + nobody + " (ConnectException) after 2 attempts");
      // bad input never gets that far
      assertThatThrownBy(() -> p.predict(ColumnTable.of(DoubleColumn.of("z", 1))))
          .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.code()).isEqualTo("schema-mismatch"))
          .hasMessageContaining("Model is missing inputs ['x'].");
    }
  }

  @Test
  void aServerCommandThatExitsIsReportedWithItsOutput() {
    assertThatThrownBy(() -> RemotePredictor.serve(model, List.of("/nonexistent/mlflow"), RemoteOptions.defaults()))
        .isInstanceOfSatisfying(EndpointException.class, e -> assertThat(e.code()).isEqualTo("endpoint-down"))
        .hasMessageContaining("exited with code 127 before answering /ping; its last output:")
        .hasMessageContaining("/nonexistent/mlflow");
  }

  @Test
  void onlyModelsWithPythonFunctionAndAFolderCanBeServed(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("MLmodel"), "flavors:\n  onnx:\n    data: model.onnx\n");
    assertThatThrownBy(() -> RemotePredictor.serve(MLModels.read(dir), List.of("mlflow"), RemoteOptions.defaults()))
        .isInstanceOfSatisfying(ModelException.class, e -> assertThat(e.code()).isEqualTo("no-predictor"))
        .hasMessageEndingWith("flavors: mlflow models serve needs the python_function flavor; this model has"
            + " flavors [onnx]");
  }

  /**
   * Regression: a header that Java's HTTP client does not send (Host, Connection, a name with a
   * space, a value with a control character) was taken by the builder, and then every predict threw
   * the client's IllegalArgumentException, after the input had been enforced.
   */
  @Test
  void aHeaderTheHttpClientCannotSendIsRefusedByTheBuilder() {
    assertThatThrownBy(() -> RemoteOptions.builder().header("Host", "models.example.com"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("header Host cannot be sent by Java's HTTP client: restricted header name: \"Host\"");
    assertThatThrownBy(() -> RemoteOptions.builder().header("X Token", "t0k"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("header X Token cannot be sent by Java's HTTP client: invalid header name: \"X Token\"");
    assertThatThrownBy(() -> RemoteOptions.builder().header("Authorization", "Bearer t0k\u0000"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the value of header Authorization cannot be sent by Java's HTTP client: it holds a control"
            + " character or one above U+00FF");
  }

  /**
   * Regression: a time longer than a long counts in nanoseconds ({@code ChronoUnit.FOREVER}, meant
   * as "no bound") was taken, and every predict then failed with an ArithmeticException (long
   * overflow) from the deadline's arithmetic.
   */
  @Test
  void aTimeTooLongToCountIsRefusedByTheBuilder() {
    Duration forever = java.time.temporal.ChronoUnit.FOREVER.getDuration();
    assertThatThrownBy(() -> RemoteOptions.builder().requestTimeout(forever))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("requestTimeout must be at most 292 years (what a long counts in nanoseconds), got " + forever);
    assertThatThrownBy(() -> RemoteOptions.builder().startTimeout(Duration.ofDays(200 * 365)).connectTimeout(forever))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("connectTimeout must be at most 292 years");
    assertThat(RemoteOptions.builder().requestTimeout(Duration.ofDays(365 * 200)).build().requestTimeout())
        .isEqualTo(Duration.ofDays(365 * 200));
  }

  /**
   * Regression: a password with a raw '/', '?' or '#' (a base64 token pasted as it is), or the
   * scheme left out ({@code user:password@host}), leaves the URL without a host; its refusal quoted
   * the password, since the user information was looked for only after {@code //} and before the
   * first '/'. And toString showed the endpoint whole, user information and query ({@code ?code=})
   * included.
   */
  @Test
  void neitherARefusalNorToStringShowsTheEndpointsSecrets() {
    for (String[] given : new String[][] {{"https://scorer:s3c/ret@host/invocations", "https://host/invocations"},
        {"https://scorer:s3c?ret@host/invocations", "https://host/invocations"},
        {"https://scorer:s3c#ret@host/invocations", "https://host/invocations"},
        {"scorer:s3cret@host/invocations", "host/invocations"}}) {
      assertThatThrownBy(() -> RemotePredictor.connect(model, URI.create(given[0]), RemoteOptions.defaults()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("the endpoint must be an http or https URL with a host, got " + given[1]);
    }
    URI secret = URI.create("http://scorer:s3cret@127.0.0.1:" + url.getPort() + "/invocations?code=k3y#f");
    try (RemotePredictor p = RemotePredictor.connect(model, secret, RemoteOptions.defaults())) {
      assertThat(p).hasToString("RemotePredictor[http://127.0.0.1:" + url.getPort() + "/invocations]");
    }
  }

  @Test
  void endpointsMustBeHttp() {
    assertThatThrownBy(() -> RemotePredictor.connect(model, URI.create("file:///tmp/x"), RemoteOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the endpoint must be an http or https URL with a host, got file:///tmp/x");
  }
}
