package io.mlmodel.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.MLModels;
import io.mlmodel.ModelException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model-level behaviours of format reference §11.2 (items 1 to 19) that concern reading. */
class ModelBehavioursTest {

  private static MLModel read(Path dir, String yaml) throws IOException {
    Files.writeString(dir.resolve("MLmodel"), yaml);
    return MLModels.read(dir);
  }

  @Test
  void item01_aNewModelGetsAFreshUuid4InMlflowsForm() {
    String a = MLModel.builder().newModelUuid().build().modelUuid().orElseThrow();
    String b = MLModel.builder().newModelUuid().build().modelUuid().orElseThrow();
    assertThat(a).matches("[0-9a-f]{12}4[0-9a-f]{3}[89ab][0-9a-f]{15}");
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void item02_aMissingModelUuidStaysAbsentAndIsNotRegenerated(@TempDir Path dir) throws IOException {
    MLModel model = read(dir, "flavors: {}\n");
    assertThat(model.modelUuid()).isEmpty();
    assertThat(model.toMap()).doesNotContainKey("model_uuid");
    assertThat(model.toBuilder().build().modelUuid()).isEmpty();
  }

  @Test
  void item03_noMlflowVersionReadsAsAbsent(@TempDir Path dir) throws IOException {
    assertThat(read(dir, "flavors: {}\nmodel_uuid: null\n").mlflowVersion()).isEmpty();
  }

  @Test
  void item05_noSignatureMeansNoSchemas() {
    MLModel model = MLModels.read(Path.of("testdata", "models", "flavor_onnx"));
    assertThat(model.signature()).isEmpty();
    assertThat(MLModels.read(Path.of("testdata", "models", "mlflow1_sklearn")).signature().orElseThrow().inputs()).isPresent();
  }

  @Test
  void item07_aSavedModelHasNeitherRunIdNorArtifactPath() {
    MLModel saved = MLModels.read(Path.of("testdata", "models", "flavor_onnx"));
    assertThat(saved.runId()).isEmpty();
    assertThat(saved.artifactPath()).isEmpty();
    MLModel logged = MLModels.read(Path.of("testdata", "models", "mlflow1_sklearn"));
    assertThat(logged.runId()).contains("3c2b1a09f8e74d6c5b4a39281706f5e4");
    assertThat(logged.artifactPath()).contains("model");
  }

  @Test
  void item08_databricksRuntimeIsReadable(@TempDir Path dir) throws IOException {
    assertThat(read(dir, "flavors: {}\ndatabricks_runtime: '14.3'\n").databricksRuntime()).contains("14.3");
  }

  @Test
  void item09_metadataRoundTrips(@TempDir Path dir) throws IOException {
    MLModel model = read(dir, "flavors: {}\nmetadata:\n  metadata_key: metadata_value\n");
    assertThat(model.metadata()).contains(Map.of("metadata_key", "metadata_value"));
    assertThat(model.toBuilder().build().metadata()).isEqualTo(model.metadata());
  }

  @Test
  void item10_resourcesKeepTheirOrder(@TempDir Path dir) throws IOException {
    MLModel model = read(dir, "flavors: {}\nresources:\n  api_version: '1'\n  databricks:\n"
        + "    serving_endpoint:\n    - name: chat\n    - name: embed\n    vector_search_index:\n    - name: idx\n");
    Map<String, Object> resources = model.resources().orElseThrow();
    assertThat(resources).containsEntry("api_version", "1");
    assertThat(new java.util.ArrayList<Object>(((Map<?, ?>) resources.get("databricks")).keySet())).containsExactly("serving_endpoint", "vector_search_index");
  }

  @Test
  void item12_promptsAreAListOfUris(@TempDir Path dir) throws IOException {
    assertThat(read(dir, "flavors: {}\nprompts:\n- prompts:/qa/1\n- prompts:/summary/3\n").prompts().orElseThrow())
        .containsExactly("prompts:/qa/1", "prompts:/summary/3");
  }

  @Test
  void item18_unknownKeysAndAStrayTypeHintFlagAreKept(@TempDir Path dir) throws IOException {
    MLModel model = read(dir, "flavors: {}\nis_signature_from_type_hint: true\ncustom_key: [1, 2]\n");
    assertThat(model.unknownKeys()).containsOnlyKeys("custom_key");
    assertThat(model.toMap()).containsEntry("is_signature_from_type_hint", true);
    assertThat(model.isSignatureFromTypeHint()).contains(true);
  }

  @Test
  void item19_aSignatureOfThreeNullsCannotBeLoaded(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("MLmodel"), "flavors: {}\nsignature:\n  inputs: null\n  outputs: null\n  params: null\n");
    assertThatThrownBy(() -> MLModels.read(dir))
        .isInstanceOf(ModelException.class)
        .hasMessage(dir.resolve("MLmodel") + ":3:3: signature: At least one of inputs, outputs or params must be provided")
        .extracting(e -> ((ModelException) e).code()).isEqualTo("bad-signature");
  }

  @Test
  void aSignatureThatIsNotAMappingIsKeptButNotParsed(@TempDir Path dir) throws IOException {
    MLModel model = read(dir, "flavors: {}\nsignature: null\nis_signature_from_type_hint: false\n");
    assertThat(model.signature()).isEmpty();
    assertThat(model.toMap()).containsEntry("signature", null).containsEntry("is_signature_from_type_hint", false);
  }

  @Test
  void aBrokenServingInputPathIsLocatedLikeABrokenInputExample(@TempDir Path dir) throws IOException {
    MLModel model = read(dir, "flavors: {}\nsaved_input_example_info:\n  artifact_path: input_example.json\n"
        + "  serving_input_path: 5\n  type: dataframe\n");
    Path file = dir.resolve("MLmodel");
    assertThatThrownBy(model::servingInputExample).isInstanceOf(ModelException.class)
        .hasMessage(file + ":3:3: saved_input_example_info.serving_input_path: serving_input_path must be a string");
  }

  @Test
  void createdAtParsesMlflowsFormatWithAndWithoutMicroseconds(@TempDir Path dir) throws IOException {
    assertThat(read(dir, "utc_time_created: '2025-01-01 00:00:00'\n").createdAt())
        .contains(LocalDateTime.of(2025, 1, 1, 0, 0));
    assertThat(read(dir, "utc_time_created: 'yesterday'\n").createdAt()).isEmpty();
    assertThat(MLModelBuilder.pythonStr(LocalDateTime.of(2025, 1, 1, 0, 0, 0, 42_000))).isEqualTo("2025-01-01 00:00:00.000042");
  }
}
