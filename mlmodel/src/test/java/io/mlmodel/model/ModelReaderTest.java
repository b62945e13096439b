package io.mlmodel.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.MLModels;
import io.mlmodel.ModelException;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Our own model folders (testdata/models): every MLflow generation, flavor family and YAML trap. */
class ModelReaderTest {
  static final Path MODELS = Path.of("testdata", "models");

  static Stream<Path> folders() throws IOException {
    return Files.list(MODELS).filter(p -> Files.isRegularFile(p.resolve("MLmodel"))).sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("folders")
  void everyTestdataFolderLoads(Path folder) {
    MLModel model = MLModels.read(folder);
    assertThat(model.directory()).contains(folder.toAbsolutePath());
  }

  @Test
  void mlflowOneWritesEnvAsAString() {
    MLModel model = MLModels.read(MODELS.resolve("mlflow1_sklearn"));
    PythonFunctionFlavor pyfunc = model.pythonFunction().orElseThrow();
    assertThat(pyfunc.env()).isEqualTo(new EnvReference.CondaPath("conda.yaml"));
    assertThat(pyfunc.loaderModule()).isEqualTo("mlflow.sklearn");
    assertThat(model.flavor("sklearn").flatMap(Flavor::libraryVersion)).contains("1.0.2");
    assertThat(model.flavor("sklearn").flatMap(Flavor::dataPath)).contains("model.pkl");
    assertThat(model.mlflowVersion()).contains("1.30.0");
    assertThat(model.createdAt()).contains(LocalDateTime.of(2022, 6, 14, 8, 30, 12, 420_000));
    assertThat(model.signatureStrings().orElseThrow()).doesNotContainKey("params");
  }

  @Test
  void mlflowTwoCustomPyfuncKeepsUnknownKeysAndArtifacts() {
    MLModel model = MLModels.read(MODELS.resolve("mlflow2_custom_pyfunc"));
    PythonFunctionFlavor pyfunc = model.pythonFunction().orElseThrow();
    assertThat(pyfunc.env()).isEqualTo(new EnvReference.Files("conda.yaml", "python_env.yaml"));
    assertThat(pyfunc.pythonModel()).isEqualTo("python_model.pkl");
    assertThat(pyfunc.streamable()).isFalse();
    assertThat(pyfunc.artifacts()).containsExactly(
        Map.entry("vocab", new PythonFunctionFlavor.Artifact("artifacts/vocab.txt", "/tmp/vocab.txt")));
    assertThat(model.unknownKeys()).containsExactly(Map.entry("team_owner", "search-platform"));
    assertThat(model.envVars()).contains(List.of("OPENAI_API_KEY"));
    assertThat(model.metadata().orElseThrow()).containsEntry("score", 0.875);
    assertThat(model.toMap()).containsEntry("prompts", null);
    assertThat(model.prompts()).isEmpty();
    assertThat(model.savedInputExampleInfo().orElseThrow()).containsEntry("params", "true");
  }

  @Test
  void mlflowThreeLoggedModelHasAModelId() {
    MLModel model = MLModels.read(MODELS.resolve("mlflow3_sklearn_logged"));
    assertThat(model.modelId()).contains("m-0123456789abcdef0123456789abcdef");
    assertThat(model.modelUuid()).isEqualTo(model.modelId());
    assertThat(model.artifactPath()).contains("file:///srv/mlruns/7/models/m-0123456789abcdef0123456789abcdef/artifacts");
    assertThat(model.utcTimeCreated()).contains("2025-10-01 12:00:00");
  }

  @Test
  void quotedLookAlikesStayStrings() {
    Map<String, Object> metadata = MLModels.read(MODELS.resolve("yaml11_quoted_strings")).metadata().orElseThrow();
    assertThat(metadata).containsEntry("yes", "on").containsEntry("octal", "0123").containsEntry("exp", "1e3")
        .containsEntry("date_like", "2024-01-01").containsEntry("multi", "line one\nline two")
        .containsEntry("accent", "caf\u00e9").containsEntry("null_like", "~");
  }

  @Test
  void unquotedTrapsAreTypedAsMlflowTypesThem() {
    MLModel model = MLModels.read(MODELS.resolve("hand_yaml11_traps"));
    Map<String, Object> m = model.metadata().orElseThrow();
    assertThat(m).containsEntry("enabled", true).containsEntry("disabled", false)
        .containsEntry("letter_y", "y").containsEntry("octal", 83L).containsEntry("hex", 31L)
        .containsEntry("sexagesimal", 685230L).containsEntry("exponent_without_dot", "1e3")
        .containsEntry("date", LocalDate.of(2024, 1, 1)).containsEntry("empty", null)
        .containsEntry("huge", new BigInteger("123456789012345678901234567890"));
    assertThat(model.utcTimeCreated()).contains("2023-05-05 05:05:05.050505");
    assertThat(model.flavor("python_function").orElseThrow().bool("streamable")).contains(true);
  }

  @Test
  void aFloatPythonVersionIsReportedWhereItIs() {
    MLModel model = MLModels.read(MODELS.resolve("hand_yaml11_traps"));
    assertThatThrownBy(model::pythonFunction)
        .isInstanceOf(ModelException.class)
        .hasMessage(MODELS.resolve("hand_yaml11_traps/MLmodel")
            + ":7:21: flavors.python_function.python_version: expected a string, found a float");
  }

  @Test
  void crlfWithoutTrailingNewlineAndBom() {
    assertThat(MLModels.read(MODELS.resolve("hand_crlf_no_newline")).pythonFunction().orElseThrow().loaderModule())
        .isEqualTo("crlf_loader");
    assertThat(MLModels.read(MODELS.resolve("hand_bom")).pythonFunction().orElseThrow().loaderModule())
        .isEqualTo("bom_loader");
  }

  @Test
  void mlprojectContentLoadsWithNoFlavorsAsInMlflow() {
    MLModel model = MLModels.read(MODELS.resolve("mlproject_content"));
    assertThat(model.flavors()).isEmpty();
    assertThat(model.unknownKeys().keySet()).containsExactly("name", "conda_env", "entry_points");
  }

  @Test
  void eachFlavorFamilyReportsVersionAndData() {
    assertThat(MLModels.read(MODELS.resolve("flavor_pytorch")).flavor("pytorch").flatMap(Flavor::dataPath)).contains("data");
    assertThat(MLModels.read(MODELS.resolve("flavor_spark")).flavor("spark").flatMap(Flavor::libraryVersion)).contains("3.5.3");
    assertThat(MLModels.read(MODELS.resolve("flavor_transformers")).flavor("transformers").flatMap(Flavor::dataPath)).contains("model");
    OnnxFlavor onnx = OnnxFlavor.from(MLModels.read(MODELS.resolve("flavor_onnx")).flavor("onnx").orElseThrow());
    assertThat(onnx.providers()).containsExactly("CPUExecutionProvider");
    assertThat(onnx.sessionOptions()).isEmpty();
  }

  @Test
  void aMissingFolderUsesMlflowsWords(@TempDir Path dir) {
    Path missing = dir.resolve("nothing");
    assertThatThrownBy(() -> MLModels.read(missing))
        .isInstanceOf(ModelException.class)
        .hasMessage(missing + ": Could not find an \"MLmodel\" configuration file at \"" + missing + "\"")
        .extracting(e -> ((ModelException) e).code()).isEqualTo("missing-file");
  }

  @Test
  void aDocumentThatIsNotAMappingIsRefused(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("MLmodel"), "- a\n- b\n");
    assertThatThrownBy(() -> MLModels.read(dir))
        .isInstanceOf(ModelException.class)
        .hasMessage(dir.resolve("MLmodel") + ":1:1: an MLmodel file must be a YAML mapping of keys"
            + " such as flavors and signature, found a list");
  }

  @Test
  void flavorsThatAreNotAMappingAreRefusedWhereTheyAre(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("MLmodel"), "mlflow_version: 2.0.0\nflavors:\n- onnx\n");
    assertThatThrownBy(() -> MLModels.read(dir))
        .hasMessage(dir.resolve("MLmodel") + ":3:1: flavors: expected a mapping, found a list");
  }

  @Test
  void envVarsMustBeAListOfStringsAsMlflowsSetterDemands(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("MLmodel"), "flavors: {}\nenv_vars: OPENAI_API_KEY\n");
    assertThatThrownBy(() -> MLModels.read(dir))
        .hasMessage(dir.resolve("MLmodel") + ":2:11: env_vars: expected a list of strings, found a string");
  }

  @Test
  void theMlmodelFileItselfMayBeGiven() {
    MLModel model = MLModels.read(MODELS.resolve("mlflow1_sklearn/MLmodel"));
    assertThat(model.directory()).contains(MODELS.resolve("mlflow1_sklearn").toAbsolutePath());
  }
}
