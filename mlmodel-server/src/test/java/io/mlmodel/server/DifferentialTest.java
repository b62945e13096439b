package io.mlmodel.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The same requests to the real {@code mlflow models serve} (a numpy x·W+b python_function model)
 * and to this server (the ONNX model with the same signature, W and b): statuses, content types and
 * bodies compared. Each case says how far the answers agree; every level below {@code EXACT} is a
 * difference documented in docs/server.md ("Differences from mlflow models serve").
 */
class DifferentialTest {
  /** How far the two answers must agree. */
  enum Agree {
    /** Status, content type and body byte for byte (Python's set order and Allow order normalized). */
    EXACT,
    /** Status, content type and error_code; MLflow's message ends with ours (it prefixes the data's repr). */
    MESSAGE_SUFFIX,
    /** Status, content type and error_code; the messages are the two JSON parsers' own. */
    ERROR_CODE,
    /** A documented difference in status: {@code ours} is our status, MLflow's is given. */
    DIFFERENT
  }

  record Case(String name, String method, String path, String contentType, String body, Agree agree, int mlflowStatus,
      int ourStatus) {
    static Case of(String name, String method, String path, String contentType, String body, Agree agree) {
      return new Case(name, method, path, contentType, body, agree, 0, 0);
    }
  }

  private static final String JSON = "application/json";
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final List<Case> CASES = List.of(
      Case.of("ping", "GET", "/ping", null, null, Agree.EXACT),
      Case.of("health", "GET", "/health", null, null, Agree.EXACT),
      Case.of("version", "GET", "/version", null, null, Agree.EXACT),
      Case.of("head ping", "HEAD", "/ping", null, null, Agree.EXACT),
      Case.of("options ping", "OPTIONS", "/ping", null, null, Agree.EXACT),
      Case.of("options invocations", "OPTIONS", "/invocations", null, null, Agree.EXACT),
      Case.of("post ping", "POST", "/ping", JSON, "{}", Agree.EXACT),
      Case.of("get invocations", "GET", "/invocations", null, null, Agree.EXACT),
      Case.of("unknown path", "GET", "/nope", null, null, Agree.EXACT),
      Case.of("ping after two slashes", "GET", "//ping", null, null, Agree.EXACT),
      Case.of("ping after three slashes", "GET", "///ping", null, null, Agree.EXACT),
      Case.of("ping after an escaped slash", "GET", "/%2Fping", null, null, Agree.EXACT),
      Case.of("ping with doubled trailing slashes", "GET", "//ping//", null, null, Agree.EXACT),
      Case.of("options after two slashes", "OPTIONS", "//invocations", null, null, Agree.EXACT),
      Case.of("inputs after two slashes", "POST", "//invocations", JSON, "{\"inputs\": [[1, 2, 3]]}", Agree.EXACT),
      Case.of("inputs", "POST", "/invocations", JSON, "{\"inputs\": [[1, 2, 3]]}", Agree.EXACT),
      Case.of("inputs two rows", "POST", "/invocations", JSON, "{\"inputs\": [[1, 2, 3], [-1, 0.5, 0]]}", Agree.EXACT),
      Case.of("instances", "POST", "/invocations", JSON, "{\"instances\": [[1, 2, 3]]}", Agree.EXACT),
      Case.of("dataframe_split", "POST", "/invocations", JSON,
          "{\"dataframe_split\": {\"columns\": [\"a\", \"b\", \"c\"], \"data\": [[1, 2, 3]]}}", Agree.EXACT),
      Case.of("dataframe_records", "POST", "/invocations", JSON,
          "{\"dataframe_records\": [{\"a\": 1, \"b\": 2, \"c\": 3}]}", Agree.EXACT),
      Case.of("params without a params schema", "POST", "/invocations", JSON,
          "{\"inputs\": [[1, 2, 3]], \"params\": {\"a\": 1}}", Agree.EXACT),
      // JSON nulls and odd values where a form is expected (NullRequestsRegressionTest in the core)
      Case.of("params a list without a params schema", "POST", "/invocations", JSON,
          "{\"inputs\": [[1, 2, 3]], \"params\": [1, 2]}", Agree.EXACT),
      Case.of("dataframe_records of lists", "POST", "/invocations", JSON, "{\"dataframe_records\": [[1, 2, 3]]}",
          Agree.EXACT),
      Case.of("dataframe_split columns null", "POST", "/invocations", JSON,
          "{\"dataframe_split\": {\"columns\": null, \"data\": [[1, 2, 3]]}}", Agree.EXACT),
      Case.of("inputs null", "POST", "/invocations", JSON, "{\"inputs\": null}", Agree.ERROR_CODE),
      Case.of("instances null", "POST", "/invocations", JSON, "{\"instances\": null}", Agree.ERROR_CODE),
      Case.of("dataframe_split data null", "POST", "/invocations", JSON, "{\"dataframe_split\": {\"data\": null}}",
          Agree.MESSAGE_SUFFIX),
      Case.of("dataframe_split null row after a row", "POST", "/invocations", JSON,
          "{\"dataframe_split\": {\"columns\": [\"a\", \"b\", \"c\"], \"data\": [[1, 2, 3], null]}}", Agree.ERROR_CODE),
      Case.of("charset utf-8", "POST", "/invocations", JSON + "; charset=UTF-8", "{\"inputs\": [[1, 2, 3]]}", Agree.EXACT),
      Case.of("non-finite", "POST", "/invocations", JSON, "{\"inputs\": [[NaN, 0, 0], [1, 2, 3]]}", Agree.EXACT),
      // regression: floats were written in Java's layout (1.2345678E7, 1.0E-5), not Python's repr
      Case.of("large and small floats", "POST", "/invocations", JSON,
          "{\"inputs\": [[12345678, 0, 0], [1e17, 0, 0], [0.5, -2, 0.002], [1e-30, 0, 0], [-0.49999, 0, 0]]}", Agree.EXACT),
      // Safe mode refuses what MLflow silently turns into infinity (docs/server.md, docs/enforcement.md).
      new Case("out of float32 range", "POST", "/invocations", JSON, "{\"inputs\": [[1e40, 2, 3]]}", Agree.DIFFERENT,
          200, 400),
      Case.of("charset latin-1", "POST", "/invocations", JSON + "; charset=latin-1", "{}", Agree.EXACT),
      Case.of("unknown parameter", "POST", "/invocations", JSON + "; foo=bar", "{}", Agree.EXACT),
      Case.of("text/plain", "POST", "/invocations", "text/plain", "{}", Agree.EXACT),
      Case.of("a list", "POST", "/invocations", JSON, "[1]", Agree.EXACT),
      Case.of("a number", "POST", "/invocations", JSON, "3", Agree.ERROR_CODE),
      Case.of("no input field", "POST", "/invocations", JSON, "{\"x\": 1}", Agree.ERROR_CODE),
      Case.of("two input fields", "POST", "/invocations", JSON, "{\"inputs\": [[1, 2, 3]], \"instances\": [[1, 2, 3]]}",
          Agree.ERROR_CODE),
      Case.of("wrong shape", "POST", "/invocations", JSON, "{\"inputs\": [[1, 2]]}", Agree.MESSAGE_SUFFIX),
      Case.of("malformed JSON", "POST", "/invocations", JSON, "{\"inputs\": [[1, 2", Agree.ERROR_CODE),
      Case.of("a string for a float", "POST", "/invocations", JSON, "{\"inputs\": [[\"a\", 2, 3]]}", Agree.ERROR_CODE),
      Case.of("non-ASCII in a message", "POST", "/invocations", JSON, "{\"inputs\": [[\"\u00e9\u4e2d\", 2, 3]]}",
          Agree.ERROR_CODE),
      Case.of("named tensor for an unnamed spec", "POST", "/invocations", JSON, "{\"inputs\": {\"x\": [[1, 2, 3]]}}",
          Agree.ERROR_CODE),
      Case.of("csv", "POST", "/invocations", "text/csv", "a,b,c\n1,2,3\n", Agree.ERROR_CODE),
      new Case("no content type", "POST", "/invocations", null, "{\"inputs\": [[1, 2, 3]]}", Agree.DIFFERENT, 500, 415),
      new Case("body not UTF-8", "POST", "/invocations", JSON, "{\"inputs\": [[\"\u00e9\", 2, 3]]}", Agree.DIFFERENT,
          500, 400));

