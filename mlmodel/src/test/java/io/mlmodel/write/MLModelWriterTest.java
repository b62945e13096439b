package io.mlmodel.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.MLModels;
import io.mlmodel.ModelException;
import io.mlmodel.model.Flavor;
import io.mlmodel.model.MLModel;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MLflow's to_dict() normalization, rule by rule (format reference §2.3, §3.3). */
class MLModelWriterTest {

  private static MLModel model(Map<String, Object> keys) {
    var b = MLModel.builder();
    keys.forEach(b::put);
    return b.build();
  }

  @Test
  void aMissingModelUuidIsWrittenAsNullAndMissingFlavorsAsEmpty() {
    Map<String, Object> keys = new LinkedHashMap<>();
    keys.put("utc_time_created", "2025-01-01 00:00:00");
    assertThat(MLModelWriter.toYaml(model(keys))).isEqualTo("flavors: {}\nmodel_uuid: null\nutc_time_created: '2025-01-01 00:00:00'\n");
  }

  @Test
  void nullPropertiesAreDroppedButNullUnknownKeysAreKept() {
    Map<String, Object> keys = new LinkedHashMap<>();
    for (String k : new String[] {"run_id", "artifact_path", "mlflow_version", "signature",
        "saved_input_example_info", "metadata", "model_size_bytes", "resources"}) {
      keys.put(k, null);
    }
    keys.put("flavors", Map.of());
    keys.put("model_uuid", "abc");
    keys.put("prompts", null);
    keys.put("my_key", null);
    assertThat(MLModelWriter.toYaml(model(keys))).isEqualTo("flavors: {}\nmodel_uuid: abc\nmy_key: null\nprompts: null\n");
  }

  @Test
  void theSignatureAlwaysHasItsThreeKeysAndNothingElse() {
    Map<String, Object> sig = new LinkedHashMap<>();
    sig.put("inputs", "[{\"type\": \"string\", \"required\": true}]");
    sig.put("outputs", "");
    sig.put("extra", "dropped");
    Map<String, Object> keys = new LinkedHashMap<>();
    keys.put("flavors", Map.of());
    keys.put("model_uuid", "abc");
    keys.put("signature", sig);
    assertThat(MLModelWriter.toYaml(model(keys))).isEqualTo("flavors: {}\nmodel_uuid: abc\nsignature:\n"
        + "  inputs: '[{\"type\": \"string\", \"required\": true}]'\n  outputs: null\n  params: null\n");
  }

  @Test
  void oldSchemaJsonIsRewrittenInMlflowsCanonicalForm() {
    Map<String, Object> sig = new LinkedHashMap<>();
    sig.put("inputs", "[{\"name\": \"x\", \"type\": \"double\"}, {\"required\": false, \"name\": \"y\", \"type\": \"string\"}]");
    Map<String, Object> keys = new LinkedHashMap<>();
    keys.put("flavors", Map.of());
    keys.put("model_uuid", "abc");
    keys.put("signature", sig);
    assertThat(MLModelWriter.toYaml(model(keys))).endsWith("signature:\n"
        + "  inputs: '[{\"type\": \"double\", \"name\": \"x\", \"required\": true}, {\"type\": \"string\",\n"
        + "    \"name\": \"y\", \"required\": false}]'\n  outputs: null\n  params: null\n");
  }

  @Test
  void anUnquotedCreationTimeBecomesPythonsStrOfIt() {
    Map<String, Object> keys = new LinkedHashMap<>();
    keys.put("flavors", Map.of());
    keys.put("model_uuid", "abc");
    keys.put("utc_time_created", LocalDateTime.of(2022, 8, 5, 7, 15, 0, 409000000));
    assertThat(MLModelWriter.toYaml(model(keys))).endsWith("utc_time_created: '2022-08-05 07:15:00.409000'\n");
  }

  @Test
  void writeReplacesMlmodelAtomicallyAndWriteDirectoryRefusesAnExistingOne(@TempDir Path dir) throws Exception {
    MLModel m = MLModel.builder().modelUuid("abc").flavor(Flavor.of("onnx", Map.of("data", "model.onnx"))).build();
    Path target = dir.resolve("model");
    MLModelWriter.writeDirectory(m, target, tmp -> Files.writeString(tmp.resolve("model.onnx"), "bytes"), WriteOptions.defaults());
    assertThat(Files.readString(target.resolve("MLmodel"))).isEqualTo("flavors:\n  onnx:\n    data: model.onnx\nmodel_uuid: abc\n");
    assertThat(MLModels.read(target)).isEqualTo(m);
    assertThatThrownBy(() -> MLModelWriter.writeDirectory(m, target, tmp -> { }, WriteOptions.defaults()))
        .isInstanceOf(UncheckedIOException.class);
    MLModelWriter.write(m.toBuilder().mlflowVersion("2.17.2").build(), target);
    assertThat(Files.readString(target.resolve("MLmodel"))).contains("mlflow_version: 2.17.2\n");
    assertThat(Files.readString(target.resolve("model.onnx"))).isEqualTo("bytes");
  }

  @Test
  void writeThroughALinkedMlmodelRewritesTheFileItLeadsToAndKeepsTheLink(@TempDir Path dir) throws Exception {
    // regression: the rename replaced the link with a file and left the file it led to as it was
    MLModel m = MLModel.builder().modelUuid("abc").build();
    Path real = Files.writeString(dir.resolve("MLmodel.v2"), "flavors: {}\n");
    Path link = Files.createSymbolicLink(dir.resolve("MLmodel"), Path.of("MLmodel.v2"));
    MLModelWriter.write(m, dir);
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).isEqualTo("flavors: {}\nmodel_uuid: abc\n");
    // one leading out of the folder is refused as reading refuses it; the file outside is left alone
    Path model = Files.createDirectory(dir.resolve("model"));
    Files.createSymbolicLink(model.resolve("MLmodel"), real);
    assertThatThrownBy(() -> MLModelWriter.write(m.toBuilder().modelUuid("other").build(), model))
        .isInstanceOf(ModelException.class).extracting(e -> ((ModelException) e).code()).isEqualTo("path-escape");
    assertThat(Files.readString(real)).isEqualTo("flavors: {}\nmodel_uuid: abc\n");
  }
}
