package io.mlmodel.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.MLModels;
import io.mlmodel.ReadOptions;
import io.mlmodel.model.MLModel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The examples of docs/input-examples.md, run as written (paths relative to the project). */
class InputExamplesDocTest {
  private static Path path(String p) {
    return Path.of(System.getProperty("mlmodel.basedir", ".")).resolve(p);
  }

  @Test
  void loading() {
    MLModel model = MLModels.read(path("testdata/examples/dataframe_params"));
    Path dir = model.directory().orElseThrow();
    Map<String, Object> info = model.savedInputExampleInfo().orElse(null);
    Optional<InputExample> example = InputExamples.load(dir, info,
        model.locate("saved_input_example_info"), ReadOptions.defaults());

    DataFrameExample df = (DataFrameExample) example.orElseThrow();
    assertThat(df.columns()).containsExactly("x", "text");
    assertThat(df.rows()).containsExactly(List.of(1.0, "a"), Arrays.asList(2.5, null));
    assertThat(df.column("x")).containsExactly(1.0, 2.5);
    assertThat(df.params()).contains(Map.of("a", 1L, "b", "string"));
    assertThat(df.params().toString()).isEqualTo("Optional[{a=1, b=string}]");

    ServingInputExample s = ServingInputExample.load(dir, info, ReadOptions.defaults()).orElseThrow();
    assertThat(s.json()).startsWith("{\n  \"dataframe_split\"");
    assertThat(s.inputField()).contains("dataframe_split");
    assertThat(s.params().toString()).isEqualTo("Optional[{a=1, b=string}]");
  }

  @Test
  void variants() {
    for (String name : List.of("dataframe_split", "ndarray_int32", "tensor_dict", "json_object_chat", "sparse_csr")) {
      MLModel model = MLModels.read(path("testdata/examples/" + name));
      Path dir = model.directory().orElseThrow();
      Map<String, Object> info = model.savedInputExampleInfo().orElse(null);
      InputExample e = InputExamples.load(dir, info, ReadOptions.defaults()).orElseThrow();
      Object seen;
      if (e instanceof DataFrameExample frame) {
        List<Map<String, Object>> records = frame.records();
        seen = records.size();
      } else if (e instanceof TensorExample tensor) {
        List<Integer> shape = tensor.shape();
        List<Object> flat = tensor.flat();
        seen = shape + " " + flat.size();
      } else if (e instanceof TensorDictExample dict) {
        TensorExample x = dict.tensor("a");
        seen = x.shape();
      } else if (e instanceof JsonObjectExample json) {
        Object value = json.value();
        seen = ((Map<?, ?>) value).keySet();
      } else if (e instanceof SparseExample sparse) {
        List<List<Object>> dense = sparse.toDense(1_000_000);
        seen = dense.size();
      } else {
        throw new AssertionError(e);
      }
      assertThat(seen.toString()).isIn("2", "[2, 3] 6", "[2]", "[messages]");
    }
  }
}
