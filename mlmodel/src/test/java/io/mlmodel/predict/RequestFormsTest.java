package io.mlmodel.predict;

import static io.mlmodel.predict.Fx.SAFE;
import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.InputException;
import io.mlmodel.data.Column;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.DoubleColumn;
import io.mlmodel.data.LongColumn;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.TensorMap;
import io.mlmodel.enforce.EnforcedInput;
import io.mlmodel.enforce.Enforcement;
import io.mlmodel.request.RequestFormat;
import io.mlmodel.request.RequestValidator;
import io.mlmodel.request.ScoringRequest;
import io.mlmodel.request.ScoringRequests;
import io.mlmodel.signature.ArrayType;
import io.mlmodel.signature.DataType;
import io.mlmodel.signature.ModelSignature;
import io.mlmodel.signature.NumpyDtype;
import io.mlmodel.signature.ParamSpec;
import io.mlmodel.signature.Schema;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Format reference §6.1–§6.3 and §11.2 items 63–67: the shapes of scoring requests. */
class RequestFormsTest {
  private static final ModelSignature AB = Fx.sig(Schema.builder().column("a", DataType.DOUBLE)
      .column("b", DataType.STRING).build());
  private static final ModelSignature TENSOR = Fx.sig(Schema.builder().tensor(null, NumpyDtype.FLOAT32, -1, 2).build());

  private static ScoringRequest decode(String body, ModelSignature sig) {
    return ScoringRequests.decodeJson(body, sig, SAFE);
  }

  @Test
  void bodyThatIsNotJsonIsABadRequest() {
    Fx.fails(() -> decode("{\"inputs\": [1,", AB), "bad-request")
        .hasMessageContaining("Invalid input. Ensure that input is a valid JSON formatted string.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "\"1\"", "[1]", "{\"not\": \"a format\"}",
      "{\"dataframe_records\": [], \"dataframe_split\": {\"data\": []}}"})
  void bodyNeedsExactlyOneInputField(String body) {
    Fx.fails(() -> decode(body, AB), "bad-request")
        .hasMessageContaining("The input must be a JSON dictionary with exactly one of the input fields");
  }

  @Test
  void nonObjectBodyNamesWhatWasReceived() {
    Fx.fails(() -> decode("[1]", AB), "bad-request").hasMessageEndingWith("Received a list.");
  }

  @Test
  void splitHoldingRecordsIsRefused() {
    Fx.fails(() -> decode("{\"dataframe_split\": [{\"a\": 1}]}", AB), "bad-request")
        .hasMessageContaining("Dataframe split format must be a dictionary. Got list.");
  }

  @Test
  void recordsHoldingSplitIsRefused() {
    Fx.fails(() -> decode("{\"dataframe_records\": {\"columns\": [\"a\"], \"data\": [[1]]}}", AB), "bad-request")
        .hasMessageContaining("Dataframe records format must be a list of records. Got dictionary.");
  }

  @Test
  void splitWithTooFewIndexLabelsIsNotADataFrame() {
    Fx.fails(() -> decode("{\"dataframe_split\": {\"index\": [0, 1], \"columns\": [\"a\", \"b\"], \"data\":"
        + " [[1, \"x\"], [2, \"y\"], [3, \"z\"]]}}", AB), "bad-request")
        .hasMessageContaining("Provided dataframe_split field is not a valid dataframe representation");
  }

  @Test
  void splitWithUnknownKeysIsRefused() {
    Fx.fails(() -> decode("{\"dataframe_split\": {\"data\": [], \"rows\": 1}}", AB), "bad-request")
        .hasMessageContaining("Dataframe split format must have 'data' field and optionally 'columns' and 'index'");
  }

  @Test
  void splitRowsLongerThanTheColumnsAreRefused() {
    Fx.fails(() -> decode("{\"dataframe_split\": {\"columns\": [\"a\"], \"data\": [[1, 2]]}}", AB), "bad-request")
        .hasMessageContaining("1 columns passed, passed data had 2 columns");
  }

  @Test
  void splitMayGiveDataBeforeColumns() {
    EnforcedInput e = Fx.request("{\"dataframe_split\": {\"data\": [[1, \"x\"]], \"columns\": [\"a\", \"b\"]}}", AB);
    assertThat(Fx.values(e.input(), "a")).containsExactly(1.0);
    assertThat(Fx.table(e).column("a").orElseThrow()).isInstanceOf(DoubleColumn.class);
  }

