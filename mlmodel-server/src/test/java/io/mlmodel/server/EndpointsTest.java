package io.mlmodel.server;

import static io.mlmodel.server.TestServers.get;
import static io.mlmodel.server.TestServers.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every endpoint of a running server, over real HTTP, with the linear model under two names. */
class EndpointsTest {
  private static final String JSON = "application/json";
  private static ScoringServer server;
  private static int port;

  @BeforeAll
  static void start() {
    server = ScoringServer.start(TestServers.config().model("second", TestServers.linear()).build());
    port = server.port();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void pingHealthAndVersionAnswerAsMlflow() {
    for (String path : new String[] {"/ping", "/health", "/models/second/ping"}) {
      HttpResponse<String> r = get(port, path);
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).isEqualTo("\n");
      assertThat(r.headers().firstValue("content-type")).contains(JSON);
    }
    HttpResponse<String> v = get(port, "/version");
    assertThat(v.body()).isEqualTo("2.17.2");
    assertThat(v.headers().firstValue("content-type")).contains(JSON);
    assertThat(server.ready()).isTrue();
  }

  @Test
  void invocationsInEachJsonFormAndCsv() {
    String expected = "{\"predictions\": {\"y\": [[-0.5, 10.0]]}}";
    assertThat(post(port, "/invocations", JSON, "{\"inputs\": [[1, 2, 3]]}").body()).isEqualTo(expected);
    assertThat(post(port, "/invocations", JSON + "; charset=UTF-8", "{\"instances\": [[1, 2, 3]]}").body())
        .isEqualTo(expected);
    assertThat(post(port, "/models/second/invocations", JSON, "{\"inputs\": [[1, 2, 3], [-1, 0.5, 0]]}").body())
        .isEqualTo("{\"predictions\": {\"y\": [[-0.5, 10.0], [-0.25, 1.625]]}}");
    HttpResponse<String> ok = post(port, "/invocations", JSON, "{\"dataframe_split\": {\"columns\": [\"a\", \"b\", \"c\"],"
        + " \"data\": [[1, 2, 3]]}}");
    assertThat(ok.body()).isEqualTo(expected);
    assertThat(post(port, "/invocations", JSON, "{\"dataframe_records\": [{\"a\": 1, \"b\": 2, \"c\": 3}]}").body())
        .isEqualTo(expected);
    // a tensor signature takes no CSV, in MLflow as here
    HttpResponse<String> csv = post(port, "/invocations", "text/csv", "a,b,c\n1,2,3\n");
    assertThat(csv.headers().firstValue("content-type")).contains(JSON);
    assertThat(csv.statusCode()).isEqualTo(400);
    assertThat(csv.body()).startsWith("{\"error_code\": \"BAD_REQUEST\", \"message\": \"Failed to parse input as a Pandas"
        + " DataFrame.");
  }

  @Test
  void badInputIsMlflowErrorJson() {
    HttpResponse<String> shape = post(port, "/invocations", JSON, "{\"inputs\": [[1, 2]]}");
    assertThat(shape.statusCode()).isEqualTo(400);
    assertThat(shape.headers().firstValue("content-type")).contains(JSON);
    assertThat(shape.body()).isEqualTo("{\"error_code\": \"INVALID_PARAMETER_VALUE\", \"message\": \"Shape of input (1, 2)"
        + " does not match expected shape (-1, 3).\"}");
    HttpResponse<String> list = post(port, "/invocations", JSON, "[1]");
    assertThat(list.statusCode()).isEqualTo(400);
    assertThat(list.body()).startsWith("{\"error_code\": \"BAD_REQUEST\", \"message\": \"Invalid input. The input must be"
        + " a JSON dictionary");
    HttpResponse<String> broken = post(port, "/invocations", JSON, "{\"inputs\": [[1,");
    assertThat(broken.statusCode()).isEqualTo(400);
    assertThat(broken.body()).contains("\"BAD_REQUEST\"", "Ensure that input is a valid JSON formatted string");
  }

  @Test
  void unsupportedContentTypesAre415WithMlflowText() {
    HttpResponse<String> plain = post(port, "/invocations", "text/plain", "{}");
    assertThat(plain.statusCode()).isEqualTo(415);
    assertThat(plain.headers().firstValue("content-type")).contains("text/plain; charset=utf-8");
    assertThat(plain.body()).isEqualTo("This predictor only supports the following content types: Types: ['text/csv',"
        + " 'application/json']. Got 'text/plain'.");
    assertThat(post(port, "/invocations", JSON + "; charset=latin-1", "{}").body())
        .isEqualTo("The scoring server only supports UTF-8");
    assertThat(post(port, "/invocations", JSON + "; foo=bar", "{}").body())
        .startsWith("Unrecognized content type parameters: foo. IMPORTANT: The MLflow Model scoring protocol");
    assertThat(post(port, "/invocations", null, "{}").body()).endsWith("Got 'None'.");
  }

