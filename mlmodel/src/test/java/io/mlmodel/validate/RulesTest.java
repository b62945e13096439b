package io.mlmodel.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each rule alone, over a model written to a temporary folder. */
class RulesTest {
  private static final String PYFUNC = "flavors:\n  python_function:\n    loader_module: mlflow.sklearn\n";

  @TempDir Path dir;

  private List<String> run(Rule rule, String mlmodel) throws IOException {
    Files.writeString(dir.resolve("MLmodel"), mlmodel);
    ModelContext context = ModelContext.read(dir);
    Validator.run(rule, context);
    return context.findings().stream().map(f -> f.code() + " " + f.location().keyPath() + ": " + f.message()).toList();
  }

  @Test
  void flavorsRule() throws IOException {
    assertThat(run(new FlavorsRule(), "run_id: abc\n"))
        .containsExactly("no-flavors : there is no 'flavors' key: no flavor can load this model (is this an MLmodel file at all?)");
    assertThat(run(new FlavorsRule(), PYFUNC + "  r_function: {}\n"))
        .containsExactly("unknown-flavor flavors.r_function: 'r_function' is not a flavor MLflow ships; only its own plugin can load it");
    assertThat(run(new FlavorsRule(), PYFUNC + "  sklearn: {}\n")).isEmpty();
  }

  @Test
  void pyfuncLoaderRule() throws IOException {
    assertThat(run(new PyfuncLoaderRule(), "flavors:\n  python_function:\n    python_model: python_model.pkl\n")).isEmpty();
    assertThat(run(new PyfuncLoaderRule(), "flavors:\n  python_function:\n    loader_module: null\n"))
        .singleElement().asString().startsWith("pyfunc-no-loader flavors.python_function:");
    assertThat(run(new PyfuncLoaderRule(), "flavors:\n  sklearn: {}\n")).isEmpty();
  }

  @Test
  void valueTypesRuleReportsEveryWrongKey() throws IOException {
    assertThat(run(new ValueTypesRule(), PYFUNC + "    python_version: 3.10\n    env: [a]\nmodel_size_bytes: big\n"))
        .containsExactlyInAnyOrder(
            "bad-value model_size_bytes: expected an integer, found a string",
            "bad-value flavors.python_function.python_version: expected a string, found a float",
            "bad-value flavors.python_function.env: expected a conda.yaml path or a mapping with conda and virtualenv, found a list");
  }

  @Test
  void pathsRuleChecksEveryReference() throws IOException {
    Files.writeString(dir.resolve("conda.yaml"), "name: x\n");
    assertThat(run(new PathsRule(), PYFUNC + "    env: conda.yaml\n    code: ..\\code\n"
        + "    artifacts:\n      vocab: {path: artifacts/vocab.txt, uri: /tmp/vocab.txt}\n"
        + "    model_code_path: /home/me/project/model.py\n"
        + "saved_input_example_info: {artifact_path: C:/input_example.json, type: dataframe}\n"))
        .containsExactly(
            "missing-file flavors.python_function.artifacts.vocab.path: 'artifacts/vocab.txt' does not exist in the model directory " + dir,
            "missing-file flavors.python_function.model_code_path: 'model.py' does not exist in the model directory " + dir,
            "path-escape flavors.python_function.code: '..\\code' leads outside the model directory",
            "path-escape saved_input_example_info.artifact_path: 'C:/input_example.json' is an absolute path; files named by a model must be inside the model directory");
  }

