package io.mlmodel.request;

import static io.mlmodel.request.NullRequestsRegressionTest.COLS_PARAMS;
import static io.mlmodel.request.NullRequestsRegressionTest.SAFE;
import static io.mlmodel.request.NullRequestsRegressionTest.fails;
import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.InputException;
import io.mlmodel.Location;
import io.mlmodel.enforce.Enforcement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The codes MLflow 2.17.2's scoring server answers for each kind of failure (checked against it
 * by mlmodel-server's DifferentialTest; here from the failures the core itself raises).
 */
class MlflowErrorCodesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      malformed JSON                             | {"dataframe_split": {                                             | BAD_REQUEST
      no input field                             | {"x": 1}                                                          | BAD_REQUEST
      a value that does not convert              | {"dataframe_split": {"columns": ["x", "text"], "data": [["a", "b"]]}} | BAD_REQUEST
      params that are not a dictionary           | {"inputs": {"x": [1.0], "text": ["a"]}, "params": [1]}           | INVALID_PARAMETER_VALUE
      """)
  void aFailureWhileDecodingHasTheCodeMlflowsParsingGives(String what, String body, String code) {
    InputException e = fails(() -> ScoringRequests.decodeJson(body, COLS_PARAMS, SAFE));
    assertThat(MlflowErrorCodes.whileDecoding(e)).isEqualTo(code);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a column missing             | {"inputs": {"x": [1.0]}}                                          | INVALID_PARAMETER_VALUE
      a param of the wrong type    | {"inputs": {"x": [1.0], "text": ["a"]}, "params": {"k": "many"}} | INVALID_PARAMETER_VALUE
      """)
  void aFailureOfTheEnforcementIsAnInvalidParameterValue(String what, String body, String code) {
    ScoringRequest r = ScoringRequests.decodeJson(body, COLS_PARAMS, SAFE);
    InputException e = fails(() -> Enforcement.enforce(r.input(), r.params(), COLS_PARAMS, SAFE));
    assertThat(MlflowErrorCodes.whilePredicting(e)).isEqualTo(code);
  }

  @ParameterizedTest
  @CsvSource({"bad-request, BAD_REQUEST", "unsupported-content-type, BAD_REQUEST", "limit, BAD_REQUEST",
      "schema-mismatch, INVALID_PARAMETER_VALUE", "bad-param, INVALID_PARAMETER_VALUE"})
  void aPredictorsOwnFailureIsMappedByItsCode(String problem, String code) {
    InputException e = new InputException(problem, Location.UNKNOWN, null, "what went wrong");
    assertThat(MlflowErrorCodes.whilePredicting(e)).isEqualTo(code);
  }
}
