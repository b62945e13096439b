package io.mlmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.testsupport.SharedData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mlmodel predict}: MLflow's response bodies, exit codes, no stack traces. */
class PredictCommandTest {
  @TempDir Path tmp;

  Path onnxLinear() {
    return SharedData.root().resolve("fixtures-mlflow/onnx_linear");
  }

  Path body(String name, String text) throws IOException {
    return Files.writeString(tmp.resolve(name), text);
  }

  @Test
  void printsMlflowsResponseForAJsonRequest() throws IOException {
    // y = x·W + b with W = [0.5, -1, 2, 0.25], b = 0.1 (onnx_raw/weights.json), in float32.
    CliRunner r = CliRunner.run("predict", onnxLinear().toString(), "--input",
        body("req.json", "{\"inputs\": [[1, 2, 3, 4], [0, 0, 0, 0]]}").toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo("{\"predictions\":{\"y\":[[" + (double) (0.5f - 2f + 6f + 1f + 0.1f) + "],["
        + (double) 0.1f + "]]}}" + System.lineSeparator());
  }

  @Test
  void readsStandardInput() {
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream("{\"dataframe_records\": [{\"x\": [0, 0, 0, 0]}]}".getBytes(StandardCharsets.UTF_8)));
      CliRunner r = CliRunner.run("predict", onnxLinear().toString(), "--input", "-");
      assertThat(r.exit()).isZero();
      assertThat(r.out()).isEqualTo("{\"predictions\":{\"y\":[[" + (double) 0.1f + "]]}}" + System.lineSeparator());
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void csvTableInTableOut() throws IOException {
    CliRunner r = CliRunner.run("predict", "testdata/onnx/strings", "--content-type", "csv", "--input",
        body("req.txt", "s,t\nab,x\nCd,ü\n").toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo("{\"predictions\":[{\"upper\":\"AB\",\"same\":\"x\"},{\"upper\":\"CD\",\"same\":\"ü\"}]}"
        + System.lineSeparator());
  }

  @Test
  void zipMapProbabilitiesPrintAsListsOfDictsWithStringKeys() throws IOException {
    // onnxruntime returns ZipMap output as [{0: p0, 1: p1, ...}]; JSON makes the keys strings.
    CliRunner r = CliRunner.run("predict", "testdata/onnx/zipmap", "--input",
        body("req.json", "{\"inputs\": {\"probabilities\": [[0.5, 0.25, 0.25]]}}").toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo("{\"predictions\":{\"label\":[0],\"output_probability\":[{\"0\":0.5,\"1\":0.25,"
        + "\"2\":0.25}]}}" + System.lineSeparator());
  }

  @Test
  void invalidInputExitsOneWithTheEnforcementMessage() throws IOException {
    Path req = body("req.json", "{\"inputs\": [[1, 2, 3]]}");
    CliRunner r = CliRunner.run("predict", onnxLinear().toString(), "--input", req.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).isEqualTo("{\"error_code\":\"INVALID_PARAMETER_VALUE\",\"message\":\"Shape of input (1, 3) does not"
        + " match expected shape (-1, 4). (tensor 'x')\"}" + System.lineSeparator());
    assertThat(r.err()).isEqualTo("error: " + req + ": Shape of input (1, 3) does not match expected shape (-1, 4). (tensor 'x')"
        + System.lineSeparator());
  }

  @Test
  void malformedJsonIsABadRequestWithoutAStackTrace() throws IOException {
    CliRunner r = CliRunner.run("predict", onnxLinear().toString(), "--input", body("req.json", "{\"inputs\": ").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).startsWith("{\"error_code\":\"BAD_REQUEST\",\"message\":\"Invalid input. Ensure that input is a valid"
        + " JSON formatted string.");
    assertThat(r.err()).startsWith("error: ").doesNotContain("\tat ").doesNotContain("Exception");
  }

  static final String DTYPES_ROW = "\"f32\": [[1, 2, 3]], \"f64\": [[1, 2]], \"i64\": [1], \"flag\": [true]";

  /** Regression: the CLI said INVALID_PARAMETER_VALUE where MLflow (which casts while parsing) and serve say BAD_REQUEST. */
  @Test
  void aValueThatDoesNotConvertIsABadRequestAsInMlflow() throws IOException {
    CliRunner r = CliRunner.run("predict", "testdata/onnx/dtypes", "--input",
        body("req.json", "{\"inputs\": {" + DTYPES_ROW + ", \"i32\": null}}").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).isEqualTo("{\"error_code\":\"BAD_REQUEST\",\"message\":\"Data is not compatible with model"
        + " signature. Failed to convert tensor i32 to type 'int32'. Error: 'Cannot convert non-finite values (NA or inf)"
        + " to integer'\"}" + System.lineSeparator());
  }

  /** MLflow checks params in predict: not a dictionary is INVALID_PARAMETER_VALUE with a params schema, ignored without. */
  @Test
  void paramsThatAreNotADictionaryAreAnInvalidParameterValueOnlyForAModelWithAParamsSchema() throws IOException {
    Path req = body("req.json", "{\"inputs\": {" + DTYPES_ROW + ", \"i32\": [7]}, \"params\": [1, 2]}");
    CliRunner plain = CliRunner.run("predict", "testdata/onnx/dtypes", "--input", req.toString());
    assertThat(plain.exit()).isZero();
    assertThat(plain.out()).contains("\"i32_neg\":[-7]");
    Path model = Files.createDirectories(tmp.resolve("dtypes_params"));
    for (String f : new String[] {"model.onnx", "MLmodel"}) {
      Files.copy(Path.of("testdata/onnx/dtypes", f), model.resolve(f));
    }
    String mlmodel = Files.readString(model.resolve("MLmodel"));
    assertThat(mlmodel).contains("  params: null\n");
    Files.writeString(model.resolve("MLmodel"), mlmodel.replace("  params: null\n",
        "  params: '[{\"name\": \"k\", \"type\": \"long\", \"default\": 3, \"shape\": null}]'\n"));
    CliRunner r = CliRunner.run("predict", model.toString(), "--input", req.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).isEqualTo("{\"error_code\":\"INVALID_PARAMETER_VALUE\",\"message\":\"Parameters must be a"
        + " dictionary. Got type 'list'.\"}" + System.lineSeparator());
  }

  @Test
  void aModelNoLoaderCanRunFailsWithTheRegistryMessage() throws IOException {
    CliRunner r = CliRunner.run("predict", "testdata/models/mlflow1_sklearn", "--input", body("req.json", "{}").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("error: testdata/models/mlflow1_sklearn/MLmodel:2:1: flavors: no predictor loader can run"
        + " this model; it has flavors [python_function, sklearn]; loaders: onnx (runs [onnx]); xgboost4j (runs [xgboost]);"
        + " lightgbm4j (runs [lightgbm]); mlflow-serve (runs [python_function]) declined: off; set -Dmlmodel.remote.mlflow"
        + " or MLMODEL_REMOTE_MLFLOW to an mlflow command to serve the model with mlflow models serve"
        + System.lineSeparator());
  }

  @Test
  void usageErrorsExitTwo() throws IOException {
    assertThat(CliRunner.run("predict", "testdata/onnx/strings").exit()).isEqualTo(2);
    CliRunner r = CliRunner.run("predict", "testdata/onnx/strings", "--content-type", "xml", "--input", "x.json");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: --content-type must be json or csv, got 'xml'" + System.lineSeparator());
    assertThat(CliRunner.run("predict", "testdata/onnx/strings", "--input", tmp.resolve("absent.json").toString()).err())
        .isEqualTo("error: no such input file: " + tmp.resolve("absent.json") + System.lineSeparator());
  }

  @Test
  void aBlankViaMlflowCommandIsAUsageError() throws IOException { // regression: "internal error: IllegalArgumentException"
    Path req = body("req.json", "{\"inputs\": [[1, 2, 3, 4]]}");
    for (String command : new String[] {"", "   "}) {
      CliRunner r = CliRunner.run("predict", onnxLinear().toString(), "--input", req.toString(), "--via-mlflow", command);
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).startsWith("--via-mlflow: the command is empty" + System.lineSeparator() + "Usage: mlmodel predict ");
    }
  }
}
