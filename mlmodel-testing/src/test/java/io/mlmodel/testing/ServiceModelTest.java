package io.mlmodel.testing;

import static io.mlmodel.testing.MLModelAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.model.MLModel;
import io.mlmodel.predict.Predictor;
import io.mlmodel.signature.DataType;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A service's test class, as docs/testing-kit.md shows it: the kit used from outside. */
class ServiceModelTest {
  static final String MODEL = "testdata/onnx/columns_single_input";

  @Test
  void theModelIsTheOneWeServe(@MLModelFixture(MODEL) MLModel model) {
    assertThat(model)
        .hasFlavor("onnx")
        .hasLoaderModule("mlflow.onnx")
        .signature()
        .hasInputNames("a", "b", "c")
        .hasInput("c", DataType.LONG)
        .hasOutput(DataType.FLOAT);
    // The JVM serves it without Python: a missing conda.yaml is no concern here.
    assertThat(model).validation().doesNotHaveFinding("bad-signature").doesNotHaveFinding("path-escape");
  }

  @Test
  void itLoads(@MLModelFixture(MODEL) Predictor predictor) {
    assertThat(predictor.model().flavors()).containsKey("onnx");
  }

  @Test
  void itStillAnswersWhatWeChecked() {
    GoldenCheck.of(Path.of(MODEL))
        .request(Path.of("testdata/golden/columns_single_input/request.json"))
        .expected(Path.of("testdata/golden/columns_single_input/expected.json"))
        .verify();
  }
}
