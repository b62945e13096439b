package io.mlmodel.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.MLModels;
import io.mlmodel.testsupport.SharedData;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every real model folder loads, with the keys and flavors MLflow sees. */
class ModelCorpusTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  static List<SharedData.Case> models() {
    return SharedData.allModels();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void loadsWithMlflowsKeysAndFlavors(SharedData.Case c) throws Exception {
    JsonNode expected = JSON.readTree(Files.readString(c.expected().resolve("mlflow-read.json")));
    MLModel model = MLModels.read(c.model());

    List<String> keys = new ArrayList<>();
    expected.get("raw_top_level_keys").forEach(k -> keys.add(k.asString()));
    assertThat(model.toMap().keySet()).containsExactlyInAnyOrderElementsOf(keys);

    List<String> flavors = new ArrayList<>();
    expected.get("flavors").propertyNames().forEach(flavors::add);
    assertThat(model.flavors().keySet()).containsExactlyInAnyOrderElementsOf(flavors);

    JsonNode attributes = expected.get("attributes");
    assertThat(model.mlflowVersion().orElse(null)).isEqualTo(text(attributes.get("mlflow_version")));
    assertThat(model.runId().orElse(null)).isEqualTo(text(attributes.get("run_id")));
    assertThat(model.artifactPath().orElse(null)).isEqualTo(text(attributes.get("artifact_path")));
    assertThat(model.modelUuid().orElse(null)).isEqualTo(text(attributes.get("model_uuid")));
    if (attributes.hasNonNull("model_size_bytes")) {
      assertThat(model.modelSizeBytes()).contains(attributes.get("model_size_bytes").asLong());
    }
    model.pythonFunction().ifPresent(f -> assertThat(f.loaderModule())
        .isEqualTo(text(expected.get("flavors").get("python_function").get("loader_module"))));
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? null : n.asString();
  }
}