  private static MlflowOracle mlflow;
  private static ScoringServer ours;

  @BeforeAll
  static void start(@TempDir Path tmp) {
    Path home = MlflowOracle.home();
    Path model = tmp.resolve("linear_pyfunc");
    MlflowOracle.writeLinearPyfunc(home, model);
    assertThat(model.resolve("MLmodel")).exists();
    mlflow = MlflowOracle.serve(home, model, 1);
    ours = ScoringServer.start(TestServers.config().build());
  }

  @AfterAll
  static void stop() {
    if (mlflow != null) {
      mlflow.close();
    }
    if (ours != null) {
      ours.close();
    }
  }

  @Test
  void sameAnswersAsMlflowModelsServe() throws Exception {
    List<String> report = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (Case c : CASES) {
      HttpResponse<String> theirs = TestServers.send(request(c, mlflow.port));
      HttpResponse<String> mine = TestServers.send(request(c, ours.port()));
      report.add(c.name() + "\t" + c.agree() + "\n  mlflow: " + describe(theirs) + "\n  ours:   " + describe(mine));
      String problem = compare(c, theirs, mine);
      if (problem != null) {
        failures.add(c.name() + ": " + problem + "\n  mlflow: " + describe(theirs) + "\n  ours:   " + describe(mine));
      }
    }
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/differential.txt"), String.join("\n", report) + "\n");
    assertThat(failures).isEmpty();
  }

