package io.mlmodel.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.MLModels;
import io.mlmodel.data.PredictOutput;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.TensorMap;
import io.mlmodel.model.MLModel;
import io.mlmodel.predict.LoaderRegistry;
import io.mlmodel.predict.Predictor;
import io.mlmodel.predict.Predictors;
import io.mlmodel.signature.NumpyDtype;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The examples of docs/predict.md, run as written. */
class PredictDocExamplesTest {

  @Test
  void loadAndPredict() {
    try (Predictor p = Predictors.load(Path.of("testdata/onnx/external_data"))) {
      PredictOutput out = p.predict(Tensor.ofFloats(new float[] {1, 2, 3}, 1, 3));
      Tensor y = ((TensorMap) out).get("y").orElseThrow();
      assertThat(y.shape()).containsExactly(1, 2);
      assertThat(y.toFloatArray()).containsExactly(-0.5f, 10.0f);
    }
  }

  @Test
  void wrappedBatchAsShown() {
    try (OnnxPredictor predictor = Predictors.resolve(
        MLModels.read(Path.of("testdata/onnx/external_data")), OnnxPredictor.class)) {
      float[] batch = new float[1024 * 3];
      batch[3] = 1;
      PredictOutput out = predictor.predict(Tensor.wrap(NumpyDtype.FLOAT32, batch, 1024, 3));
      Tensor y = ((TensorMap) out).get("y").orElseThrow();
      assertThat(y.shape()).containsExactly(1024, 2);
      // W = [[1, -2], [0.5, 0.25], [-1, 4]], b = [0.5, -0.5]: a row of zeros gives b, (1, 0, 0) gives W[0] + b.
      float[] v = y.toFloatArray();
      assertThat(new float[] {v[0], v[1], v[2], v[3], v[2046], v[2047]})
          .containsExactly(0.5f, -0.5f, 1.5f, -2.5f, 0.5f, -0.5f);
    }
  }

  @Test
  void typedResolution() {
    MLModel model = MLModels.read(Path.of("testdata/onnx/dtypes"));
    try (OnnxPredictor p = Predictors.resolve(model, OnnxPredictor.class)) {
      assertThat(p.inputNames()).containsExactly("f32", "f64", "i64", "i32", "flag");
      assertThat(p.session().getNumInputs()).isEqualTo(5);
    }
  }

  @Test
  void theOnnxLoaderIsRegisteredAndOverridable() {
    LoaderRegistry mine = Predictors.registry().with(new OnnxPredictorLoader());
    assertThat(mine.loaders().get(0)).isInstanceOf(OnnxPredictorLoader.class);
    assertThat(mine.loaders()).hasSize(Predictors.registry().loaders().size() + 1);
  }

  @Test
  void noPredictorMessageAsShown() {
    assertThatThrownBy(() -> LoaderRegistry.empty().resolve(MLModels.read(Path.of("testdata/onnx/dtypes"))))
        .hasMessageEndingWith("flavors: no predictor loader can run this model; it has flavors [onnx,"
            + " python_function]; loaders: none");
  }
}
