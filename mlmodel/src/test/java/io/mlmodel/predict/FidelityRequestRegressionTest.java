package io.mlmodel.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mlmodel.InputException;
import io.mlmodel.enforce.EnforcedInput;
import io.mlmodel.enforce.EnforcementOptions;
import io.mlmodel.enforce.internal.ConversionException;
import io.mlmodel.request.RequestValidator;
import io.mlmodel.signature.ModelSignature;
import io.mlmodel.signature.SignatureParser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Issue 15, class 6: request conversions that changed data silently in safe mode. */
class FidelityRequestRegressionTest {
  static final ModelSignature SIG = SignatureParser.fromStrings(
      "[{\"type\": \"float\", \"name\": \"x\"}, {\"type\": \"double\", \"name\": \"y\"}]", null, null);
  static final EnforcementOptions MLFLOW = EnforcementOptions.builder()
      .compatibility(EnforcementOptions.Compatibility.MLFLOW).build();

  static EnforcedInput validate(String body, EnforcementOptions options) {
    return RequestValidator.validate(SIG, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)),
        "application/json", options);
  }

  static InputException refused(String body) {
    InputException e = catchThrowableOfType(InputException.class, () -> validate(body, EnforcementOptions.defaults()));
    assertThat(e).as(body).isNotNull();
    return e;
  }

  @Test
  void aDataframeSplitRowShorterThanTheColumnsIsALocatedErrorInSafeMode() {
    InputException e = refused("{\"dataframe_split\": {\"columns\": [\"x\", \"y\"], \"data\": [[1, 2],\n [3]]}}");
    assertThat(e.code()).isEqualTo("bad-request");
    assertThat(e.location().keyPath()).isEqualTo("dataframe_split.data[1]");
    assertThat(e.location().line()).isEqualTo(2);
    assertThat(e.problem()).isEqualTo("Provided dataframe_split field is not a valid dataframe representation in"
        + " 'split' format: row 1 has 1 value but there are 2 columns (MLflow would fill the missing cells with nulls;"
        + " --mlflow-compatible does)");
    // columns after data, and no columns at all: the same rule against the first row
    assertThat(refused("{\"dataframe_split\": {\"data\": [[1]], \"columns\": [\"x\", \"y\"]}}").problem())
        .contains("row 0 has 1 value but there are 2 columns");
    assertThat(refused("{\"dataframe_split\": {\"data\": [[1, 2], [3]]}}").problem())
        .contains("row 1 has 1 value but row 0 has 2");
    // MLflow mode keeps pandas' padding: y is NaN in row 1
    assertThat(RequestValidator.report(validate("{\"dataframe_split\": {\"columns\": [\"x\", \"y\"], \"data\": [[1, 2], [3]]}}",
        MLFLOW))).contains("\"y\":[2.0,null]");
  }

  /** Found by the differential harness: pandas pads ragged rows only to the longest one. */
  @Test
  void rowsAllShorterThanTheColumnsAreRefusedInMlflowModeAsPandasRefusesThem() {
    InputException e = catchThrowableOfType(InputException.class, () -> validate(
        "{\"dataframe_split\": {\"columns\": [\"x\", \"y\"], \"data\": [[1], [2]]}}", MLFLOW));
    // MLflow 2.17.2's message for this body
    assertThat(e.problem()).isEqualTo("Provided dataframe_split field is not a valid dataframe representation in"
        + " 'split' format. Error: '2 columns passed, passed data had 1 columns'");
  }

  @Test
  void aNumberOutsideFloat32sRangeIsAnErrorForAFloatColumnInSafeMode() {
    InputException e = refused("{\"dataframe_records\": [{\"x\": 1e39, \"y\": 1}]}");
    assertThat(e.code()).isEqualTo("schema-mismatch");
    assertThat(e.field()).contains("x");
    assertThat(e.problem()).isEqualTo("Data is not compatible with model signature. Failed to convert column x to type"
        + " 'float32'. Error: '1e+39 is out of range for float32 (MLflow would silently make it inf)'");
    assertThat(refused("{\"inputs\": {\"x\": [1e-50], \"y\": [1]}}").problem())
        .contains("1e-50 is out of range for float32 (MLflow would silently make it 0.0)");
    // an infinity asked for is kept, and printed as Python's json.dumps prints it, not as null
    assertThat(RequestValidator.report(validate("{\"inputs\": {\"x\": [Infinity], \"y\": [-Infinity]}}",
        EnforcementOptions.defaults()))).contains("\"columns\":{\"x\":[Infinity],\"y\":[-Infinity]}");
    assertThat(RequestValidator.report(validate("{\"inputs\": {\"x\": [1e39], \"y\": [1]}}", MLFLOW)))
        .contains("\"x\":[Infinity]");
  }

  /** Found by the server review: an integer beyond float64's range became infinity, where MLflow refuses it. */
  @Test
  void anIntegerBeyondFloat64sRangeIsRefusedInBothModesAsMlflowRefusesIt() {
    String huge = "1" + "0".repeat(400);
    InputException e = refused("{\"dataframe_records\": [{\"x\": " + huge + ", \"y\": 1}]}");
    assertThat(e.code()).isEqualTo("schema-mismatch");
    // MLflow 2.17.2: 400 BAD_REQUEST "Invalid input. int too large to convert to float" (Python's OverflowError)
    assertThat(e.problem()).isEqualTo("Data is not compatible with model signature. Failed to convert column x to type"
        + " 'float32'. Error: 'int too large to convert to float'");
    assertThat(refused("{\"inputs\": {\"x\": [1], \"y\": [-" + huge + "]}}").problem())
        .contains("int too large to convert to float");
    InputException mlflow = catchThrowableOfType(InputException.class, () -> validate(
        "{\"dataframe_records\": [{\"x\": 1, \"y\": " + huge + "}]}", MLFLOW));
    assertThat(mlflow).isNotNull();
    assertThat(mlflow.problem()).contains("int too large to convert to float");
  }

  /** Found by the differential harness: a ConversionException escaped decoding (a crash, not an InputException). */
  @Test
  void aNullInABoolTensorGivenAsANamedInputIsATypedError() {
    ModelSignature sig = SignatureParser.fromStrings("[{\"name\": \"t0\", \"type\": \"tensor\", \"tensor-spec\":"
        + " {\"dtype\": \"bool\", \"shape\": [-1, 2]}}]", null, null);
    InputException e = catchThrowableOfType(InputException.class, () -> RequestValidator.validate(sig,
        new ByteArrayInputStream("{\"inputs\": {\"t0\": [[true, true], [null, false]]}}".getBytes(StandardCharsets.UTF_8)),
        "application/json", EnforcementOptions.defaults()));
    assertThat(e).isNotNull();
    assertThat(e.code()).isEqualTo("schema-mismatch");
    assertThat(e.problem()).contains("a bool tensor can not hold a missing value");
    assertThat(e.location().line()).isEqualTo(1);
  }

  /** The review of every conversion: an integer a float type cannot hold exactly changed silently. */
  @Test
  void anIntegerThatAFloatColumnCannotHoldExactlyIsAnErrorInSafeMode() {
    assertThat(refused("{\"dataframe_records\": [{\"x\": 16777217, \"y\": 1}]}").problem())
        .contains("16777217 cannot be held exactly by float32 (MLflow would silently make it 16777216.0)");
    assertThat(refused("{\"dataframe_records\": [{\"x\": 1, \"y\": 9007199254740993}]}").problem())
        .contains("9007199254740993 cannot be held exactly by float64 (MLflow would silently make it 9007199254740992.0)");
    assertThat(RequestValidator.report(validate("{\"dataframe_records\": [{\"x\": 16777216, \"y\": 9007199254740992}]}",
        EnforcementOptions.defaults()))).contains("\"x\":[1.6777216E7]", "\"y\":[9.007199254740992E15]");
    assertThat(RequestValidator.report(validate("{\"dataframe_records\": [{\"x\": 16777217, \"y\": 1}]}", MLFLOW)))
        .contains("\"x\":[1.6777216E7]");
  }
}
