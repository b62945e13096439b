package io.mlmodel.testing;

import static io.mlmodel.testing.MLModelAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.model.MLModel;
import io.mlmodel.predict.Predictor;
import io.mlmodel.signature.DataType;
import io.mlmodel.signature.ModelSignature;
import io.mlmodel.signature.Schema;
import io.mlmodel.testsupport.DocSnippets;
import io.mlmodel.testsupport.SharedData;
import io.mlmodel.validate.Validator;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples of docs/testing-kit.md, run the way a service's own tests would run them. */
class TestingKitDocTest {

  @Test
  void docExamplesAreTheseTests() {
    assertThat(DocSnippets.check("docs/testing-kit.md")).isGreaterThanOrEqualTo(3);
  }

  @Test
  void injectedFixture(@MLModelFixture(resource = "kit/iris") MLModel model) {
    assertThat(model)
        .hasFlavor("sklearn")
        .hasLoaderModule("mlflow.sklearn")
        .hasMlflowVersion("2.17.2")
        .hasInputExample();
  }

  @Test
  void signatureAssertions(@MLModelFixture(resource = "kit/iris") MLModel model) {
    assertThat(model).signature()
        .hasInput("age", DataType.LONG)
        .hasInput("sepal_length", DataType.DOUBLE)
        .hasOutput(DataType.LONG);
  }

  @Test
  void writeWithATypedSignature(@TempDir Path tmp) {
    ModelSignature signature = ModelSignature.builder()
        .inputs(Schema.builder().column("age", DataType.LONG).optionalColumn("city", DataType.STRING).build())
        .outputs(Schema.builder().unnamedColumn(DataType.DOUBLE).build())
        .build();
    MLModel model = TempModelFolder.in(tmp).pythonFunction("mlflow.sklearn", "model.pkl")
        .signature(signature)
        .writeAndRead();
    assertThat(model).signature().hasInput("age", DataType.LONG).hasRequiredInput("city", false);
  }

  @Test
  void fixtureByPathOrUri(@MLModelFixture("testdata/models/flavor_onnx") MLModel onnx,
      @MLModelFixture(value = "models:/iris@champion", trackingUri = "testdata/mlruns") Path champion) {
    assertThat(onnx).hasFlavor("onnx");
    assertThatModelIn(champion).hasFlavor("xgboost");
  }

  @Test
  void writeAFolder(@TempDir Path tmp) {
    Path dir = TempModelFolder.in(tmp)
        .pythonFunction("mlflow.onnx", "model.onnx")
        .flavor("onnx", Map.of("data", "model.onnx", "onnx_version", "1.17.0"))
        .signature("[{\"type\": \"long\", \"name\": \"age\", \"required\": true}]", null)
        .inputExample("dataframe", "{\"columns\": [\"age\"], \"data\": [[42]]}")
        .write();
    assertThatModelIn(dir).hasExactlyFlavors("onnx", "python_function").hasInputExample();
  }

  @Test
  void goldenCheck() {
    SharedData.root(); // skips where ../shared is absent
    GoldenCheck.of(Path.of("../shared/fixtures-mlflow/onnx_linear"))
        .expected(Path.of("testdata/golden/onnx_linear/expected.json"))
        .tolerance(1e-6)
        .verify();
  }

  @Test
  void goldenCheckVerify() {
    GoldenCheck.of(Path.of("testdata/onnx/columns_single_input"))
        .request(Path.of("testdata/golden/columns_single_input/request.json"))
        .expected(Path.of("testdata/golden/columns_single_input/expected.json"))
        .tolerance(1e-6)
        .verify();
  }

  @Test
  void goldenCheckWithARequest() {
    GoldenResult result = GoldenCheck.of(Path.of("testdata/onnx/columns_single_input"))
        .request(Path.of("testdata/golden/columns_single_input/request.json"))
        .expected(Path.of("testdata/golden/columns_single_input/expected.json"))
        .tolerance(1e-6, 1e-9)
        .run();
    assertThat(result.mismatches()).isEmpty();
  }

  @Test
  void injectedPredictor(@MLModelFixture("testdata/onnx/columns_single_input") Predictor predictor) {
    assertThat(predictor.signature()).isPresent();
  }

  @Test
  void findings(@MLModelFixture("testdata/invalid/path-escape") MLModel broken) {
    assertThat(broken).validation()
        .hasErrors()
        .hasFinding("path-escape", "flavors.python_function.model_path");
    assertThat(Validator.defaults().validate(Path.of("testdata/valid/minimal"))).hasNoErrors();
  }

  private static MLModelAssert assertThatModelIn(Path dir) {
    return MLModelAssertions.assertThatModelIn(dir);
  }
}