  @Test
  void legacyOptionalKeyIsAWarningBecauseMlflow3RefusesIt() throws IOException {
    String sig = "signature:\n  inputs: '[{\"type\": \"long\", \"name\": \"a\", \"required\": true}, "
        + "{\"type\": \"string\", \"name\": \"b c\", \"optional\": true}]'\n"
        + "  outputs: '[{\"type\": \"double\", \"optional\": false}]'\n";
    assertThat(run(new LegacyOptionalRule(), PYFUNC + sig)).containsExactly(
        "legacy-optional signature.inputs[1].optional: column 'b c' uses the legacy key 'optional' (written by MLflow 2.4"
            + " to 2.7): MLflow 2.x reads it as required = not optional, but MLflow 3 refuses the signature;"
            + " 'mlmodel format' rewrites it as 'required'",
        "legacy-optional signature.outputs[0].optional: column 0 uses the legacy key 'optional' (written by MLflow 2.4"
            + " to 2.7): MLflow 2.x reads it as required = not optional, but MLflow 3 refuses the signature;"
            + " 'mlmodel format' rewrites it as 'required'");
    assertThat(run(new LegacyOptionalRule(), PYFUNC + "signature:\n  inputs: '[{\"type\": \"long\", \"name\": \"a\"}]'\n"))
        .isEmpty();
    assertThat(run(new LegacyOptionalRule(), PYFUNC + "signature:\n  inputs: '[{\"optional\": tru'\n")).isEmpty();
  }

  @Test
  void timestampRule() throws IOException {
    assertThat(run(new TimestampRule(), PYFUNC + "utc_time_created: '2024-05-01 10:00:00.123456'\n")).isEmpty();
    assertThat(run(new TimestampRule(), PYFUNC + "utc_time_created: 2024-05-01 10:00:00\n")).isEmpty();
    assertThat(run(new TimestampRule(), PYFUNC + "utc_time_created: '19-09-25T13:56:34.34.95'\n")).singleElement().asString()
        .isEqualTo("bad-timestamp utc_time_created: utc_time_created '19-09-25T13:56:34.34.95' is not a time in MLflow's format yyyy-MM-dd HH:mm:ss.ffffff");
  }

  @Test
  void mlflowVersionRule() throws IOException {
    assertThat(run(new MlflowVersionRule(), PYFUNC + "mlflow_version: 3.15.0\n")).isEmpty();
    assertThat(run(new MlflowVersionRule(), PYFUNC + "mlflow_version: 2.5.1.dev0\n")).isEmpty();
    assertThat(run(new MlflowVersionRule(), PYFUNC + "mlflow_version: 3.16.0rc1\n")).singleElement().asString()
        .startsWith("mlflow-version mlflow_version: the model was written by MLflow 3.16.0rc1, newer than 3.15");
    assertThat(run(new MlflowVersionRule(), PYFUNC + "mlflow_version: latest\n")).singleElement().asString()
        .isEqualTo("mlflow-version mlflow_version: mlflow_version 'latest' is not an MLflow version number");
  }

  @Test
  void environmentRuleComparesPythonVersions() throws IOException {
    Files.writeString(dir.resolve("conda.yaml"), "dependencies:\n- python-dateutil=2.8\n- python=3.8\n- pip\n");
    assertThat(run(new EnvironmentRule(), PYFUNC + "    python_version: 3.9.7\n    env: conda.yaml\n")).singleElement().asString()
        .isEqualTo("python-version-mismatch dependencies[1]: conda.yaml asks for Python 3.8 but python_function.python_version says 3.9.7");
    assertThat(run(new EnvironmentRule(), PYFUNC + "    python_version: 3.8.10\n    env: conda.yaml\n")).isEmpty();
  }

  @Test
  void environmentRuleReportsEveryBrokenSideFile() throws IOException {
    Files.writeString(dir.resolve("python_env.yaml"), "python: '3.11.2'\ndeps: []\n");
    Files.writeString(dir.resolve("conda.yaml"), "dependencies: [python=3.11\n");
    assertThat(run(new EnvironmentRule(), PYFUNC + "    python_version: 3.11.2\n"))
        .extracting(s -> s.substring(0, s.indexOf(' ')))
        .containsExactly("yaml-syntax", "bad-env");
  }

  @Test
  void environmentRuleLeavesEscapesToThePathsRule() throws IOException {
    assertThat(run(new EnvironmentRule(), PYFUNC + "    env: ../conda.yaml\n")).isEmpty();
  }

