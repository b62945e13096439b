package io.mlmodel.signature;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.Location;
import io.mlmodel.ReadOptions;
import io.mlmodel.testsupport.SharedData;
import io.mlmodel.yaml.KeyPath;
import io.mlmodel.yaml.YamlDocument;
import io.mlmodel.yaml.YamlReader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * For every reference folder, the signature read from its MLmodel equals what MLflow 2.17.2 made of
 * it (expected/.../mlflow-read.json): the canonical strings of {@code to_dict()} byte for byte, the
 * parsed structure, and the derived name lists.
 */
class SignatureConformanceTest {
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  static List<SharedData.Case> models() {
    return SharedData.allModels();
  }

  static ModelSignature read(YamlDocument doc) {
    Object sig = ((Map<?, ?>) doc.root()).get("signature");
    return sig == null ? null
        : SignatureParser.fromYaml(sig, key -> doc.locate(key.isEmpty() ? KeyPath.of("signature")
            : KeyPath.of("signature", key)), ReadOptions.defaults());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void signatureEqualsMlflow(SharedData.Case c) throws Exception {
    JsonNode expected = JSON.readTree(Files.readString(c.expected().resolve("mlflow-read.json"))).get("signature");
    YamlDocument doc = YamlReader.read(c.model().resolve("MLmodel"), ReadOptions.defaults());
    ModelSignature sig = read(doc);
    if (expected == null || expected.isNull()) {
      assertThat(sig).isNull();
      return;
    }
    assertThat(sig).isNotNull();
    Map<String, String> dict = sig.toDict();
    for (String part : List.of("inputs", "outputs", "params")) {
      JsonNode want = expected.get("to_dict").get(part);
      assertThat(dict.get(part)).as(part + " to_dict").isEqualTo(want.isNull() ? null : want.asString());
    }
    compareSchema(expected.get("inputs"), sig.inputs().orElse(null));
    compareSchema(expected.get("outputs"), sig.outputs().orElse(null));
    JsonNode params = expected.get("params");
    if (params.isNull()) {
      assertThat(sig.params()).isEmpty();
    } else {
      JsonNode actual = JSON.readTree(PyJson.write(sig.params().orElseThrow().toDict()));
      assertThat(actual).isEqualTo(params.get("schema"));
    }
  }

  private static void compareSchema(JsonNode expected, Schema actual) {
    if (expected.isNull()) {
      assertThat(actual).isNull();
      return;
    }
    assertThat(actual).isNotNull();
    assertThat(JSON.readTree(PyJson.write(actual.toDict()))).isEqualTo(expected.get("schema"));
    assertThat(actual.isTensorBased()).isEqualTo(expected.get("kind").asString().equals("tensors"));
    assertThat(actual.hasInputNames()).isEqualTo(expected.get("has_input_names").asBoolean());
    assertThat(actual.inputNames()).isEqualTo(texts(expected.get("input_names")));
    assertThat(actual.requiredInputNames()).isEqualTo(texts(expected.get("required_input_names")));
    assertThat(actual.optionalInputNames()).isEqualTo(texts(expected.get("optional_input_names")));
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : array) {
      out.add(n.isString() ? n.asString() : n.toString());
    }
    return out;
  }

  /**
   * The largest corpus signature (1,845 columns) parses and writes back unchanged. Its speed is
   * measured by the JMH benchmark (docs/performance.md, "Results (JMH)"), not here.
   */
  @Test
  void hugeSignatureParsesAndWritesBack() throws Exception {
    SharedData.Case biggest = null;
    long size = -1;
    for (SharedData.Case c : models()) {
      long s = Files.size(c.model().resolve("MLmodel"));
      if (s > size) {
        size = s;
        biggest = c;
      }
    }
    YamlDocument doc = YamlReader.read(biggest.model().resolve("MLmodel"), ReadOptions.defaults());
    String inputs = (String) ((Map<?, ?>) ((Map<?, ?>) doc.root()).get("signature")).get("inputs");
    Location at = doc.locate(KeyPath.of("signature", "inputs"));
    Schema schema = SignatureParser.parseSchema(inputs, at);
    String json = schema.toJson();
    assertThat(schema.size()).isEqualTo(1845);
    assertThat(json).isEqualTo(SignatureParser.parseSchema(json, at).toJson());
  }
}
