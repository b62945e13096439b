package io.mlmodel.testing;

import static io.mlmodel.testing.MLModelAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.model.MLModel;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assertions, used the way a service's tests use them, on fixtures injected by the extension. */
class MLModelAssertTest {

  @Test
  void passesOnWhatTheModelHas(@MLModelFixture(resource = "kit/iris") MLModel model) {
    assertThat(model)
        .hasFlavor("sklearn")
        .hasExactlyFlavors("python_function", "sklearn")
        .doesNotHaveFlavor("onnx")
        .hasLoaderModule("mlflow.sklearn")
        .hasFlavorValue("sklearn", "sklearn_version", "1.5.2")
        .hasMlflowVersion("2.17.2")
        .hasRunId("6a5b4c3d2e1f40a9b8c7d6e5f4a3b2c1")
        .hasSignature()
        .hasInputExample();
  }

  @Test
  void failsNamingTheFolderAndWhatItHasInstead(@MLModelFixture(resource = "kit/iris") MLModel model,
      @MLModelFixture(resource = "kit/iris") Path dir) {
    assertThatThrownBy(() -> assertThat(model).hasFlavor("onnx"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting model " + dir)
        .hasMessageContaining("to have the flavor 'onnx' but its flavors are [python_function, sklearn]");
    assertThatThrownBy(() -> assertThat(model).hasLoaderModule("mlflow.onnx"))
        .hasMessageContaining("to load with 'mlflow.onnx' but its loader_module is mlflow.sklearn");
    assertThatThrownBy(() -> assertThat(model).hasFlavorValue("sklearn", "sklearn_version", "1.6.0"))
        .hasMessageContaining("to have sklearn_version = 1.6.0 but it has 1.5.2");
    assertThatThrownBy(() -> assertThat(model).hasNoSignature())
        .hasMessageContaining("to have no signature, but it has");
  }

  @Test
  void integersAreLongsAsTheYamlLayerTypesThem(@TempDir Path tmp) {
    MLModel m = TempModelFolder.in(tmp).put("model_size_bytes", 270L).pythonFunction("mlflow.onnx", "m.onnx")
        .writeAndRead();
    assertThat(m).hasValue("model_size_bytes", 270L);
    assertThatThrownBy(() -> assertThat(m).hasValue("model_size_bytes", 270))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void aMissingInputExampleFileFails(@TempDir Path tmp) {
    MLModel m = TempModelFolder.in(tmp).pythonFunction("mlflow.onnx", "m.onnx")
        .put("saved_input_example_info", Map.of("artifact_path", "input_example.json", "type", "ndarray"))
        .writeAndRead();
    assertThatThrownBy(() -> assertThat(m).hasInputExample())
        .hasMessageContaining("to have its input example file 'input_example.json', but it is missing");
  }

  /** Regression: an input example file outside the folder ({@code artifact_path: ../x.json}) passed. */
  @Test
  void anInputExampleOutsideTheFolderFails(@TempDir Path tmp) throws Exception {
    java.nio.file.Files.writeString(tmp.resolve("outside.json"), "[[1]]");
    MLModel m = TempModelFolder.in(tmp.resolve("m")).pythonFunction("mlflow.onnx", "m.onnx")
        .put("saved_input_example_info", Map.of("artifact_path", "../outside.json", "type", "ndarray"))
        .writeAndRead();
    assertThatThrownBy(() -> assertThat(m).hasInputExample())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have its input example file '../outside.json' inside its folder, but"
            + " '../outside.json' leads outside the model directory");
  }

  @Test
  void fixturesComeFromPathsAndModelUrisToo(@MLModelFixture("testdata/models/flavor_onnx") MLModel onnx,
      @MLModelFixture("testdata/mlruns/0/bebf3a24cf54434d9459e85a66589e51/artifacts/model") Path dir) {
    assertThat(onnx).hasFlavor("onnx").hasLoaderModule("mlflow.onnx");
    assertThat(dir.resolve("MLmodel")).isRegularFile();
  }
}