  @Test
  void unknownKeysRule() throws IOException {
    assertThat(run(new UnknownKeysRule(), PYFUNC + "entry_points: {}\nmodel_id: null\n")).containsExactly(
        "unknown-key entry_points: 'entry_points' is not a key MLflow writes; MLflow keeps it as is");
  }

  @Test
  void signatureRuleReportsEachPart() throws IOException {
    assertThat(run(new SignatureRule(), PYFUNC + "signature:\n  inputs: '[{\"type\": \"int\", \"name\": \"a\"}]'\n"
        + "  outputs: '[{\"type\": \"tensor\", \"tensor-spec\": {\"dtype\": \"float33\", \"shape\": [-1]}}]'\n  params: null\n"))
        .extracting(s -> s.substring(0, s.indexOf(':')))
        .containsExactly("unknown-type signature.inputs[0].type", "bad-dtype signature.outputs[0].tensor-spec.dtype");
    assertThat(run(new SignatureRule(), PYFUNC + "signature:\n  inputs: null\n  outputs: ''\n  params: null\n"))
        .containsExactly("bad-signature signature: At least one of inputs, outputs or params must be provided");
    assertThat(run(new SignatureRule(), PYFUNC + "signature: [a]\n")).singleElement().asString().startsWith("bad-signature signature:");
  }

  @Test
  void exampleRuleAsksTheCheckAndReportsAMismatch() throws IOException {
    Files.writeString(dir.resolve("input_example.json"), "{\"columns\": [\"x\"], \"data\": [[\"a\"]]}");
    String mlmodel = PYFUNC + "signature:\n  inputs: '[{\"type\": \"double\", \"name\": \"x\", \"required\": true}]'\n"
        + "saved_input_example_info:\n  artifact_path: input_example.json\n  pandas_orient: split\n  type: dataframe\n";
    List<String> seen = new java.util.ArrayList<>();
    ExampleCheck refuses = (model, request) -> {
      seen.add(request);
      throw new io.mlmodel.InputException("schema-mismatch", io.mlmodel.Location.UNKNOWN.withKeyPath("x"), "x",
          "column 'x' holds 'a', not a double");
    };
    assertThat(run(new ExampleRule(refuses), mlmodel)).containsExactly("example-mismatch saved_input_example_info.artifact_path: "
        + "the saved input example does not satisfy the signature: column 'x' holds 'a', not a double");
    assertThat(seen).containsExactly("{\"dataframe_split\": {\"columns\": [\"x\"], \"data\": [[\"a\"]]}}");
    assertThat(run(new ExampleRule(ExampleCheck.NONE), mlmodel)).isEmpty();
  }

  @Test
  void exampleRulePrefersTheServingExample() throws IOException {
    Files.writeString(dir.resolve("input_example.json"), "[[1.0, 2.0]]");
    Files.writeString(dir.resolve("serving_input_example.json"), "{\n  \"inputs\": [[1.0, 2.0]]\n}");
    String mlmodel = PYFUNC + "signature:\n  inputs: '[{\"type\": \"tensor\", \"tensor-spec\": {\"dtype\": \"float64\", \"shape\": [-1, 2]}}]'\n"
        + "saved_input_example_info:\n  artifact_path: input_example.json\n  serving_input_path: serving_input_example.json\n  type: ndarray\n";
    List<String> seen = new java.util.ArrayList<>();
    assertThat(run(new ExampleRule((model, request) -> seen.add(request)), mlmodel)).isEmpty();
    assertThat(seen).containsExactly("{\n  \"inputs\": [[1.0, 2.0]]\n}");
  }

  @Test
  void exampleRuleReportsABrokenExampleFile() throws IOException {
    Files.writeString(dir.resolve("input_example.json"), "{\"columns\": [\"x\"], \"data\": [[1.5]");
    assertThat(run(new ExampleRule(ExampleCheck.NONE), PYFUNC
        + "saved_input_example_info:\n  artifact_path: input_example.json\n  type: dataframe\n"))
        .singleElement().asString().startsWith("json-syntax ");
  }
}
