package io.mlmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.testsupport.SharedData;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code validate-input}: issue 9's CLI, run in-process through {@link Main#run}. */
class ValidateInputCommandTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Path DATA = Paths.get(System.getProperty("mlmodel.basedir", ".")).resolve("testdata/predict");

  private static String model(String name) {
    return DATA.resolve(name).toString();
  }

  private static String request(String name) {
    return DATA.resolve("requests").resolve(name).toString();
  }

  @Test
  void validRequestPrintsTheConvertedInputInSchemaOrder() {
    CliRunner r = CliRunner.run("validate-input", model("sklearn_every_type"), "--input", request("every_type.json"));
    assertThat(r.exit()).isZero();
    JsonNode o = JSON.readTree(r.out());
    assertThat(o.get("valid").asBoolean()).isTrue();
    assertThat(o.get("kind").asString()).isEqualTo("columns");
    assertThat(o.get("columns").propertyNames()).containsExactly("b", "i32", "i64", "f32", "f64", "s", "raw", "ts");
    assertThat(o.get("columns").get("raw").toString()).isEqualTo("[\"AAE=\",\"aGk=\"]");
    assertThat(o.get("columns").get("ts").toString()).isEqualTo("[\"2020-05-17T12:30:00\",\"1999-12-31T00:00:00\"]");
    assertThat(o.get("columns").get("f64").toString()).isEqualTo("[2.25,null]");
    assertThat(o.get("params").toString()).isEqualTo("{\"top_k\":3,\"labels\":[\"cat\",\"dog\"]}");
    assertThat(o.get("warnings").get(0).asString()).contains("['extra']");
  }

  @Test
  void csvBodyIsChosenByExtension() {
    CliRunner r = CliRunner.run("validate-input", model("sklearn_every_type"), "--input", request("every_type.csv"));
    assertThat(r.exit()).isZero();
    assertThat(JSON.readTree(r.out()).get("columns").get("b").toString()).isEqualTo("[true]");
  }

  @Test
  void tensorsAreReportedWithDtypeShapeAndValues() {
    CliRunner r = CliRunner.run("validate-input", model("custom_tensors"), "--input", request("tensors.json"));
    assertThat(r.exit()).isZero();
    JsonNode x = JSON.readTree(r.out()).get("tensors").get("x");
    assertThat(x.get("dtype").asString()).isEqualTo("float32");
    assertThat(x.get("shape").toString()).isEqualTo("[2,3]");
    assertThat(x.get("values").toString()).isEqualTo("[[1.0,2.0,3.0],[4.0,5.0,6.0]]");
  }

  @Test
  void badRequestPrintsTheErrorNamingTheColumnAndExitsOne() {
    CliRunner r = CliRunner.run("validate-input", model("sklearn_every_type"), "--input", request("wrapped_int32.json"));
    assertThat(r.exit()).isEqualTo(1);
    JsonNode o = JSON.readTree(r.out());
    assertThat(o.get("valid").asBoolean()).isFalse();
    assertThat(o.get("error").get("column").asString()).isEqualTo("i32");
    assertThat(o.get("error").get("message").asString())
        .contains("Failed to convert column i32 to type 'int32'").contains("out of range for int32");
  }

  @Test
  void mlflowCompatibleFlagReproducesTheWrapAround() {
    CliRunner r = CliRunner.run("validate-input", model("sklearn_every_type"), "--input", request("wrapped_int32.json"),
        "--mlflow-compatible");
    assertThat(r.exit()).isZero();
    assertThat(JSON.readTree(r.out()).get("columns").get("i32").toString()).isEqualTo("[-1294967296]");
  }

  @Test
  void jsonBodyAsCsvIsABadRequest() {
    CliRunner r = CliRunner.run("validate-input", model("custom_tensors"), "--input", request("tensors.json"),
        "--content-type", "csv");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(JSON.readTree(r.out()).get("error").get("code").asString()).isEqualTo("bad-request");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(CliRunner.run("validate-input", model("custom_tensors")).exit()).isEqualTo(2);
    assertThat(CliRunner.run("validate-input", model("custom_tensors"), "--input", request("tensors.json"),
        "--content-type", "xml").exit()).isEqualTo(2);
    CliRunner missing = CliRunner.run("validate-input", model("custom_tensors"), "--input", request("nope.json"));
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("no such input file");
  }

  @Test
  void missingModelIsAFailureInTheSharedErrorShape() {
    CliRunner r = CliRunner.run("validate-input", DATA.resolve("no_such_model").toString(), "--input",
        request("tensors.json"));
    assertThat(r.exit()).isEqualTo(1);
    assertThat(JSON.readTree(r.out()).get("error").get("code").asString()).isNotEmpty();
  }

  @Test
  void worksForMlflowFoldersWithoutAJavaLoader() {
    Path fixtures = SharedData.root().resolve("fixtures-mlflow");
    for (String name : new String[] {"sklearn_columns", "pyfunc_array_object_map"}) {
      Path dir = fixtures.resolve(name);
      CliRunner r = CliRunner.run("validate-input", dir.toString(), "--input",
          dir.resolve("serving_input_example.json").toString());
      assertThat(r.exit()).as(name + ": " + r.out()).isZero();
    }
  }
}
