package io.mlmodel.server;

import static io.mlmodel.server.TestServers.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.enforce.EnforcementOptions;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

/** V2 request bodies under the request limits of {@code /invocations}. */
class V2JsonTest {
  private static final String JSON = "application/json";

  @Test
  void aV2RequestIsHeldToTheRequestLimitsOfInvocations() {
    // regression: V2 bodies were read whole into a tree without the cell or depth limit; eight
    // concurrent 8 MB bodies of numbers (2 million each) exhausted a 256 MB heap (a 500 OutOfMemoryError)
    try (ScoringServer s = ScoringServer.start(TestServers.config()
        .enforcement(EnforcementOptions.builder().maxCells(1000).maxDepth(8).build()).build())) {
      String rows = "{\"inputs\": [{\"name\": \"x\", \"shape\": [500, 3], \"datatype\": \"FP32\", \"data\": ["
          + "1.5, ".repeat(1499) + "1.5]}]}";
      HttpResponse<String> r = post(s.port(), "/v2/models/linear/infer", JSON, rows);
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(r.body()).isEqualTo("{\"error\":\"the request has more than 1000 cells (JSON values: each number, string,"
          + " boolean, null, array and object counts) at line 1, column 5030 (EnforcementOptions.maxCells)\"}");
      String deep = "{\"inputs\": [{\"name\": \"x\", \"shape\": [1, 1, 1, 1, 1, 1, 1, 1], \"datatype\": \"FP32\", \"data\": "
          + "[".repeat(8) + "1" + "]".repeat(8) + "}]}";
      assertThat(post(s.port(), "/v2/models/linear/infer", JSON, deep).body()).isEqualTo("{\"error\":\"the request nests"
          + " JSON arrays and objects deeper than the limit of 8 (EnforcementOptions.maxDepth)\"}");
      assertThat(post(s.port(), "/v2/models/linear/infer", JSON, "{\"inputs\": [{\"name\": \"x\", \"shape\": [1, 3],"
          + " \"datatype\": \"FP32\", \"data\": [1, 2, 3]}]}").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aBodyWhoseParserMessageHasNoPlainWordsIsStillTheBodyThatIsNotValidJson() {
    // regression: when the cleaning moved to JsonErrors, a parser message left with a Java name
    // answered "Invalid JSON: not valid JSON" instead of "Invalid JSON: the body is not valid JSON"
    assertThat(V2Json.notJson(new StreamReadException("java.lang.IllegalStateException: state")))
        .isEqualTo("Invalid JSON: the body is not valid JSON");
    // a limit's message keeps its words, without the setting Jackson names (JsonErrors)
    String body = "{\"inputs\": [" + "1".repeat(5000) + "]}";
    JacksonException failure = null;
    try {
      new V2Json(EnforcementOptions.defaults()).read(new ByteArrayInputStream(body.getBytes(StandardCharsets.US_ASCII)));
    } catch (JacksonException e) {
      failure = e;
    }
    assertThat(failure).isNotNull();
    assertThat(V2Json.notJson(failure)).matches("Invalid JSON: Number value length \\(\\d+\\) exceeds the maximum"
        + " allowed \\(1000\\)");
  }
}
