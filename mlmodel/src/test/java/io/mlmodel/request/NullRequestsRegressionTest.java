package io.mlmodel.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mlmodel.InputException;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.TensorMap;
import io.mlmodel.enforce.EnforcedInput;
import io.mlmodel.enforce.Enforcement;
import io.mlmodel.enforce.EnforcementOptions;
import io.mlmodel.signature.ModelSignature;
import io.mlmodel.signature.SignatureParser;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * JSON nulls and odd values where the request's form is expected, each compared with what MLflow
 * 2.17.2's scoring server answers for the same body (its parsing fails with BAD_REQUEST, which is a
 * failure of {@link ScoringRequests#decode} here; its predict with INVALID_PARAMETER_VALUE, which is
 * a failure of {@link Enforcement#enforce}).
 */
class NullRequestsRegressionTest {
  static final EnforcementOptions SAFE = EnforcementOptions.defaults();
  static final String PARAMS = "[{\"name\": \"k\", \"type\": \"long\", \"default\": 3, \"shape\": null}]";
  static final String COLUMNS = "[{\"type\": \"double\", \"name\": \"x\"}, {\"type\": \"string\", \"name\": \"text\"}]";
  static final ModelSignature COLS = SignatureParser.fromStrings(COLUMNS, null, null);
  static final ModelSignature COLS_PARAMS = SignatureParser.fromStrings(COLUMNS, null, PARAMS);
  static final ModelSignature INT_FIRST = SignatureParser.fromStrings("[{\"type\": \"long\", \"name\": \"l\"},"
      + " {\"type\": \"double\", \"name\": \"d\", \"required\": false}]", null, null);
  static final ModelSignature TENSORS = SignatureParser.fromStrings("[" + tensor("f64", "float64") + ", "
      + tensor("i32", "int32") + "]", null, null);
  static final ModelSignature INT_TENSOR_FIRST = SignatureParser.fromStrings("[" + tensor("i32", "int32")
      + ", " + tensor("f64", "float64") + "]", null, null);
  static final ModelSignature UNNAMED_OBJECT = SignatureParser.fromStrings(
      "[{\"type\": \"tensor\", \"tensor-spec\": {\"dtype\": \"object\", \"shape\": [-1]}}]", null, null);

  static String tensor(String name, String dtype) {
    return "{\"name\": \"" + name + "\", \"type\": \"tensor\", \"tensor-spec\": {\"dtype\": \"" + dtype
        + "\", \"shape\": [-1]}}";
  }

  static ScoringRequest decode(String body, ModelSignature sig) {
    return ScoringRequests.decodeJson(body, sig, SAFE);
  }

  static EnforcedInput validate(String body, ModelSignature sig) {
    ScoringRequest r = decode(body, sig);
    return Enforcement.enforce(r.input(), r.params(), sig, SAFE);
  }

  static InputException fails(ThrowingCallable call) {
    InputException e = catchThrowableOfType(InputException.class, call);
    assertThat(e).isNotNull();
    return e;
  }

  /** MLflow ignores the params of a model without a params schema, whatever they are, and answers 200. */
  @Test
  void paramsThatAreNotADictionaryAreIgnoredByAModelWithoutAParamsSchema() {
    for (String p : new String[] {"[1, 2]", "[]", "\"x\"", "3", "true"}) {
      String body = "{\"dataframe_split\": {\"columns\": [\"x\", \"text\"], \"data\": [[1.5, \"a\"]]}, \"params\": " + p + "}";
      assertThat(validate(body, COLS).params().asMap()).as(p).isEmpty();
      assertThat(decode(body, null).params()).as(p).isEmpty();
    }
    // with a params schema they are MLflow's INVALID_PARAMETER_VALUE, a bad-param here
    InputException e = fails(() -> decode("{\"inputs\": {\"x\": [1.5], \"text\": [\"a\"]}, \"params\": [1, 2]}", COLS_PARAMS));
    assertThat(e.code()).isEqualTo("bad-param");
    assertThat(e.problem()).isEqualTo("Parameters must be a dictionary. Got type 'list'.");
  }

  /** MLflow's parse_instances_data casts anything but a list as the inputs form casts it. */
  @Test
  void instancesThatAreNotAListAreReadAsInputsAre() {
    // null: one value of the first column's type, which the enforcement finds missing every input
    InputException e = fails(() -> validate("{\"instances\": null}", COLS));
    assertThat(e.code()).isEqualTo("schema-mismatch");
    assertThat(e.problem()).isEqualTo("Model is missing inputs ['x', 'text']. Note that there were extra inputs: ['0']");
    // ... or that does not convert to it: MLflow's BAD_REQUEST
    e = fails(() -> decode("{\"instances\": null}", INT_FIRST));
    assertThat(e.code()).isEqualTo("schema-mismatch");
    assertThat(e.problem()).isEqualTo("Data is not compatible with model signature. Failed to convert the input to type"
        + " 'int64'. Error: 'Cannot convert non-finite values (NA or inf) to integer'");
    // a dictionary of columns
    ColumnTable t = (ColumnTable) validate("{\"instances\": {\"x\": [1.5, 2.5], \"text\": [\"a\", \"b\"]}}", COLS).input();
    assertThat(t.rowCount()).isEqualTo(2);
    assertThat(t.column("text").orElseThrow().getObject(1)).isEqualTo("b");
  }

  /** MLflow leaves an optional column of another length to its enforcement, which refuses it. */
  @Test
  void instancesAsADictionaryCheckOnlyTheRequiredColumnsLengthsAsMlflowDoes() {
    InputException e = fails(() -> decode("{\"instances\": {\"l\": [2, 2], \"d\": [1.5]}}", INT_FIRST));
    assertThat(e.code()).isEqualTo("schema-mismatch");
    assertThat(e.problem()).isEqualTo("This model contains a column-based signature, which suggests a DataFrame input."
        + " There was an error casting the input data to a DataFrame: All arrays must be of the same length");
    e = fails(() -> decode("{\"instances\": {\"l\": [2, 2], \"z\": [1.5]}}", COLS));
    assertThat(e.problem()).contains("All arrays must be of the same length");
  }

  /** np.isscalar(None) is false: MLflow refuses null for an unnamed schema while parsing. */
  @Test
  void nullForAnUnnamedSchemaIsABadRequest() {
    for (String body : new String[] {"{\"inputs\": null}", "{\"instances\": null}"}) {
      InputException e = fails(() -> decode(body, UNNAMED_OBJECT));
      assertThat(e.code()).as(body).isEqualTo("bad-request");
      assertThat(e.problem()).isEqualTo("Failed to parse input data. This model contains an un-named tensor-based model"
          + " signature which expects a single n-dimensional array or a single value as input, however, an input of"
          + " type NoneType was found.");
    }
  }

  /** pandas' DataFrame(columns=None) has positional labels; DataFrame(data=None) has no rows. */
  @Test
  void nullColumnsOrDataInDataframeSplitAreWhatPandasMakesOfThem() {
    InputException e = fails(() -> validate("{\"dataframe_split\": {\"columns\": null, \"data\": [[1.5, \"a\"]]}}", COLS));
    assertThat(e.code()).isEqualTo("schema-mismatch");
    assertThat(e.problem()).isEqualTo("Model is missing inputs ['x', 'text']. Note that there were extra inputs: ['0', '1']");
    ColumnTable t = (ColumnTable) validate("{\"dataframe_split\": {\"columns\": [\"x\", \"text\"], \"data\": null}}", COLS)
        .input();
    assertThat(t.rowCount()).isZero();
    assertThat(t.columns()).hasSize(2);
  }

  /** pandas reads the rows as lists when the first one is one, and asks each its len(). */
  @Test
  void aRowThatIsNoListAfterARowThatIsOneIsABadRequest() {
    InputException e = fails(() -> decode("{\"dataframe_split\": {\"columns\": [\"x\"],\n \"data\": [[1.5], null]}}",
        SignatureParser.fromStrings("[{\"type\": \"double\", \"name\": \"x\"}]", null, null)));
    assertThat(e.code()).isEqualTo("bad-request");
    assertThat(e.location().keyPath()).isEqualTo("dataframe_split.data[1]");
    assertThat(e.location().line()).isEqualTo(2);
    assertThat(e.problem()).isEqualTo("Provided dataframe_split field is not a valid dataframe representation in 'split'"
        + " format. Error: 'object of type 'NoneType' has no len()'");
    // when the first row is no list, every row is one cell, a list included (MLflow: a float column refuses it)
    e = fails(() -> decode("{\"dataframe_split\": {\"columns\": [\"x\"], \"data\": [null, [1.5]]}}",
        SignatureParser.fromStrings("[{\"type\": \"double\", \"name\": \"x\"}]", null, null)));
    assertThat(e.code()).isEqualTo("schema-mismatch");
    assertThat(e.problem()).startsWith("Data is not compatible with model signature. Failed to convert column x to type"
        + " 'float64'.");
  }

  /** pandas' DataFrame(data=[...]) of items that are no records has positional columns, as dataframe_split without columns. */
  @Test
  void aRecordsListThatStartsWithNoRecordIsReadAsPandasReadsIt() {
    InputException e = fails(() -> validate("{\"dataframe_records\": [null]}", COLS));
    assertThat(e.code()).isEqualTo("schema-mismatch");
    assertThat(e.problem()).isEqualTo("Model is missing inputs ['x', 'text']. Note that there were extra inputs: ['0']");
    e = fails(() -> validate("{\"dataframe_records\": [[1.5, \"a\"]]}", COLS));
    assertThat(e.problem()).isEqualTo("Model is missing inputs ['x', 'text']. Note that there were extra inputs: ['0', '1']");
    e = fails(() -> decode("{\"dataframe_records\": [[1.5, \"a\"], null]}", COLS));
    assertThat(e.code()).isEqualTo("bad-request");
    assertThat(e.location().keyPath()).isEqualTo("dataframe_records[1]");
    assertThat(e.problem()).isEqualTo("Provided dataframe_records field is not a valid dataframe representation in"
        + " 'records' format. Error: 'object of type 'NoneType' has no len()'");
    // after an item that is no record, a record is one cell, as in pandas
    assertThat(fails(() -> validate("{\"dataframe_records\": [null, {\"x\": 1.5}]}", COLS)).problem())
        .isEqualTo("Model is missing inputs ['x', 'text']. Note that there were extra inputs: ['0']");
  }

  /** MLflow casts a list to the first of several named tensors, and its enforcement refuses the array. */
  @Test
  void aListForSeveralNamedTensorsIsCastToTheFirstAndRefusedByTheEnforcement() {
    InputException e = fails(() -> validate("{\"inputs\": [null]}", TENSORS));
    assertThat(e.code()).isEqualTo("schema-mismatch");
    assertThat(e.problem()).startsWith("This model contains a tensor-based model signature with input names");
    e = fails(() -> decode("{\"instances\": [null]}", INT_TENSOR_FIRST));
    assertThat(e.code()).isEqualTo("schema-mismatch");
    assertThat(e.problem()).isEqualTo("Data is not compatible with model signature. Failed to convert the input to type"
        + " 'int32'. Error: 'Cannot convert non-finite values (NA or inf) to integer'");
    // [] is an empty list of records to MLflow
    assertThat(decode("{\"inputs\": []}", TENSORS).input()).isInstanceOf(TensorMap.class);
    e = fails(() -> validate("{\"instances\": []}", TENSORS));
    assertThat(e.problem()).isEqualTo("Model is missing inputs ['f64', 'i32'].");
  }
}
