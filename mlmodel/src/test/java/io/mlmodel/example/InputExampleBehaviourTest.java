package io.mlmodel.example;

import static io.mlmodel.example.ExampleTestData.dir;
import static io.mlmodel.example.ExampleTestData.example;
import static io.mlmodel.example.ExampleTestData.load;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.ModelException;
import io.mlmodel.ReadOptions;
import io.mlmodel.testsupport.SharedData;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The input-example behaviours of mlmodel-format.md §11.2 (items 13–17 and 46–50). */
class InputExampleBehaviourTest {

  @Test
  @DisplayName("§11.2-13 no example is empty; a missing example file or model directory is an error")
  void item13MissingExample() {
    assertThat(load(dir("no_example"))).isEmpty();
    assertThatThrownBy(() -> load(dir("missing_file")))
        .isInstanceOfSatisfying(ModelException.class, e -> {
          assertThat(e.code()).isEqualTo("missing-file");
          assertThat(e.problem()).startsWith("'input_example.json' does not exist in the model directory");
          assertThat(e.location().keyPath()).isEqualTo("saved_input_example_info.artifact_path");
        });
    Path nowhere = dir("does_not_exist");
    Map<String, String> info = Map.of("artifact_path", "input_example.json", "type", "json_object");
    assertThatThrownBy(() -> InputExamples.load(nowhere, info, ReadOptions.defaults()))
        .isInstanceOfSatisfying(ModelException.class, e -> assertThat(e.code()).isEqualTo("missing-file"));
  }

  @Test
  @DisplayName("§11.2-14 date and datetime values come back as their ISO text (conversion is the schema's job)")
  void item14DatesStayIsoText() {
    DataFrameExample df = (DataFrameExample) example("dataframe_split");
    assertThat(df.column("day")).containsExactly("2020-01-02", "2021-06-07");
    assertThat(df.column("when")).containsExactly("2020-01-02T03:04:05", "2021-06-07T08:09:10");
    assertThat(df.column("id")).containsExactly(1L, 2L);
    assertThat(df.column("flag")).containsExactly(true, false);
  }

  @Test
  @DisplayName("§11.2-15 a (DataFrame, params) example gives the frame and the params")
  void item15FrameAndParams() {
    DataFrameExample df = (DataFrameExample) example("dataframe_params");
    assertThat(df.columns()).containsExactly("x", "text");
    assertThat(df.rows()).containsExactly(List.of(1.0, "a"), Arrays.asList(2.5, null));
    assertThat(df.params()).contains(Map.of("a", 1L, "b", "string"));
  }

  @Test
  @DisplayName("§11.2-16 an int32 ndarray and a CSC matrix reload equal")
  void item16NdarrayAndCsc() {
    TensorExample t = (TensorExample) example("ndarray_int32");
    assertThat(t.values()).isEqualTo(List.of(List.of(1L, 2L, 3L), List.of(4L, 5L, 6L)));
    assertThat(t.shape()).containsExactly(2, 3);
    SparseExample csc = (SparseExample) example("sparse_csc");
    assertThat(csc.layout()).isEqualTo(SparseExample.Layout.CSC);
    assertThat(csc.toDense(6)).isEqualTo(List.of(List.of(1.0, 0.0, 2.0), List.of(0.0, 0.0, 3.0)));
  }

  @Test
  @DisplayName("§11.2-17 a chat dict is a json_object that reloads equal; a list of objects reloads as plain maps")
  void item17ChatAndListOfObjects() {
    JsonObjectExample chat = (JsonObjectExample) example("json_object_chat");
    assertThat(chat.value()).isEqualTo(Map.of("messages", List.of(Map.of("role", "user", "content", "hi"))));
    JsonObjectExample list = (JsonObjectExample) example("json_object_list");
    assertThat(list.value()).isEqualTo(List.of(Map.of("q", "a"), Map.of("q", "b")));
    ServingInputExample serving = ExampleTestData.serving(dir("json_object_chat")).orElseThrow();
    assertThat(serving.value()).isEqualTo(chat.value());
  }

  @Test
  @DisplayName("§11.2-46 a split DataFrame restores its frame, binary columns via base64 (MLflow-written fixture)")
  void item46SplitFrameWithBinary() {
    Path model = SharedData.root().resolve("fixtures-mlflow/pyfunc_all_column_types");
    DataFrameExample df = (DataFrameExample) load(model).orElseThrow();
    assertThat(df.namedColumns()).isTrue();
    assertThat(df.columns()).containsExactly("b", "i32", "i64", "f32", "f64", "s", "raw", "ts", "comment", "weight");
    List<byte[]> raw = df.binaryColumn("raw");
    assertThat(raw.get(0)).containsExactly(0, 1);
    assertThat(raw.get(1)).containsExactly('h', 'i');
  }

  @Test
  @DisplayName("§11.2-47 a DataFrame with columns 0..n-1 is stored with data only")
  void item47ValuesOrient() {
    DataFrameExample df = (DataFrameExample) example("dataframe_values");
    assertThat(df.namedColumns()).isFalse();
    assertThat(df.columns()).containsExactly("0", "1");
  }

  @Test
  @DisplayName("§11.2-48 a JSON dict is a json_object equal to the dict")
  void item48JsonDict() {
    assertThat(((JsonObjectExample) example("json_object_dict")).value()).isEqualTo(Map.of("a", 1L, "b", "abc"));
  }

  @Test
  @DisplayName("§11.2-49 CSR and CSC examples round-trip exactly")
  void item49Sparse() {
    SparseExample csr = (SparseExample) example("sparse_csr");
    assertThat(csr.layout()).isEqualTo(SparseExample.Layout.CSR);
    assertThat(csr.data()).containsExactly(1.0, 2.0, 3.0);
    assertThat(csr.indices()).containsExactly(0L, 2L, 2L);
    assertThat(csr.indptr()).containsExactly(0L, 2L, 3L);
    SparseExample csc = (SparseExample) example("sparse_csc");
    assertThat(csc.indices()).containsExactly(0L, 0L, 1L);
    assertThat(csc.indptr()).containsExactly(0L, 1L, 1L, 3L);
  }

  @Test
  @DisplayName("§11.2-50 NaN saved as null stays null without a schema; a NaN literal is NaN")
  void item50Nan() {
    assertThat(((TensorExample) example("ndarray_bare")).flat()).isEqualTo(Arrays.asList(1.0, null, 3.0, 4.0));
    Path model = SharedData.root().resolve("fixtures-mlflow/pyfunc_all_column_types");
    DataFrameExample df = (DataFrameExample) load(model).orElseThrow();
    assertThat(df.column("weight").get(0)).isEqualTo(1.0);
    assertThat((Double) df.column("weight").get(1)).isNaN();
    assertThat(df.column("comment")).isEqualTo(Arrays.asList("first", null));
  }
}
