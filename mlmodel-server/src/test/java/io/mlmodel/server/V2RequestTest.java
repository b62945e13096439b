package io.mlmodel.server;

import static io.mlmodel.server.TestServers.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a V2 inference request must be: its fields' JSON types, the {@code np} codec's one input, JSON itself. */
class V2RequestTest {
  private static final String JSON = "application/json";
  private static final String X = "{\"name\": \"x\", \"shape\": [1, 3], \"datatype\": \"FP32\", \"data\": [1, 2, 3]}";
  private static ScoringServer server;

  @BeforeAll
  static void start() {
    server = ScoringServer.start(TestServers.config().build());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> infer(String body) {
    return post(server.port(), "/v2/models/linear/infer", JSON, body);
  }

  /** Regression: a {@code parameters} that was no object (and a number for {@code content_type} or {@code id}) was ignored. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "'\"parameters\": [1], ' | parameters must be an object, not a list",
      "'\"parameters\": \"np\", ' | parameters must be an object, not a string",
      "'\"parameters\": {\"content_type\": 5}, ' | parameters.content_type must be a string, not a number",
      "'\"id\": 5, ' | id must be a string, not a number",
  })
  void aFieldOfTheWrongJsonTypeIs422(String field, String error) {
    HttpResponse<String> r = infer("{" + field + "\"inputs\": [" + X + "]}");
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body()).isEqualTo("{\"error\":\"" + error + "\"}");
  }

  @Test
  void anInputNameThatIsNoStringIs422AndNullFieldsAreAbsentOnes() {
    HttpResponse<String> r = infer("{\"inputs\": [" + X + ", {\"name\": 7, \"shape\": [1], \"datatype\": \"FP32\", \"data\": [1]}]}");
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body()).isEqualTo("{\"error\":\"inputs[1].name must be a string, not a number\"}");
    HttpResponse<String> nulls = infer("{\"id\": null, \"parameters\": {\"content_type\": null}, \"inputs\": [" + X + "]}");
    assertThat(nulls.statusCode()).as(nulls.body()).isEqualTo(200);
  }

  /** Regression: a missing required field, or an input that is no object, was a 400 where MLServer's validation answers 422. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "'{}' | inputs is required",
      "'{\"inputs\": null}' | inputs is required",
      "'{\"inputs\": {\"x\": 1}}' | inputs must be a list, not an object",
      "'[1]' | the request must be an object, not a list",
      "'{\"inputs\": [7]}' | inputs[0] must be an object, not a number",
      "'{\"inputs\": [{\"shape\": [1], \"datatype\": \"FP32\", \"data\": [1]}]}' | inputs[0].name is required",
      "'{\"inputs\": [{\"name\": \"x\", \"datatype\": \"FP32\", \"data\": [1]}]}' | inputs[0].shape is required",
      "'{\"inputs\": [{\"name\": \"x\", \"shape\": 1, \"datatype\": \"FP32\", \"data\": [1]}]}' | inputs[0].shape must be a list, not a number",
      "'{\"inputs\": [{\"name\": \"x\", \"shape\": [1], \"data\": [1]}]}' | inputs[0].datatype is required",
      "'{\"inputs\": [{\"name\": \"x\", \"shape\": [1], \"datatype\": \"FP32\"}]}' | inputs[0].data is required",
  })
  void aMissingRequiredFieldIs422AsInMlserver(String body, String error) {
    HttpResponse<String> r = infer(body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
    assertThat(r.body()).isEqualTo("{\"error\":\"" + error + "\"}");
    // an empty list passes MLServer's validation and fails in its codec: 400, as before
    assertThat(infer("{\"inputs\": []}").statusCode()).isEqualTo(400);
  }

  /** Regression: the {@code np} codec took the first of several inputs and dropped the others silently. */
  @Test
  void theNpCodecRefusesSeveralInputsRatherThanTakeTheFirst() {
    String z = X.replace("\"x\"", "\"z\"");
    HttpResponse<String> r = infer("{\"parameters\": {\"content_type\": \"np\"}, \"inputs\": [" + X + ", " + z + "]}");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).isEqualTo("{\"error\":\"The 'np' codec only supports a single input tensor (2 were received)\"}");
    // the model's own codec is np (one unnamed tensor): the same without parameters
    assertThat(infer("{\"inputs\": [" + X + ", " + z + "]}").statusCode()).isEqualTo(400);
  }

  /** Regression: 422 texts quoted Jackson's token, class and feature names and its redacted source, with no location. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "nope | Invalid JSON at line 1, column 1: Unrecognized token 'nope': was expecting (JSON String, Number, Array,"
          + " Object or token 'null', 'true' or 'false')",
      "'{' | Invalid JSON at line 1, column 2: Unexpected end-of-input: expected close marker for Object",
      "'{\"a\": [1}' | Invalid JSON at line 1, column 9: Unexpected close marker '}': expected ']'",
      "'{\"inputs\": []} {}' | Invalid JSON at line 1, column 16: more content after the JSON value",
      "'{\"a\": NaN}' | Invalid JSON at line 1, column 10: Non-standard token 'NaN'",
      "'\"text' | Invalid JSON at line 1, column 6: Unexpected end-of-input in a string",
  })
  void aBodyThatIsNotJsonIs422SaysWhereAndNamesNoJavaClass(String body, String error) {
    HttpResponse<String> r = infer(body);
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body()).doesNotContain("`", "Source", "REDACTED", "JsonToken", "VALUE_", "jackson", "Feature")
        .isEqualTo("{\"error\":\"" + error.replace("\"", "\\\"") + "\"}");
  }
}