  private static String compare(Case c, HttpResponse<String> theirs, HttpResponse<String> mine) {
    if (c.agree() == Agree.DIFFERENT) {
      return theirs.statusCode() == c.mlflowStatus() && mine.statusCode() == c.ourStatus() ? null
          : "expected the documented " + c.mlflowStatus() + " vs " + c.ourStatus();
    }
    if (theirs.statusCode() != mine.statusCode()) {
      return "status " + theirs.statusCode() + " vs " + mine.statusCode();
    }
    if (!type(theirs).equals(type(mine))) {
      return "content type " + type(theirs) + " vs " + type(mine);
    }
    if (!allow(theirs).equals(allow(mine))) {
      return "Allow " + allow(theirs) + " vs " + allow(mine);
    }
    switch (c.agree()) {
      case EXACT -> {
        return normalize(theirs.body()).equals(normalize(mine.body())) ? null : "bodies differ";
      }
      case MESSAGE_SUFFIX, ERROR_CODE -> {
        JsonNode t = MAPPER.readTree(theirs.body());
        JsonNode m = MAPPER.readTree(mine.body());
        if (!t.path("error_code").equals(m.path("error_code")) || m.path("message").asString("").isEmpty()) {
          return "error codes differ";
        }
        if (c.agree() == Agree.MESSAGE_SUFFIX && !t.path("message").asString().endsWith(m.path("message").asString())) {
          return "MLflow's message does not end with ours";
        }
        return null;
      }
      default -> {
        return null;
      }
    }
  }

  private static final Pattern SET = Pattern.compile("\\{('[a-z_]+'(, '[a-z_]+')*)\\}");

  /** Python prints sets in hash order, which changes from process to process: sort them. */
  private static String normalize(String body) {
    Matcher m = SET.matcher(body);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, Matcher.quoteReplacement("{" + String.join(", ", new TreeSet<>(Arrays.asList(m.group(1)
          .split(", ")))) + "}"));
    }
    return m.appendTail(b).toString();
  }

  private static String type(HttpResponse<String> r) {
    return r.headers().firstValue("content-type").orElse("");
  }

  private static TreeSet<String> allow(HttpResponse<String> r) {
    return new TreeSet<>(Arrays.asList(r.headers().firstValue("allow").orElse("").split(",\\s*")));
  }

  private static String describe(HttpResponse<String> r) {
    String body = r.body().length() > 300 ? r.body().substring(0, 300) + "..." : r.body();
    return r.statusCode() + " [" + type(r) + "] " + body.replace("\n", "\\n");
  }

  private static HttpRequest request(Case c, int port) {
    HttpRequest.Builder b = HttpRequest.newBuilder(TestServers.uri(port, c.path()));
    // "body not UTF-8" sends its text as ISO-8859-1 bytes
    java.nio.charset.Charset charset = c.name().equals("body not UTF-8") ? java.nio.charset.StandardCharsets.ISO_8859_1
        : java.nio.charset.StandardCharsets.UTF_8;
    b.method(c.method(), c.body() == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(c.body(), charset));
    if (c.contentType() != null) {
      b.header("Content-Type", c.contentType());
    }
    return b.build();
  }
}