  @Test
  void splitWithoutColumnsHasPositionalLabels() {
    Fx.fails(() -> Fx.request("{\"dataframe_split\": {\"data\": [[1, \"x\"]]}}", AB), "schema-mismatch")
        .hasMessageContaining("Model is missing inputs ['a', 'b'].");
    ModelSignature unnamed = Fx.sig(Schema.builder().unnamedColumn(DataType.DOUBLE).unnamedColumn(DataType.STRING).build());
    EnforcedInput e = Fx.request("{\"dataframe_split\": {\"data\": [[1, \"x\"]]}}", unnamed);
    assertThat(Fx.values(e.input(), "0")).containsExactly(1.0);
  }

  @Test
  void recordsWithMissingKeysGetMissingValues() {
    EnforcedInput e = Fx.request("{\"dataframe_records\": [{\"a\": 1, \"b\": \"x\"}, {\"b\": \"y\"}]}", AB);
    assertThat(Fx.values(e.input(), "a")).containsExactly(1.0, null);
  }

  @Test
  void otherTopLevelKeysAreIgnored() {
    EnforcedInput e = Fx.request("{\"id\": 7, \"dataframe_records\": [{\"a\": 1, \"b\": \"x\"}]}", AB);
    assertThat(e.input().rows()).isEqualTo(1);
  }

  @Test
  void inputsColumnsMayBeListsOrScalars() {
    EnforcedInput e = Fx.request("{\"inputs\": {\"a\": [1, 2], \"b\": [\"x\", \"y\"]}}", AB);
    assertThat(Fx.values(e.input(), "b")).containsExactly("x", "y");
    EnforcedInput one = Fx.request("{\"inputs\": {\"a\": 1, \"b\": \"x\"}}", AB);
    assertThat(one.input().rows()).isEqualTo(1);
  }

  @Test
  void inputsWithUnequalColumnsIsNotADataFrame() {
    Fx.fails(() -> Fx.request("{\"inputs\": {\"a\": [1, 2], \"b\": [\"x\"]}}", AB), "schema-mismatch")
        .hasMessageContaining("All arrays must be of the same length");
  }

  @Test
  void instancesWithUnequalColumnsFailAsTfServing() {
    Fx.fails(() -> Fx.request("{\"instances\": [{\"a\": 1, \"b\": \"x\"}, {\"a\": 2}]}", AB), "bad-request")
        .hasMessageContaining("The length of values for each input/column name are not the same");
  }

  @Test
  void listForASingleColumnSchemaIsThatColumn() {
    EnforcedInput e = Fx.request("{\"inputs\": [1, 2, 3]}", Fx.one(DataType.LONG));
    assertThat(Fx.values(e.input(), "c")).containsExactly(1L, 2L, 3L);
  }

  @Test
  void dictForASchemaWithAnArrayColumnIsOneRow() {
    ModelSignature s = Fx.sig(Schema.builder().column("text", DataType.STRING)
        .column("tags", ArrayType.of(DataType.STRING)).build());
    EnforcedInput e = Fx.request("{\"inputs\": {\"text\": \"hi\", \"tags\": [\"a\", \"b\"]}}", s);
    assertThat(Fx.values(e.input(), "tags")).containsExactly(List.of("a", "b"));
  }

  @Test
  void listOfRecordsUnderInputsIsRows() {
    EnforcedInput e = Fx.request("{\"inputs\": [{\"a\": 1, \"b\": \"x\"}, {\"a\": 2, \"b\": \"y\"}]}", AB);
    assertThat(Fx.values(e.input(), "a")).containsExactly(1.0, 2.0);
  }

  @Test
  void nestedListForAnUnnamedTensorIsStreamedIntoPrimitives() {
    EnforcedInput e = Fx.request("{\"inputs\": [[1, 2], [3, 4.5]]}", TENSOR);
    Tensor t = (Tensor) e.input();
    assertThat(t.shape()).containsExactly(2, 2);
    assertThat(t.toFloatArray()).containsExactly(1f, 2f, 3f, 4.5f);
  }

  @Test
  void instancesRowsForAnUnnamedTensorStackIntoTheFirstDimension() {
    Tensor t = (Tensor) Fx.request("{\"instances\": [[1, 2], [3, 4]]}", TENSOR).input();
    assertThat(t.shape()).containsExactly(2, 2);
  }

  @Test
  void raggedNumericTensorIsRefused() {
    Fx.fails(() -> Fx.request("{\"inputs\": [[1, 2], [3]]}", TENSOR), "schema-mismatch")
        .hasMessageContaining("inhomogeneous shape after 1 dimensions");
  }

  @Test
  void raggedObjectTensorIsAVectorOfLists() {
    ModelSignature s = Fx.sig(Schema.builder().tensor(null, NumpyDtype.OBJECT, -1).build());
    Tensor t = (Tensor) Fx.request("{\"inputs\": [[1, 2], [3]]}", s).input();
    assertThat(t.shape()).containsExactly(2);
    assertThat(t.getObject(1)).isEqualTo(List.of(3L));
  }

