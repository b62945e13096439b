package io.mlmodel.testing;

import static io.mlmodel.testing.MLModelAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.MLModels;
import io.mlmodel.model.MLModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TempModelFolderTest {

  @Test
  void writesAFolderThatReadsBackWithTheSameValues(@TempDir Path tmp) throws Exception {
    Map<String, Object> tricky = new LinkedHashMap<>();
    tricky.put("yes_string", "yes");      // a bool to YAML 1.1 when plain
    tricky.put("version", "3.10");        // a float when plain
    tricky.put("octal", "0123");          // an int when plain
    tricky.put("quote", "say \"hi\"\\\n\ttab");
    tricky.put("unicode", "Ωmega – ü");
    tricky.put("big", 1e22);
    tricky.put("small", 2.5e-7);
    tricky.put("inf", Double.POSITIVE_INFINITY);
    tricky.put("n", 12L);
    tricky.put("flag", true);
    tricky.put("none", null);
    tricky.put("list", List.of("a", 1L, 2.0));
    Path dir = TempModelFolder.in(tmp.resolve("m"))
        .pythonFunction("mlflow.onnx", "model.onnx")
        .flavor("onnx", Map.of("data", "model.onnx", "onnx_version", "1.17.0"))
        .put("metadata", tricky)
        .signature("[{\"type\": \"tensor\", \"tensor-spec\": {\"dtype\": \"float32\", \"shape\": [-1, 4]}}]", null)
        .inputExample("ndarray", "[[1.0, 2.0, 3.0, 4.0]]")
        .file("model.onnx", new byte[] {1, 2, 3})
        .write();
    MLModel m = MLModels.read(dir);
    assertThat(m).hasExactlyFlavors("onnx", "python_function").hasLoaderModule("mlflow.onnx").hasSignature()
        .hasInputExample();
    Map<String, Object> back = m.metadata().orElseThrow();
    assertThat(back).containsExactlyInAnyOrderEntriesOf(tricky);
    assertThat(m.signatureStrings().orElseThrow()).containsEntry("outputs", null).containsEntry("params", null);
    assertThat(Files.readAllBytes(dir.resolve("model.onnx"))).isEqualTo(new byte[] {1, 2, 3});
    assertThat(Files.readString(dir.resolve("input_example.json"))).isEqualTo("[[1.0, 2.0, 3.0, 4.0]]");
  }

  @Test
  void writesTheLayoutMlflowWrites(@TempDir Path tmp) throws Exception {
    Path dir = TempModelFolder.in(tmp).pythonFunction("mlflow.onnx", "model.onnx")
        .put("mlflow_version", "2.17.2").put("databricks_runtime", "14.3").write();
    assertThat(Files.readString(dir.resolve("MLmodel"))).isEqualTo("""
        databricks_runtime: '14.3'
        flavors:
          python_function:
            data: model.onnx
            env:
              conda: conda.yaml
              virtualenv: python_env.yaml
            loader_module: mlflow.onnx
            python_version: 3.11.2
        mlflow_version: 2.17.2
        """);
  }

  @Test
  void startsFromAnExistingModel(@TempDir Path tmp) {
    MLModel source = MLModels.read(Path.of("testdata/models/flavor_onnx"));
    MLModel copy = TempModelFolder.in(tmp).model(source).put("run_id", "r1").writeAndRead();
    assertThat(copy).hasFlavor("onnx").hasRunId("r1").hasMlflowVersion("2.17.2");
    assertThat(copy.flavors()).isEqualTo(source.flavors());
  }

  @Test
  void refusesFilesOutsideTheFolder(@TempDir Path tmp) {
    TempModelFolder b = TempModelFolder.in(tmp);
    for (String bad : Arrays.asList("../x", "/etc/x", "a/../../x", ".")) {
      assertThatThrownBy(() -> b.file(bad, "x")).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void refusesValuesItCannotWrite(@TempDir Path tmp) {
    assertThatThrownBy(() -> TempModelFolder.in(tmp).put("x", new Object()).write())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFlavorsValueThatIsNoMappingIsWrittenAsGiven(@TempDir Path tmp) throws Exception {
    // regression: put("flavors", ...) of anything but a mapping was written as flavors: {}
    Path list = TempModelFolder.in(tmp.resolve("list")).put("flavors", List.of("onnx")).write();
    assertThat(Files.readString(list.resolve("MLmodel"))).isEqualTo("flavors:\n- onnx\n");
    Path text = TempModelFolder.in(tmp.resolve("text")).put("flavors", "onnx").write();
    assertThat(Files.readString(text.resolve("MLmodel"))).isEqualTo("flavors: onnx\n");
    Path added = TempModelFolder.in(tmp.resolve("added")).put("flavors", "onnx").flavor("onnx", Map.of("data", "m.onnx"))
        .write();
    assertThat(Files.readString(added.resolve("MLmodel"))).isEqualTo("flavors:\n  onnx:\n    data: m.onnx\n");
  }
}
