package io.mlmodel.example;

import static io.mlmodel.example.ExampleTestData.dir;
import static io.mlmodel.example.ExampleTestData.example;
import static io.mlmodel.example.ExampleTestData.load;
import static io.mlmodel.example.ExampleTestData.serving;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.ReadOptions;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every example type and file layout, on the hand-written folders of testdata/examples. */
class InputExamplesTest {

  @Test
  void splitDataFrameGivesColumnsRowsAndTypedJsonValues() {
    DataFrameExample df = (DataFrameExample) example("dataframe_split");
    assertThat(df.columns()).containsExactly("id", "name", "flag", "when", "day", "raw", "score");
    assertThat(df.namedColumns()).isTrue();
    assertThat(df.rowCount()).isEqualTo(2);
    assertThat(df.column("id")).containsExactly(1L, 2L);
    assertThat(df.column("flag")).containsExactly(true, false);
    assertThat(df.column("when")).containsExactly("2020-01-02T03:04:05", "2021-06-07T08:09:10");
    assertThat((Double) df.column("score").get(1)).isNaN();
    assertThat(df.params()).isEmpty();
    assertThat(df.records().get(0)).containsEntry("name", "a").containsEntry("day", "2020-01-02");
  }

  @Test
  void binaryColumnDecodesMlflowsBase64WithTrailingNewline() {
    DataFrameExample df = (DataFrameExample) example("dataframe_split");
    List<byte[]> raw = df.binaryColumn("raw");
    assertThat(raw.get(0)).containsExactly(1, 2);
    assertThat(raw.get(1)).containsExactly('h', 'i');
    assertThatThrownBy(() -> df.binaryColumn("name")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> df.column("nope")).hasMessage("no column 'nope'; the columns are [id, name, flag, when, day, raw, score]");
  }

  @Test
  void valuesOrientedDataFrameGetsDefaultColumnNames() {
    DataFrameExample df = (DataFrameExample) example("dataframe_values");
    assertThat(df.columns()).containsExactly("0", "1");
    assertThat(df.namedColumns()).isFalse();
    assertThat(df.rows()).containsExactly(List.of(1L, 2L), List.of(3L, 4L));
  }

  @Test
  void recordsOrientedDataFrameGetsColumnsInOrderOfFirstAppearance() {
    DataFrameExample df = (DataFrameExample) example("dataframe_records");
    assertThat(df.columns()).containsExactly("a", "b", "c");
    assertThat(df.rows()).containsExactly(Arrays.asList(1L, "x", null), Arrays.asList(null, "y", true));
  }

  @Test
  void mlflow1DataFrameWithAnIntegerColumnName() {
    DataFrameExample df = (DataFrameExample) example("dataframe_mlflow1");
    assertThat(df.columns()).containsExactly("a", "0");
    assertThat(serving(dir("dataframe_mlflow1"))).isEmpty();
  }

  @Test
  void ndarrayBareListHasItsShapeAndKeepsNullForNan() {
    TensorExample t = (TensorExample) example("ndarray_bare");
    assertThat(t.shape()).containsExactly(2, 2);
    assertThat(t.flat()).isEqualTo(Arrays.asList(1.0, null, 3.0, 4.0));
  }

  @Test
  void ndarrayScalarHasAnEmptyShape() {
    TensorExample t = (TensorExample) example("ndarray_scalar");
    assertThat(t.shape()).isEmpty();
    assertThat(t.values()).isEqualTo(5L);
    assertThat(t.flat()).containsExactly(5L);
  }

  @Test
  void tfServingWrappingOfOldMlflowIsRemoved() {
    TensorExample t = (TensorExample) example("ndarray_tf_serving");
    assertThat(t.values()).isEqualTo(List.of(List.of(1.0, 2.0), List.of(3.0, 4.0)));
    TensorDictExample d = (TensorDictExample) example("ndarray_tf_serving_dict");
    assertThat(d.tensors().keySet()).containsExactly("a", "b");
    assertThat(d.tensor("b").shape()).containsExactly(2, 1);
  }

