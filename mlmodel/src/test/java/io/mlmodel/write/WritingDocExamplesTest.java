package io.mlmodel.write;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.MLModels;
import io.mlmodel.model.Flavor;
import io.mlmodel.model.MLModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples of docs/writing.md, as written there. */
class WritingDocExamplesTest {
  private static final Path TESTDATA = Path.of(System.getProperty("mlmodel.basedir", ".")).resolve("testdata/models");

  @Test
  void rewritingAnMlmodel(@TempDir Path dir) throws Exception {
    Files.copy(TESTDATA.resolve("mlflow2_custom_pyfunc/MLmodel"), dir.resolve("MLmodel"));
    MLModel model = MLModels.read(dir);
    MLModelWriter.write(model, dir);
    String yaml = MLModelWriter.toYaml(model);
    Map<String, Object> dict = MLModelWriter.toDict(model);
    assertThat(Files.readString(dir.resolve("MLmodel"))).isEqualTo(yaml);
    assertThat(dict).containsKeys("flavors", "model_uuid");
    assertThat(MLModels.read(dir)).isEqualTo(MLModels.read(TESTDATA.resolve("mlflow2_custom_pyfunc")));
  }

  @Test
  void aNewModelDirectory(@TempDir Path parent) throws Exception {
    Path target = parent.resolve("model");
    byte[] onnxBytes = {1, 2, 3};
    MLModel model = MLModel.builder()
        .newModelUuid()
        .createdNow()
        .mlflowVersion("2.17.2")
        .flavor(Flavor.of("onnx", Map.of("data", "model.onnx", "onnx_version", "1.17.0")))
        .build();
    List<String> requirements = List.of("mlflow==2.17.2", "onnx==1.17.0", "onnxruntime==1.20.1");
    MLModelWriter.writeDirectory(model, target, dir -> {
      Files.write(dir.resolve("model.onnx"), onnxBytes);
      Files.writeString(dir.resolve("conda.yaml"),
          EnvironmentFiles.defaultCondaYaml("3.11.9", "24.2", requirements));
      Files.writeString(dir.resolve("python_env.yaml"), EnvironmentFiles.pythonEnvYaml("3.11.9",
          List.of("pip==24.2", "setuptools==75.1.0", "wheel==0.44.0"), List.of("-r requirements.txt")));
      Files.writeString(dir.resolve("requirements.txt"), EnvironmentFiles.requirementsTxt(requirements));
    }, WriteOptions.defaults());
    assertThat(MLModels.read(target)).isEqualTo(model);
    assertThat(Files.readString(target.resolve("requirements.txt"))).isEqualTo("mlflow==2.17.2\nonnx==1.17.0\nonnxruntime==1.20.1");
    assertThat(Files.readString(target.resolve("python_env.yaml"))).isEqualTo("python: 3.11.9\nbuild_dependencies:\n"
        + "- pip==24.2\n- setuptools==75.1.0\n- wheel==0.44.0\ndependencies:\n- -r requirements.txt\n");
  }

  @Test
  void environmentFiles() {
    assertThat(EnvironmentFiles.defaultCondaYaml("3.11.2", "23.0.1",
        List.of("mlflow==2.17.2", "cloudpickle==2.2.0", "scikit-learn==1.2.1"))).isEqualTo("""
        channels:
        - conda-forge
        dependencies:
        - python=3.11.2
        - pip<=23.0.1
        - pip:
          - mlflow==2.17.2
          - cloudpickle==2.2.0
          - scikit-learn==1.2.1
        name: mlflow-env
        """);
  }

  @Test
  void crashSafeWrites(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("model");
    String yaml = "flavors: {}\n";
    AtomicWrites.writeFile(dir.resolve("requirements.txt"), "mlflow==2.17.2".getBytes(StandardCharsets.UTF_8));
    AtomicWrites.writeDirectory(target, d -> Files.writeString(d.resolve("MLmodel"), yaml),
        WriteOptions.builder().replaceExisting(true).build());
    assertThat(Files.readString(target.resolve("MLmodel"))).isEqualTo(yaml);
  }

  @Test
  void yamlWriter() {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("mlflow_version", "2.17.2");
    tree.put("databricks_runtime", "14.3");
    tree.put("env_vars", List.of("OPENAI_API_KEY"));
    assertThat(YamlWriter.dump(tree)).isEqualTo("databricks_runtime: '14.3'\nenv_vars:\n- OPENAI_API_KEY\nmlflow_version: 2.17.2\n");
    assertThat(YamlWriter.dump(tree, false)).isEqualTo("mlflow_version: 2.17.2\ndatabricks_runtime: '14.3'\nenv_vars:\n- OPENAI_API_KEY\n");
  }
}
