package io.mlmodel.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.MLModels;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The loader declines cleanly when ONNX Runtime cannot be used. */
class OnnxPredictorLoaderTest {

  @Test
  void withoutOnnxRuntimeOnTheClassPathTheLoaderDeclines() {
    ClassLoader hiding = new ClassLoader(getClass().getClassLoader()) {
      @Override
      protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith("ai.onnxruntime.")) {
          throw new ClassNotFoundException(name);
        }
        return super.loadClass(name, resolve);
      }
    };
    assertThat(OrtRuntime.problem(hiding)).contains("onnxruntime is not on the class path (add"
        + " com.microsoft.onnxruntime:onnxruntime)");
  }

  @Test
  void withOnnxRuntimeItAccepts() {
    OnnxPredictorLoader loader = new OnnxPredictorLoader();
    assertThat(OrtRuntime.problem(getClass().getClassLoader())).isEmpty();
    assertThat(loader.declines(MLModels.read(Path.of("testdata", "onnx", "strings")))).isEmpty();
    assertThat(loader.flavors()).containsExactly("onnx");
    assertThat(loader.predictorType()).isEqualTo(OnnxPredictor.class);
  }

  @Test
  void aModelWithoutTheOnnxFlavorIsDeclined() {
    assertThat(new OnnxPredictorLoader().declines(MLModels.read(Path.of("testdata", "models", "mlflow1_sklearn"))))
        .contains("the model has no onnx flavor");
  }
}
