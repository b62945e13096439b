package io.mlmodel.predict;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.MLModels;
import io.mlmodel.ReadOptions;
import io.mlmodel.enforce.EnforcedInput;
import io.mlmodel.enforce.EnforcementOptions;
import io.mlmodel.example.ServingInputExample;
import io.mlmodel.model.MLModel;
import io.mlmodel.request.RequestValidator;
import io.mlmodel.testsupport.SharedData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Every input example and serving input example written by MLflow validates against its own model. */
class FixtureExamplesTest {
  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(tools.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  /** The fixtures saved with an example (the others have nothing to check, and are not listed). */
  static List<SharedData.Case> fixtures() {
    List<SharedData.Case> withExamples = SharedData.fixtures().stream()
        .filter(c -> Files.exists(c.model().resolve("input_example.json")))
        .toList();
    assertThat(withExamples).hasSizeGreaterThanOrEqualTo(9);
    return withExamples;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void servingInputExampleValidates(SharedData.Case c) {
    MLModel model = MLModels.read(c.model());
    Map<?, ?> info = (Map<?, ?>) model.get("saved_input_example_info").orElse(null);
    Optional<ServingInputExample> example = ServingInputExample.load(c.model(), info, ReadOptions.defaults());
    assertThat(example).as("MLflow 2.17.2 writes a serving example beside every input example").isPresent();
    EnforcedInput e = RequestValidator.validate(c.model(),
        new ByteArrayInputStream(example.get().json().getBytes(StandardCharsets.UTF_8)), "application/json",
        EnforcementOptions.defaults());
    assertThat(e.input().rows()).isPositive();
    assertThat(e.warnings()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void inputExampleValidates(SharedData.Case c) throws IOException {
    Path file = c.model().resolve("input_example.json");
    MLModel model = MLModels.read(c.model());
    @SuppressWarnings("unchecked")
    Map<String, Object> info = (Map<String, Object>) model.get("saved_input_example_info").orElseThrow();
    String body = requestFor(JSON.readTree(Files.readString(file)), info);
    EnforcedInput e = RequestValidator.validate(c.model(),
        new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), "application/json", EnforcementOptions.defaults());
    assertThat(e.input().rows()).isPositive();
  }

  /** The request MLflow builds from a saved example (format reference §6.5). */
  private static String requestFor(JsonNode example, Map<String, Object> info) {
    ObjectNode body = JSON.createObjectNode();
    JsonNode data = example;
    if ("true".equals(info.get("params"))) {
      data = example.get("inputs");
      body.set("params", example.get("params"));
    }
    String key = "dataframe".equals(info.get("type")) ? "dataframe_split" : "inputs";
    body.set(key, data);
    return body.toString();
  }
}
