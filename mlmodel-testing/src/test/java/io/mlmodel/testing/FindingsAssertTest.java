package io.mlmodel.testing;

import static io.mlmodel.testing.MLModelAssertions.assertThat;
import static io.mlmodel.testing.MLModelAssertions.assertThatFindings;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.model.MLModel;
import io.mlmodel.validate.ValidationReport;
import io.mlmodel.validate.Validator;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Findings assertions over the validator's own hand-written broken folders (testdata/invalid). */
class FindingsAssertTest {

  @Test
  void aValidModelHasNoErrors(@MLModelFixture("testdata/valid/minimal") MLModel model) {
    assertThat(model).validation().hasNoErrors().doesNotHaveFinding("path-escape");
  }

  @Test
  void aBrokenModelHasItsFinding(@MLModelFixture("testdata/invalid/path-escape") MLModel model) {
    assertThat(model).validation()
        .hasErrors()
        .hasFinding("path-escape")
        .hasFinding("path-escape", "flavors.python_function.model_path")
        .hasFindingContaining("path-escape", "leads outside the model directory");
  }

  @Test
  void aFolderMLflowCannotEvenParseIsReportedThroughTheReport() {
    ValidationReport report = Validator.defaults().validate(Path.of("testdata/invalid/yaml-syntax"));
    assertThat(report).hasErrors().hasOnlyCodes("yaml-syntax");
  }

  @Test
  void failuresListEveryFindingInCompilerStyle(@MLModelFixture("testdata/invalid/path-escape") MLModel model) {
    assertThatThrownBy(() -> assertThat(model).validation().hasNoErrors())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting no errors but there are 1:")
        .hasMessageContaining("MLmodel:4:17: flavors.python_function.model_path: error: '../minimal-model.pkl' leads"
            + " outside the model directory [path-escape]");
    assertThatThrownBy(() -> assertThat(model).validation().hasFinding("missing-file"))
        .hasMessageContaining("Expecting a finding [missing-file] but the findings are:");
    assertThatThrownBy(() -> assertThat(model).validation().isClean())
        .hasMessageContaining("Expecting no findings but there are");
    assertThatThrownBy(() -> assertThat(model).validation().hasFinding("path-escape", "flavors.onnx.data"))
        .hasMessageContaining("Expecting a finding [path-escape] at flavors.onnx.data");
  }

  @Test
  void aListOfFindings() {
    ValidationReport report = Validator.defaults().validate(Path.of("testdata/invalid/unknown-key"));
    assertThatFindings(report.findings()).hasNoErrors().hasFinding("unknown-key", "time_created");
  }
}
