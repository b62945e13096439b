package io.mlmodel.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mlmodel.InputException;
import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.ReadOptions;
import io.mlmodel.enforce.EnforcementOptions;
import io.mlmodel.request.ScoringRequests;
import io.mlmodel.signature.SignatureParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Regression: a JSON syntax error in a scoring request or in a signature carried Jackson's redacted
 * source into the message ({@code (start marker at [Source: REDACTED
 * (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); byte offset: #UNKNOWN])}), which the
 * server's {@code /invocations} answered and the CLI's {@code predict} and {@code validate} printed;
 * so did an input example that is not JSON.
 */
class JacksonNamesRegressionTest {
  private static final String[] JACKSON = {"Source", "REDACTED", "`", "#UNKNOWN", "StreamReadFeature", "JsonToken"};

  @Test
  void aRequestThatIsNotJsonIsTheParsersProblemWithoutJacksonsSource() {
    InputException e = catchThrowableOfType(InputException.class, () -> ScoringRequests.decodeJson(
        "{\"inputs\": [[1.0, 2.0", null, EnforcementOptions.defaults()));
    assertThat(e.problem()).doesNotContain(JACKSON).isEqualTo("Invalid input. Ensure that input is a valid JSON"
        + " formatted string. Error: 'Unexpected end-of-input: expected close marker for Array'");
  }

  @Test
  void aSignatureThatIsNotJsonIsTheParsersProblemWithoutJacksonsSource() {
    Location at = new Location(Path.of("/m/MLmodel"), 5, 11, "signature.inputs");
    ModelException e = catchThrowableOfType(ModelException.class,
        () -> SignatureParser.parseSchema("[{\"type\": \"double\", \"name\": \"a\"", at));
    assertThat(e.problem()).doesNotContain(JACKSON)
        .isEqualTo("not valid JSON at line 1, column 32: Unexpected end-of-input: expected close marker for Object");
  }

  @Test
  void aRequestPropertyNameOverTheParsersLengthLimitIsNotReportedAsNesting() {
    // regression: every parser limit but the number length was reported as nesting too deep
    String name = "c".repeat(60_000);
    InputException e = catchThrowableOfType(InputException.class, () -> ScoringRequests.decodeJson(
        "{\"dataframe_records\": [{\"" + name + "\": 1}]}", null, EnforcementOptions.defaults()));
    assertThat(e.code()).isEqualTo("limit");
    assertThat(e.problem()).doesNotContain(JACKSON).doesNotContain("nests").isEqualTo(
        "the request is over a limit of the JSON parser: Name length (60000) exceeds the maximum allowed (50000)");
  }

  @Test
  void anInputExampleThatIsNotJsonIsTheParsersProblemWithoutJacksonsSource() {
    ModelException e = catchThrowableOfType(ModelException.class, () -> JsonDocument.parse(
        "{\"a\": [1, 2".getBytes(StandardCharsets.UTF_8), Path.of("input_example.json"), ReadOptions.defaults()));
    assertThat(e.code()).isEqualTo("json-syntax");
    assertThat(e.problem()).doesNotContain(JACKSON)
        .isEqualTo("invalid JSON: Unexpected end-of-input: expected close marker for Array");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "[1} | Unexpected close marker '}': expected ']'",
      "{\"a\" 1} | Unexpected character ('1' (code 49)): was expecting a colon to separate property name and value",
      "[NaN] | Non-standard token 'NaN'",
      "[\"abc | Unexpected end-of-input: was expecting closing quote for a string value",
  })
  void theProblemKeepsTheParsersWordsAndDropsItsNames(String json, String problem) {
    JacksonException e = catchThrowableOfType(JacksonException.class,
        () -> JsonMapper.builder().build().readTree(json));
    assertThat(JsonErrors.problem(e)).doesNotContain(JACKSON).isEqualTo(problem);
  }

  @Test
  void aSignatureKeyOverTheParsersLengthLimitSaysSoWithoutJacksonsSetting() {
    // regression: when JsonErrors took over, Jackson's constraint message (which names its setting,
    // "from `StreamReadConstraints.getMaxNameLength()`") became the bare "not valid JSON"; the length
    // Jackson reports is how far it had read when it stopped, not the key's
    String key = "k".repeat(60_000);
    ModelException e = catchThrowableOfType(ModelException.class,
        () -> SignatureParser.parseSchema("[{\"type\": \"double\", \"" + key + "\": 1}]", Location.UNKNOWN));
    assertThat(e.problem()).doesNotContain(JACKSON)
        .matches("not valid JSON: Name length \\(\\d+\\) exceeds the maximum allowed \\(50000\\)");
  }
}
