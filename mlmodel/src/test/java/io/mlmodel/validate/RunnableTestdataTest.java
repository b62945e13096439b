package io.mlmodel.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The models our tests run (testdata/onnx) are complete MLflow models: no errors, no warnings. */
class RunnableTestdataTest {

  static Stream<Path> onnxModels() throws IOException {
    return Files.list(Path.of("testdata", "onnx")).filter(p -> Files.isRegularFile(p.resolve("MLmodel"))).sorted();
  }

  /** Regression: the generated ONNX folders once lacked the conda.yaml and python_env.yaml their MLmodel names. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("onnxModels")
  void validatesWithoutErrorsOrWarnings(Path folder) {
    ValidationReport report = Validator.defaults().validate(folder);
    assertThat(report.findings()).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
  }
}