  @Test
  void tfServingInstancesRowsBecomeColumns() {
    TensorDictExample d = (TensorDictExample) example("ndarray_instances");
    assertThat(d.tensor("a").values()).isEqualTo(List.of(1L, 2L));
    assertThat(d.tensor("b").shape()).containsExactly(2, 2);
  }

  @Test
  void dictOfTensorsKeepsFileOrderAndEachShape() {
    TensorDictExample d = (TensorDictExample) example("tensor_dict");
    assertThat(d.tensors().keySet()).containsExactly("a", "b");
    assertThat(d.tensor("a").shape()).containsExactly(2);
    assertThat(d.tensor("b").shape()).containsExactly(1, 1);
    assertThatThrownBy(() -> d.tensor("c")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ndarrayWithParams() {
    TensorExample t = (TensorExample) example("ndarray_params");
    assertThat(t.shape()).containsExactly(1, 2);
    assertThat(t.params()).contains(Map.of("k", 3L));
  }

  @Test
  void jsonObjectExamplesAreTheValueAsParsed() {
    assertThat(((JsonObjectExample) example("json_object_string")).value()).isEqualTo("hello");
    assertThat(((JsonObjectExample) example("json_object_list")).value()).isEqualTo(List.of(Map.of("q", "a"), Map.of("q", "b")));
  }

  @Test
  void jsonObjectWithParamsTakesTheInputsMember() {
    JsonObjectExample j = (JsonObjectExample) example("json_object_params");
    assertThat(j.value()).isEqualTo(Map.of("messages", List.of(Map.of("role", "user", "content", "hi"))));
    assertThat(j.params()).contains(Map.of("temperature", 0.1));
    ServingInputExample s = serving(dir("json_object_params")).orElseThrow();
    assertThat(s.inputField()).isEmpty();
    assertThat(((Map<?, ?>) s.value()).get("temperature")).isEqualTo(0.1);
  }

  @Test
  void csrAndCscGiveTheSameDenseMatrixAsTheServingExample() {
    for (String name : List.of("sparse_csr", "sparse_csc")) {
      SparseExample s = (SparseExample) example(name);
      assertThat(s.rowCount()).isEqualTo(2);
      assertThat(s.columnCount()).isEqualTo(3);
      Object dense = ((Map<?, ?>) serving(dir(name)).orElseThrow().value()).get("inputs");
      assertThat(s.toDense(100)).isEqualTo(dense);
    }
    assertThat(((SparseExample) example("sparse_csc")).layout()).isEqualTo(SparseExample.Layout.CSC);
    assertThatThrownBy(() -> ((SparseExample) example("sparse_csr")).toDense(5)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void servingExampleIsTheExactRequestText() throws Exception {
    ServingInputExample s = serving(dir("dataframe_split")).orElseThrow();
    assertThat(s.json()).isEqualTo(java.nio.file.Files.readString(dir("dataframe_split").resolve("serving_input_example.json")));
    assertThat(s.json()).startsWith("{\n  \"dataframe_split\": {\n    \"columns\": [\n      \"id\",");
    assertThat(s.inputField()).contains("dataframe_split");
    assertThat(s.params()).isEmpty();
    DataFrameExample df = (DataFrameExample) example("dataframe_split");
    Map<?, ?> split = (Map<?, ?>) ((Map<?, ?>) s.value()).get("dataframe_split");
    assertThat(split.get("columns")).isEqualTo(df.columns());
    assertThat(split.get("data")).isEqualTo(df.rows());
  }

  @Test
  void noServingPathMeansNoServingExample() {
    assertThat(serving(dir("ndarray_tf_serving"))).isEmpty();
    assertThat(ServingInputExample.load(dir("ndarray_tf_serving"), null, ReadOptions.defaults())).isEmpty();
  }

  @Test
  void unknownTypeIsRefusedAtTheTypeKey() {
    Path mlmodel = dir("unknown_type").resolve("MLmodel");
    assertThatThrownBy(() -> load(dir("unknown_type")))
        .isInstanceOfSatisfying(ModelException.class, e -> {
          assertThat(e.code()).isEqualTo("unknown-example-type");
          assertThat(e.location()).isEqualTo(new Location(mlmodel, 5, 3, "saved_input_example_info.type"));
          assertThat(e.problem()).isEqualTo("unknown input example type 'dict'; known types are dataframe, ndarray,"
              + " json_object, sparse_matrix_csc and sparse_matrix_csr");
        });
  }

  @Test
  void artifactPathLeavingTheModelIsRefused() {
    assertThatThrownBy(() -> load(dir("escape")))
        .isInstanceOfSatisfying(ModelException.class, e -> {
          assertThat(e.code()).isEqualTo("path-escape");
          assertThat(e.location().keyPath()).isEqualTo("saved_input_example_info.artifact_path");
        });
  }

  @Test
  void brokenJsonIsLocated() {
    Path file = dir("broken_json").resolve("input_example.json");
    assertThatThrownBy(() -> load(dir("broken_json")))
        .isInstanceOfSatisfying(ModelException.class, e -> {
          assertThat(e.code()).isEqualTo("json-syntax");
          assertThat(e.location().file()).isEqualTo(file);
          assertThat(e.location().line()).isEqualTo(3);
        });
  }

  @Test
  void rowOfTheWrongWidthIsLocatedAtTheRow() {
    Path file = dir("bad_row").resolve("input_example.json");
    assertThatThrownBy(() -> load(dir("bad_row")))
        .isInstanceOf(ModelException.class)
        .hasMessage(file + ":1:42: data[1]: row 1 has 1 values but the frame has 2 columns");
  }

  @Test
  void inconsistentSparseArraysAreRefused() {
    Path file = dir("sparse_bad_indptr").resolve("input_example.json");
    assertThatThrownBy(() -> load(dir("sparse_bad_indptr")))
        .isInstanceOf(ModelException.class)
        .hasMessage(file + ":1:58: indptr[2]: the last indptr entry must equal the number of stored values (2)");
  }

  @Test
  void paramsFlagNeedsTheInputsWrapper() {
    assertThatThrownBy(() -> load(dir("params_without_inputs")))
        .isInstanceOfSatisfying(ModelException.class, e -> {
          assertThat(e.code()).isEqualTo("bad-example");
          assertThat(e.problem()).isEqualTo("the example was saved with params, so the file must be an object"
              + " {\"inputs\": ..., \"params\": {...}}, not a list");
        });
  }

  @Test
  void decodeBinaryRefusesNonBase64InsteadOfSkippingIt() {
    assertThat(InputExamples.decodeBinary("AQI=\n")).containsExactly(1, 2);
    assertThatThrownBy(() -> InputExamples.decodeBinary("AQ*I=")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void splitIndexIsIgnoredButUnknownKeysAreRefused(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
    Map<String, String> info = Map.of("artifact_path", "input_example.json", "type", "dataframe");
    java.nio.file.Files.writeString(tmp.resolve("input_example.json"), "{\"columns\": [\"a\"], \"index\": [7], \"data\": [[1]]}");
    DataFrameExample df = (DataFrameExample) InputExamples.load(tmp, info, ReadOptions.defaults()).orElseThrow();
    assertThat(df.rows()).containsExactly(List.of(1L));
    java.nio.file.Files.writeString(tmp.resolve("input_example.json"), "{\"columns\": [\"a\"], \"rows\": [[1]]}");
    assertThatThrownBy(() -> InputExamples.load(tmp, info, ReadOptions.defaults()))
        .hasMessage(tmp.resolve("input_example.json") + ":1:20: rows: unexpected key 'rows' in a split-oriented dataframe"
            + " (allowed: columns, data, index)");
  }

  @Test
  void tensorShapeFollowsNumpyObjectArrays() {
    assertThat(TensorExample.shapeOf(List.of(List.of(1, 2), List.of(3)))).containsExactly(2);
    assertThat(TensorExample.shapeOf(List.of())).containsExactly(0);
    assertThat(TensorExample.shapeOf(List.of(List.of(), List.of()))).containsExactly(2, 0);
    assertThat(TensorExample.shapeOf(List.of(List.of(1, 2), 3))).containsExactly(2);
    assertThatThrownBy(() -> new TensorExample(List.of(1), List.of(2), null)).isInstanceOf(IllegalArgumentException.class);
  }
}