  @Test
  void namedTensorsFromAnInputsDict() {
    ModelSignature s = Fx.sig(Schema.builder().tensor("x", NumpyDtype.FLOAT32, -1, 3).tensor("mask", NumpyDtype.BOOL, -1)
        .build());
    TensorMap m = (TensorMap) Fx.request("{\"inputs\": {\"x\": [[1, 2, 3]], \"mask\": [true]}}", s).input();
    assertThat(m.get("mask").orElseThrow().toBooleanArray()).containsExactly(true);
  }

  @Test
  void namedTensorsFromInstancesRows() {
    ModelSignature s = Fx.sig(Schema.builder().tensor("x", NumpyDtype.INT64, -1, 2).tensor("y", NumpyDtype.FLOAT64, -1)
        .build());
    TensorMap m = (TensorMap) Fx.request("{\"instances\": [{\"x\": [1, 2], \"y\": 0.5}, {\"x\": [3, 4], \"y\": 1}]}", s)
        .input();
    assertThat(m.get("x").orElseThrow().toLongArray()).containsExactly(1, 2, 3, 4);
    assertThat(m.get("y").orElseThrow().toDoubleArray()).containsExactly(0.5, 1.0);
  }

  @Test
  void dictForAnUnnamedTensorIsRefused() {
    Fx.fails(() -> decode("{\"inputs\": {\"x\": [1]}}", TENSOR), "bad-request")
        .hasMessageContaining("un-named tensor-based model signature which expects a single n-dimensional array");
  }

  @Test
  void dataframeForATensorSchemaIsCastToItsDtype() {
    Tensor t = (Tensor) Fx.request("{\"dataframe_split\": {\"columns\": [\"p\", \"q\"], \"data\": [[1, 2]]}}", TENSOR)
        .input();
    assertThat(t.dtype()).isEqualTo(NumpyDtype.FLOAT32);
    assertThat(t.shape()).containsExactly(1, 2);
  }

  @Test
  void signatureNameIsNotSupported() {
    Fx.fails(() -> decode("{\"signature_name\": \"serving_default\", \"inputs\": [[1, 2]]}", TENSOR), "bad-request")
        .hasMessageContaining("\"signature_name\" parameter is currently not supported");
  }

  @Test
  void unifiedLlmFormIsOneRowAndMovesSchemaParams() {
    ModelSignature s = Fx.sig(Schema.builder().column("messages", ArrayType.of(io.mlmodel.signature.AnyType.INSTANCE))
        .build(), ParamSpec.of("temperature", DataType.DOUBLE, 1.0));
    ScoringRequest r = decode("{\"messages\": [{\"role\": \"user\", \"content\": \"hi\"}], \"temperature\": 0.1}", s);
    assertThat(r.format()).isEqualTo(RequestFormat.LLM);
    assertThat(r.params()).containsEntry("temperature", 0.1);
    EnforcedInput e = Enforcement.enforce(r.input(), r.params(), s, SAFE);
    assertThat(e.input().rows()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"text/plain", "application/json; something=something", "application/json; charset=latin-1",
      "application/json-numpy-split"})
  void unsupportedContentTypesAreRefused(String type) {
    Fx.fails(() -> ScoringRequests.decode(new ByteArrayInputStream(new byte[0]), type, AB, SAFE),
        "unsupported-content-type").hasMessageContaining("This predictor only supports the following content types");
  }

  @Test
  void utf8CharsetIsAccepted() {
    ScoringRequest r = ScoringRequests.decode(stream("{\"inputs\": {\"a\": [1], \"b\": [\"x\"]}}"),
        "application/json; charset=UTF-8", AB, SAFE);
    assertThat(r.format()).isEqualTo(RequestFormat.INPUTS);
  }

  @Test
  void csvColumnsAreTypedBySchema() {
    EnforcedInput e = RequestValidator.validate(AB, stream("a,b\n1.5,x\n,\"y, z\"\n"), "text/csv", SAFE);
    assertThat(Fx.values(e.input(), "a")).containsExactly(1.5, null);
    assertThat(Fx.values(e.input(), "b")).containsExactly("x", "y, z");
  }

  @Test
  void csvBooleansAndIndexColumn() {
    ModelSignature s = Fx.sig(Schema.builder().column("f", DataType.BOOLEAN).column("n", DataType.LONG).build());
    EnforcedInput e = RequestValidator.validate(s, stream(",f,n\n0,True,3\n1,false,4\n"), "text/csv", SAFE);
    assertThat(Fx.values(e.input(), "f")).containsExactly(true, false);
    assertThat(e.warnings()).singleElement().asString().contains("['Unnamed: 0']");
  }

