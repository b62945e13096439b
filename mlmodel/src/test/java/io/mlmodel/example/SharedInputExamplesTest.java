package io.mlmodel.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.ModelException;
import io.mlmodel.testsupport.SharedData;
import java.math.BigInteger;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every real model with an input example loads, and agrees with the summary MLflow 2.17.2 made of
 * it (expected/.../mlflow-read.json {@code input_example}).
 */
class SharedInputExamplesTest {
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  static List<SharedData.Case> withExample() {
    List<SharedData.Case> out = new ArrayList<>();
    for (SharedData.Case c : SharedData.allModels()) {
      if (ExampleTestData.info(c.model()) != null) {
        out.add(c);
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("withExample")
  void exampleMatchesMlflowsSummary(SharedData.Case c) throws Exception {
    JsonNode summary = JSON.readTree(Files.readString(c.expected().resolve("mlflow-read.json"))).get("input_example");
    if (summary.has("error")) {
      String error = summary.get("error").asString();
      if (error.startsWith("FileNotFoundError")) {
        assertThatThrownBy(() -> ExampleTestData.load(c.model()))
            .isInstanceOfSatisfying(ModelException.class, e -> assertThat(e.code()).isEqualTo("missing-file"));
      } else {
        // MLflow >= 2.16 no longer unwraps the {"inputs": ...} of tf-serving examples and then fails
        // on its own old files; this library unwraps them (format: tf-serving), as documented.
        assertThat(ExampleTestData.info(c.model()).get("format")).isEqualTo("tf-serving");
        TensorExample t = (TensorExample) ExampleTestData.load(c.model()).orElseThrow();
        assertThat(t.rank()).isEqualTo(2);
      }
      return;
    }
    InputExample example = ExampleTestData.load(c.model()).orElseThrow();
    String pythonType = summary.get("python_type").asString();
    switch (pythonType) {
      case "pandas.core.frame.DataFrame" -> checkFrame((DataFrameExample) example, summary);
      case "numpy.ndarray" -> {
        TensorExample t = (TensorExample) example;
        List<Integer> shape = new ArrayList<>();
        summary.get("shape").forEach(n -> shape.add(n.asInt()));
        assertThat(t.shape()).isEqualTo(shape);
      }
      case "builtins.dict" -> {
        List<String> keys = new ArrayList<>();
        summary.get("keys").forEach(n -> keys.add(n.asString()));
        assertThat(dictKeys(example, c)).isEqualTo(keys);
      }
      case "builtins.list" -> assertThat(((JsonObjectExample) example).value()).isInstanceOf(List.class);
      case "builtins.str" -> assertThat(((JsonObjectExample) example).value()).isInstanceOf(String.class);
      default -> throw new AssertionError("unexpected python type " + pythonType);
    }
    JsonNode params = summary.get("params");
    if (params == null || params.isNull()) {
      assertThat(example.params()).isEmpty();
    } else {
      // Through text, so that both sides type 16 as the same kind of JSON number.
      assertThat(JSON.readTree(JSON.writeValueAsString(example.params().orElseThrow()))).isEqualTo(params);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("withExample")
  void servingExampleLoadsAndUsesTheFieldOfItsType(SharedData.Case c) {
    Map<?, ?> info = ExampleTestData.info(c.model());
    Object path = info.get("serving_input_path");
    if (path == null) {
      assertThat(ExampleTestData.serving(c.model())).isEmpty();
      return;
    }
    if (!Files.exists(c.model().resolve(path.toString()))) {
      assertThatThrownBy(() -> ExampleTestData.serving(c.model()))
          .isInstanceOfSatisfying(ModelException.class, e -> assertThat(e.code()).isEqualTo("missing-file"));
      return;
    }
    ServingInputExample serving = ExampleTestData.serving(c.model()).orElseThrow();
    String expected = switch (info.get("type").toString()) {
      case "dataframe" -> "dataframe_split";
      default -> "inputs";
    };
    if (!(serving.value() instanceof Map<?, ?> m && m.containsKey("messages"))) {
      assertThat(serving.inputField()).contains(expected);
    }
    if (Files.exists(c.model().resolve("input_example.json"))
        && ExampleTestData.load(c.model()).orElseThrow() instanceof DataFrameExample df && df.params().isEmpty()) {
      Map<?, ?> split = (Map<?, ?>) ((Map<?, ?>) serving.value()).get("dataframe_split");
      assertThat(split.get("data")).isEqualTo(df.rows());
    }
  }

  private static List<String> dictKeys(InputExample example, SharedData.Case c) throws Exception {
    if (example instanceof TensorDictExample d) {
      return new ArrayList<>(new TreeSet<>(d.tensors().keySet()));
    }
    if (example instanceof JsonObjectExample j) {
      return new ArrayList<>(new TreeSet<>(((Map<String, ?>) j.value()).keySet()));
    }
    // A bare-list ndarray that MLflow turns into {name: array} because the signature has exactly
    // one named tensor; without the signature this library keeps the tensor.
    assertThat(example).isInstanceOf(TensorExample.class);
    String mlmodel = Files.readString(c.model().resolve("MLmodel"));
    assertThat(mlmodel).contains("\"name\": \"x\", \"type\": \"tensor\"");
    return List.of("x");
  }

  private static void checkFrame(DataFrameExample df, JsonNode summary) {
    List<String> columns = new ArrayList<>();
    summary.get("columns").forEach(n -> columns.add(n.asString()));
    assertThat(df.columns()).isEqualTo(columns);
    assertThat(df.rowCount()).isEqualTo(summary.get("n_rows").asInt());
    for (int i = 0; i < columns.size(); i++) {
      String dtype = summary.get("dtypes").get(i).asString();
      for (Object v : df.column(i)) {
        if (v == null) {
          continue;
        }
        if (dtype.equals("bool")) {
          assertThat(v).as("column %s (%s)", columns.get(i), dtype).isInstanceOf(Boolean.class);
        } else if (dtype.startsWith("int")) {
          assertThat(v instanceof Long || v instanceof BigInteger).as("column %s (%s): %s", columns.get(i), dtype, v).isTrue();
        } else if (dtype.startsWith("float")) {
          assertThat(v).as("column %s (%s)", columns.get(i), dtype).isInstanceOf(Number.class);
        } else if (dtype.startsWith("datetime64")) {
          assertThat(v).as("column %s (%s)", columns.get(i), dtype).isInstanceOf(String.class);
        }
      }
    }
  }
}
