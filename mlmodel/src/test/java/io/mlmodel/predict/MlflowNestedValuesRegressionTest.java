package io.mlmodel.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mlmodel.InputException;
import io.mlmodel.enforce.EnforcementOptions;
import io.mlmodel.request.RequestValidator;
import io.mlmodel.signature.ModelSignature;
import io.mlmodel.signature.SignatureParser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, found by the differential harness: MLflow-compatible mode converted nested values
 * (array items, property values) with the column casts, where MLflow 2.17.2 checks each one alone
 * ({@code _enforce_type}, required) and passes text for a boolean unchanged. Every expectation here
 * is what MLflow 2.17.2's {@code _parse_json_data} + {@code _enforce_schema} answered for the body.
 */
class MlflowNestedValuesRegressionTest {
  static final ModelSignature BOOLS = SignatureParser.fromStrings(
      "[{\"type\": \"array\", \"items\": {\"type\": \"boolean\"}, \"name\": \"a\", \"required\": true}]", null, null);
  static final ModelSignature MIXED = SignatureParser.fromStrings("[{\"type\": \"array\", \"items\": {\"type\": \"string\"},"
      + " \"name\": \"a\", \"required\": false}, {\"type\": \"object\", \"properties\": {\"k\": {\"type\": \"long\","
      + " \"required\": false}, \"d\": {\"type\": \"datetime\", \"required\": false}}, \"name\": \"o\", \"required\": false},"
      + " {\"type\": \"long\", \"name\": \"n\", \"required\": false}]", null, null);
  static final EnforcementOptions MLFLOW = EnforcementOptions.builder()
      .compatibility(EnforcementOptions.Compatibility.MLFLOW).build();

  static String accepted(ModelSignature sig, String body) {
    return RequestValidator.report(RequestValidator.validate(sig,
        new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), "application/json", MLFLOW));
  }

  static String refused(ModelSignature sig, String body) {
    InputException e = catchThrowableOfType(InputException.class, () -> accepted(sig, body));
    assertThat(e).as(body).isNotNull();
    return e.problem();
  }

  @Test
  void textInABooleanArrayPassesUnchangedAsMlflowPassesIt() {
    assertThat(accepted(BOOLS, "{\"dataframe_records\": [{\"a\": [\"3\", true]}]}")).contains("\"a\":[[\"3\",true]]");
    assertThat(accepted(BOOLS, "{\"dataframe_split\": {\"columns\": [\"a\"], \"data\": [[[\"x\", false]]]}}"))
        .contains("\"a\":[[\"x\",false]]");
  }

  @Test
  void arrayItemsAreCheckedOneByOneWithoutTheColumnCasts() {
    assertThat(refused(BOOLS, "{\"dataframe_split\": {\"columns\": [\"a\"], \"data\": [[[1, true]]]}}"))
        .endsWith("Error: 'Failed to enforce schema of data `1` with dtype `boolean`'");
    assertThat(refused(BOOLS, "{\"dataframe_records\": [{\"a\": [Infinity]}]}"))
        .endsWith("Error: 'Failed to enforce schema of data `inf` with dtype `boolean`'");
    assertThat(refused(BOOLS, "{\"dataframe_records\": [{\"a\": [null]}]}"))
        .endsWith("Error: 'Expected data to be scalar, got NoneType'");
    assertThat(refused(BOOLS, "{\"inputs\": {\"a\": [[\"3\", true]]}}"))
        .endsWith("Error: 'Expected data to be scalar, got list'");
    assertThat(refused(MIXED, "{\"dataframe_records\": [{\"a\": [1]}]}"))
        .endsWith("Error: 'Failed to enforce schema of data `1` with dtype `string`'");
  }

  @Test
  void aNullOrMissingCellOfAnOptionalNestedColumnIsRefusedByTheParseTimeCast() {
    assertThat(refused(MIXED, "{\"dataframe_records\": [{\"a\": null, \"n\": 1}]}"))
        .endsWith("Error: 'Expected data to be list or numpy array, got NoneType'");
    assertThat(refused(MIXED, "{\"dataframe_records\": [{\"n\": 1}, {\"a\": [\"x\"], \"n\": 2}]}"))
        .contains("Failed to convert column a to type 'Array(string)'");
    assertThat(refused(MIXED, "{\"dataframe_split\": {\"columns\": [\"o\"], \"data\": [[null]]}}"))
        .endsWith("Expected data to be dictionary, got NoneType'");
    assertThat(accepted(MIXED, "{\"dataframe_records\": [{\"a\": [], \"o\": {}}]}")).contains("\"a\":[[]]", "\"o\":[{}]");
  }

  @Test
  void propertyValuesAreRequiredAndStrictWhateverThePropertySays() {
    assertThat(refused(MIXED, "{\"dataframe_records\": [{\"o\": {\"k\": null}}]}"))
        .endsWith("Error: 'Failed to enforce schema for key `k`. Expected type long, received type NoneType'");
    assertThat(refused(MIXED, "{\"dataframe_records\": [{\"o\": {\"k\": 2.0}}]}"))
        .endsWith("Error: 'Failed to enforce schema for key `k`. Expected type long, received type float'");
    assertThat(accepted(MIXED, "{\"dataframe_records\": [{\"o\": {\"k\": 1}}]}")).contains("\"o\":[{\"k\":1}]");
    assertThat(accepted(MIXED, "{\"inputs\": {\"o\": {\"k\": 3}}}")).contains("\"o\":[{\"k\":3}]");
  }

  /** MLflow converts the text to a Timestamp while parsing, then refuses it as no scalar when it enforces. */
  @Test
  void aDatetimeInsideAnObjectIsRefusedOnTheSecondPassAsMlflowRefusesIt() {
    assertThat(refused(MIXED, "{\"dataframe_records\": [{\"o\": {\"d\": \"2024-01-01\"}}]}"))
        .endsWith("Failed to enforce schema for key `d`. Expected type datetime, received type Timestamp");
  }

  @Test
  void safeModeStillRefusesTextInABooleanArray() {
    InputException e = catchThrowableOfType(InputException.class, () -> RequestValidator.validate(BOOLS,
        new ByteArrayInputStream("{\"dataframe_records\": [{\"a\": [\"3\", true]}]}".getBytes(StandardCharsets.UTF_8)),
        "application/json", EnforcementOptions.defaults()));
    assertThat(e.problem()).endsWith("Can not safely convert object to bool.");
  }
}