  @Test
  void csvMissingIntegerFails() {
    Fx.fails(() -> RequestValidator.validate(Fx.one(DataType.LONG), stream("c\n1\nNA\n"), "text/csv", SAFE),
        "schema-mismatch").hasMessageContaining("Cannot convert non-finite values");
  }

  @Test
  void csvWithoutSchemaInfersTypes() {
    ScoringRequest r = ScoringRequests.decodeCsv(stream("i,f,s\n1,2.5,x\n2,3,y\n"), null, SAFE);
    ColumnTable t = (ColumnTable) r.input();
    assertThat(t.columns()).extracting(Column::dtypeName).containsExactly("int64", "float64", "object");
  }

  /** Regression (fuzzing): a repeated CSV header threw IllegalArgumentException; pandas renames it. */
  @Test
  void csvRepeatedHeaderIsRenamedAsPandasDoes() {
    ColumnTable t = (ColumnTable) ScoringRequests.decodeCsv(stream("a,a,a.1\n1,2,3\n"), null, SAFE).input();
    assertThat(t.columns()).extracting(Column::name).containsExactly("a", "a.1", "a.1.1");
    assertThat(Fx.values(t, "a.1")).containsExactly(2L);
  }

  /** Regression: a long CSV number overflowed the stack in a per-digit regular expression. */
  @Test
  void csvLongNumberIsParsedNotAStackOverflow() {
    String digits = "9".repeat(200_000);
    ColumnTable t = (ColumnTable) ScoringRequests.decodeCsv(stream("a,b\n1." + digits + ",x\n2,y\n"), null,
        SAFE).input();
    assertThat(Fx.values(t, "a")).containsExactly(2.0, 2.0);
    EnforcedInput e = RequestValidator.validate(AB, stream("a,b\n1." + digits + ",x\n1_0.5,y\n"), "text/csv", SAFE);
    assertThat(Fx.values(e.input(), "a")).containsExactly(2.0, 10.5);
  }

  /** Regression: untyped numbers are now stored unboxed; mixing kinds later must keep every value exact. */
  @Test
  void untypedNumbersStayExactWhenAColumnTurnsMixed() {
    ColumnTable t = (ColumnTable) ScoringRequests.decodeJson("{\"dataframe_split\": {\"columns\": [\"m\", \"d\","
        + " \"l\", \"n\"], \"data\": [[1152921504606846977, 1, 1, null], [1.5, null, 2, null], [null, 2.5, 3, null],"
        + " [\"x\", 3, 4, null]]}}", null, SAFE).input();
    assertThat(Fx.values(t, "m")).containsExactly(1152921504606846977L, 1.5, null, "x");
    assertThat(t.column("d").orElseThrow()).isInstanceOf(DoubleColumn.class);
    assertThat(Fx.values(t, "d").subList(0, 1)).containsExactly(1.0);
    assertThat(Fx.values(t, "d").get(2)).isEqualTo(2.5);
    assertThat(t.column("l").orElseThrow()).isInstanceOf(LongColumn.class);
    assertThat(Fx.values(t, "l")).containsExactly(1L, 2L, 3L, 4L);
    assertThat(t.column("n").orElseThrow().dtypeName()).isEqualTo("object");
  }

  @Test
  void csvIsRefusedForTensorSchemas() {
    Fx.fails(() -> ScoringRequests.decodeCsv(stream("a,b\n1,2\n"), TENSOR, SAFE), "bad-request")
        .hasMessageContaining("Failed to parse input as a Pandas DataFrame.");
  }

  @Test
  void emptyCsvIsRefused() {
    Fx.fails(() -> ScoringRequests.decodeCsv(stream(""), AB, SAFE), "bad-request")
        .hasMessageContaining("No columns to parse from file");
  }

  @Test
  void errorsCarryTheJsonLocationAndColumn() {
    InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class, () -> Fx.request(
        "{\"dataframe_split\": {\"columns\": [\"a\", \"b\"],\n \"data\": [[1, \"x\"], [\"bad\", \"y\"]]}}", AB));
    assertThat(e.field()).contains("a");
    assertThat(e.location().line()).isEqualTo(2);
    assertThat(e.location().keyPath()).isEqualTo("dataframe_split.data[1][0]");
  }

  @Test
  void requestWithoutSignatureIsOnlyDecoded() {
    EnforcedInput e = RequestValidator.validate((ModelSignature) null, stream("{\"inputs\": [[1, 2]]}"),
        "application/json", SAFE);
    assertThat(((Tensor) e.input()).dtype()).isEqualTo(NumpyDtype.INT64);
    assertThat(e.params().asMap()).isEqualTo(Map.of());
  }

  static ByteArrayInputStream stream(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }
}