  @Test
  void unknownPathsAndMethodsAreWerkzeugPages() {
    HttpResponse<String> missing = get(port, "/nope");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("<title>404 Not Found</title>");
    assertThat(get(port, "/models/absent/ping").statusCode()).isEqualTo(404);
    HttpResponse<String> wrong = get(port, "/invocations");
    assertThat(wrong.statusCode()).isEqualTo(405);
    assertThat(wrong.headers().firstValue("allow")).contains("OPTIONS, POST");
    assertThat(post(port, "/ping", JSON, "{}").statusCode()).isEqualTo(405);
    HttpResponse<String> head = TestServers.send(HttpRequest.newBuilder(TestServers.uri(port, "/ping"))
        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
  }

  @Test
  void openApiAndDocs() {
    HttpResponse<String> root = get(port, "/openapi.json");
    assertThat(root.statusCode()).isEqualTo(200);
    assertThat(root.body()).contains("\"openapi\" : \"3.1.0\"", "\"/invocations\"").doesNotContain("\"servers\"");
    assertThat(get(port, "/models/second/openapi.json").body()).contains("\"url\" : \"/models/second\"");
    HttpResponse<String> docs = get(port, "/docs");
    assertThat(docs.headers().firstValue("content-type")).contains("text/html; charset=utf-8");
    assertThat(docs.body()).contains("/docs/swagger-ui-bundle.js").doesNotContain("cdn", "https://");
    HttpResponse<String> bundle = get(port, "/docs/swagger-ui-bundle.js");
    assertThat(bundle.statusCode()).isEqualTo(200);
    assertThat(bundle.body().length()).isGreaterThan(100_000);
    assertThat(get(port, "/docs/swagger-initializer.js").body())
        .contains("{url:'/models/linear/openapi.json',name:'linear'},{url:'/models/second/openapi.json',name:'second'}");
    assertThat(get(port, "/docs/..%2Fpom.properties").statusCode()).isEqualTo(404);
    assertThat(get(port, "/docs/nothing.js").statusCode()).isEqualTo(404);
  }

  @Test
  void metricsCountRequestsPerModelAndStatus() {
    post(port, "/models/second/invocations", JSON, "{\"inputs\": [[1, 2, 3]]}");
    post(port, "/models/second/invocations", JSON, "{\"inputs\": [[1]]}");
    HttpResponse<String> m = get(port, "/metrics");
    assertThat(m.statusCode()).isEqualTo(200);
    assertThat(m.headers().firstValue("content-type").orElseThrow()).startsWith("text/plain; version=0.0.4");
    assertThat(m.body()).contains(
        "mlmodel_requests_total{endpoint=\"invocations\",model=\"second\",status=\"200\"}",
        "mlmodel_request_errors_total{endpoint=\"invocations\",model=\"second\",status=\"400\"}",
        "mlmodel_request_duration_seconds_bucket{endpoint=\"invocations\",model=\"second\",status=\"200\",le=\"0.005\"}",
        "mlmodel_model_ready{model=\"linear\"} 1.0");
  }

  @Test
  void openInferenceV2() {
    assertThat(get(port, "/v2/health/live").statusCode()).isEqualTo(200);
    assertThat(get(port, "/v2/health/ready").statusCode()).isEqualTo(200);
    assertThat(get(port, "/v2/models/linear/ready").statusCode()).isEqualTo(200);
    assertThat(get(port, "/v2").body()).contains("\"name\":\"mlmodel-server\"");
    assertThat(get(port, "/v2/models/linear").body()).isEqualTo("{\"name\":\"linear\",\"versions\":[],\"platform\":\"\","
        + "\"inputs\":[{\"name\":\"input-0\",\"datatype\":\"FP32\",\"shape\":[-1,3],\"parameters\":{\"content_type\":\"np\"}}],"
        + "\"outputs\":[{\"name\":\"output-0\",\"datatype\":\"FP32\",\"shape\":[-1,2],\"parameters\":{\"content_type\":\"np\"}}],"
        + "\"parameters\":{\"content_type\":\"np\"}}");
    HttpResponse<String> infer = post(port, "/v2/models/linear/infer", JSON, "{\"id\": \"r1\", \"inputs\": [{\"name\": \"x\","
        + " \"shape\": [2, 3], \"datatype\": \"FP32\", \"data\": [1, 2, 3, -1, 0.5, 0]}]}");
    assertThat(infer.statusCode()).as(infer.body()).isEqualTo(200);
    assertThat(infer.body()).isEqualTo("{\"model_name\":\"linear\",\"id\":\"r1\",\"outputs\":[{\"name\":\"y\",\"shape\":[2,2],"
        + "\"datatype\":\"FP32\",\"parameters\":{\"content_type\":\"np\"},\"data\":[-0.5,10.0,-0.25,1.625]}]}");
    HttpResponse<String> bad = post(port, "/v2/models/linear/infer", JSON, "{\"inputs\": [{\"name\": \"x\", \"shape\": [1, 2],"
        + " \"datatype\": \"FP32\", \"data\": [1, 2]}]}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).isEqualTo("{\"error\":\"Shape of input (1, 2) does not match expected shape (-1, 3).\"}");
    assertThat(post(port, "/v2/models/linear/infer", JSON, "{\"inputs\": [{\"name\": \"x\", \"shape\": [1, 3],"
        + " \"datatype\": \"FP32\", \"data\": [1, 2]}]}").body()).contains("shape [1, 3] needs 3 elements but data has 2");
    assertThat(post(port, "/v2/models/linear/infer", JSON, "nope").statusCode()).isEqualTo(422);
    assertThat(get(port, "/v2/models/absent").body()).isEqualTo("{\"error\":\"Model absent not found\"}");
    assertThat(get(port, "/v2/models/linear/versions/1").statusCode()).isEqualTo(404);
  }
}
