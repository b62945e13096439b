package io.mlmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The library in a JVM whose class path lacks onnxruntime: the onnx loader declines, nothing breaks. */
class WithoutOnnxRuntimeTest {

  @Test
  void theOnnxLoaderDeclinesAndSaysWhy() throws Exception {
    String cp = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(e -> !e.contains("onnxruntime"))
        .collect(Collectors.joining(File.pathSeparator));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(List.of(java.toString(), "-cp", cp, "io.mlmodel.cli.Main", "predict",
        "testdata/onnx/dtypes", "--input", "testdata/onnx/dtypes/expected.json"))
        .redirectInput(ProcessBuilder.Redirect.PIPE)
        .start();
    p.getOutputStream().close();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(err).isEqualTo(1);
    assertThat(err).isEqualTo("error: testdata/onnx/dtypes/MLmodel:1:1: flavors: no predictor loader can run this model;"
        + " it has flavors [onnx, python_function]; loaders: onnx (runs [onnx]) declined: onnxruntime is not on the class path"
        + " (add com.microsoft.onnxruntime:onnxruntime); xgboost4j (runs [xgboost]); lightgbm4j (runs [lightgbm]); mlflow-serve (runs [python_function]) declined: off;"
        + " set -Dmlmodel.remote.mlflow or MLMODEL_REMOTE_MLFLOW to an mlflow command to serve the model with mlflow models serve"
        + System.lineSeparator());
  }
}
