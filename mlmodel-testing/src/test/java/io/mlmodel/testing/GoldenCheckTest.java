package io.mlmodel.testing;

import static io.mlmodel.testing.MLModelAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.ModelException;
import io.mlmodel.predict.Predictor;
import io.mlmodel.testsupport.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Golden checks the way a service runs them: over a real MLflow folder and our own ONNX models. */
class GoldenCheckTest {
  static final Path GOLDEN = Path.of("testdata/golden");

  static Path onnxLinear() {
    return SharedData.root().resolve("fixtures-mlflow/onnx_linear");
  }

  @Test
  void theSavedExampleOfOnnxLinearGivesTheHandComputedResponse() {
    GoldenResult result = GoldenCheck.of(onnxLinear())
        .expected(GOLDEN.resolve("onnx_linear/expected.json"))
        .tolerance(1e-6)
        .verify();
    assertThat(result.passed()).isTrue();
    assertThat(result.cells()).isEqualTo(1);
    assertThat(result.report()).endsWith("all 1 cells match (tolerance 1.0E-6)");
  }

  @Test
  void aGivenRequestFile() {
    GoldenCheck.of(onnxLinear())
        .request(GOLDEN.resolve("onnx_linear/three_rows.json"))
        .expected(GOLDEN.resolve("onnx_linear/three_rows.expected.json"))
        .verify();
  }

  @Test
  void everyMismatchingCellIsReported() {
    GoldenCheck check = GoldenCheck.of(onnxLinear()).expected(GOLDEN.resolve("onnx_linear/wrong.expected.json"));
    GoldenResult result = check.run();
    assertThat(result.passed()).isFalse();
    assertThat(result.mismatches()).extracting(Mismatch::path)
        .containsExactly("predictions.y[0][0]", "predictions.y[1]");
    assertThat(result.mismatches().get(0).expected()).isEqualTo("5.7");
    assertThat(Double.parseDouble(result.mismatches().get(0).actual())).isCloseTo(5.6, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(result.mismatches().get(1).reason()).isEqualTo("missing");
    assertThatThrownBy(check::verify)
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("golden check of " + onnxLinear() + " with the saved input example against "
            + GOLDEN.resolve("onnx_linear/wrong.expected.json") + ": 2 mismatches in 2 cells (tolerance 1.0E-6)\n"
            + "  predictions.y[0][0]: expected 5.7 but was ")
        .hasMessageContaining("  predictions.y[1]: expected [1.0] but was (missing) (missing)");
  }

  @Test
  void aTableInATableOutWithCellsNamedByRowAndColumn() {
    GoldenCheck.of(Path.of("testdata/onnx/columns_single_input"))
        .request(GOLDEN.resolve("columns_single_input/request.json"))
        .expected(GOLDEN.resolve("columns_single_input/expected.json"))
        .verify();
  }

  @Test
  void theExpectedFileMayHoldOnlyThePredictions(@TempDir Path tmp) throws Exception {
    Path expected = Files.writeString(tmp.resolve("expected.json"), "{\"y\": [[5.6]]}");
    assertThat(GoldenCheck.of(onnxLinear()).expected(expected).run().passed()).isTrue();
  }

  @Test
  void anInputExampleWithoutServingExampleIsWrappedAsMlflowWrapsIt(@TempDir Path tmp) {
    Path dir = TempModelFolder.in(tmp.resolve("m"))
        .model(io.mlmodel.MLModels.read(onnxLinear()))
        .inputExample("ndarray", "[[1.0, 1.0, 1.0, 1.0]]")
        .copy("model.onnx", onnxLinear().resolve("model.onnx"))
        .write();
    GoldenResult r = GoldenCheck.of(dir).expected(GOLDEN.resolve("onnx_linear/three_rows.expected.json")).run();
    // One row (1.85) against three expected rows: the first differs, the other two are missing.
    assertThat(r.mismatches()).extracting(Mismatch::path)
        .containsExactly("predictions.y[0][0]", "predictions.y[1]", "predictions.y[2]");
  }

  @Test
  void aModelWithoutExampleNeedsARequestFile(@TempDir Path tmp) {
    Path dir = TempModelFolder.in(tmp).pythonFunction("mlflow.onnx", "model.onnx").write();
    assertThatThrownBy(() -> GoldenCheck.of(dir).expected(GOLDEN.resolve("onnx_linear/expected.json")).run())
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("the model records no input example (saved_input_example_info); give the golden check"
            + " a request file");
  }

  /**
   * Regression: the saved example was read wherever {@code artifact_path} led ({@code ..}, an
   * absolute path, a symbolic link), outside the model folder, and sent to the model.
   */
  @Test
  void anInputExampleOutsideTheFolderIsNotRead(@TempDir Path tmp) throws Exception {
    Path secret = Files.writeString(tmp.resolve("secret.json"), "[[1.0, 1.0, 1.0, 1.0]]");
    Path expected = GOLDEN.resolve("onnx_linear/expected.json");
    for (String name : new String[] {"../secret.json", secret.toString(), "linked.json"}) {
      Path dir = TempModelFolder.in(tmp.resolve("m" + name.length()))
          .model(io.mlmodel.MLModels.read(onnxLinear()))
          .put("saved_input_example_info", java.util.Map.of("artifact_path", name, "type", "ndarray"))
          .copy("model.onnx", onnxLinear().resolve("model.onnx"))
          .write();
      Files.deleteIfExists(dir.resolve("serving_input_example.json"));
      Files.createSymbolicLink(dir.resolve("linked.json"), secret);
      ModelException e = org.assertj.core.api.Assertions.catchThrowableOfType(ModelException.class,
          () -> GoldenCheck.of(dir).expected(expected).run());
      assertThat(e).as(name).isNotNull();
      assertThat(e.code()).isEqualTo("path-escape");
      assertThat(e.location().keyPath()).isEqualTo("saved_input_example_info.artifact_path");
      assertThat(e.problem()).isEqualTo(switch (name) {
        case "../secret.json" -> "'../secret.json' leads outside the model directory";
        case "linked.json" -> "'linked.json' leads outside the model directory through a symbolic link (to "
            + secret.toRealPath() + ")";
        default -> "'" + name + "' is an absolute path; files named by a model must be inside the model directory";
      });
    }
  }

  @Test
  void thePredictorIsInjectedAndClosedAfterTheTest(
      @MLModelFixture("testdata/onnx/columns_single_input") Predictor predictor) {
    assertThat(predictor.model()).hasFlavor("onnx").signature().hasOutput(io.mlmodel.signature.DataType.FLOAT);
  }
}
