package io.mlmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.testsupport.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class InspectCommandTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String MODEL = "testdata/models/mlflow2_custom_pyfunc";

  @Test
  void readableSummary() {
    CliRunner r = CliRunner.run("inspect", MODEL);
    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith(MODEL + "\n  mlflow version: 2.21.3\n  created (UTC): 2025-03-02 17:04:11.908172\n")
        .contains("  flavors:\n    python_function  loader: mlflow.pyfunc.model\n")
        .contains("  input example: json_object (input_example.json)\n")
        .contains("  other keys: team_owner\n");
  }

  @Test
  void jsonLinesInArgumentOrderWithAnErrorLine(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("MLmodel"), "flavors: {a: 1\n");
    CliRunner r = CliRunner.run("inspect", "--json", MODEL, dir.toString());
    assertThat(r.exit()).isEqualTo(1);
    String[] lines = r.out().split("\n");
    assertThat(lines).hasSize(2);
    JsonNode ok = JSON.readTree(lines[0]);
    assertThat(ok.get("path").asString()).isEqualTo(MODEL);
    assertThat(ok.get("flavors").get("python_function").get("python_model").asString()).isEqualTo("python_model.pkl");
    assertThat(ok.get("signature").get("inputs").get(0).get("name").asString()).isEqualTo("question");
    assertThat(ok.get("team_owner").asString()).isEqualTo("search-platform");
    assertThat(ok.get("prompts").isNull()).isTrue();
    JsonNode bad = JSON.readTree(lines[1]);
    assertThat(bad.get("error").get("code").asString()).isEqualTo("yaml-syntax");
    assertThat(bad.get("error").get("file").asString()).isEqualTo(dir.resolve("MLmodel").toString());
    assertThat(bad.get("error").get("line").asInt()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: " + dir.resolve("MLmodel") + ":2:1: invalid YAML").hasLineCount(1);
  }

  static java.util.List<SharedData.Case> models() {
    return SharedData.allModels();
  }

  /** inspect --json prints each schema as the array MLflow's to_dict embeds. */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.MethodSource("models")
  void jsonSignatureIsMlflowsToDict(SharedData.Case c) throws Exception {
    CliRunner r = CliRunner.run("inspect", "--json", c.model().toString());
    assertThat(r.exit()).isZero();
    JsonNode line = JSON.readTree(r.out());
    JsonNode toDict = JSON.readTree(Files.readString(c.expected().resolve("mlflow-read.json"))).get("signature");
    if (toDict == null || toDict.isNull()) {
      assertThat(line.get("signature").isNull()).isTrue();
      return;
    }
    for (String part : new String[] {"inputs", "outputs", "params"}) {
      JsonNode expected = toDict.get("to_dict").get(part);
      JsonNode actual = line.get("signature").get(part);
      if (expected.isNull()) {
        assertThat(actual.isNull()).as(part).isTrue();
      } else {
        assertThat(actual).as(part).isEqualTo(JSON.readTree(expected.asString()));
      }
    }
  }

  @Test
  void usageErrorsExitTwoWithoutAStackTrace() {
    CliRunner r = CliRunner.run("inspect", "--no-such-option", MODEL);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option: '--no-such-option'").doesNotContain("at io.mlmodel");
    assertThat(CliRunner.run("inspect").exit()).isEqualTo(2);
    assertThat(CliRunner.run("no-such-command").exit()).isEqualTo(2);
  }

  @Test
  void aMissingFolderIsOneLineOnStandardError() {
    CliRunner r = CliRunner.run("inspect", "does/not/exist");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("error: does/not/exist: Could not find an \"MLmodel\" configuration file at \"does/not/exist\"\n");
  }
}
