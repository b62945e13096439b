package io.mlmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SchemaCommandTest {
  private static final Path TESTDATA = Path.of(System.getProperty("mlmodel.basedir", ".")).resolve("testdata");

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  private static String dir(String name) {
    return TESTDATA.resolve(name).toString();
  }

  @Test
  void jsonIsTheDefault() {
    assertThat(run("schema", dir("valid/minimal"))).isZero();
    assertThat(out.toString().lines()).containsExactly(
        "{",
        "  \"inputs\" : [ {",
        "    \"type\" : \"double\",",
        "    \"name\" : \"x\",",
        "    \"required\" : true",
        "  } ],",
        "  \"outputs\" : [ {",
        "    \"type\" : \"double\",",
        "    \"required\" : true",
        "  } ],",
        "  \"params\" : null",
        "}");
  }

  @Test
  void v2UsesTheFolderNameUnlessNamed() {
    assertThat(run("schema", "--format", "v2", dir("valid/minimal"))).isZero();
    assertThat(out.toString()).startsWith("{\n  \"name\" : \"minimal\",\n  \"versions\" : [ ],\n  \"platform\" : \"\",");
    assertThat(out.toString()).endsWith("  \"parameters\" : {\n    \"content_type\" : \"pd\"\n  }\n}\n");
    out.getBuffer().setLength(0);
    assertThat(run("schema", "--format=v2", "--name", "churn", dir("valid/minimal"))).isZero();
    assertThat(out.toString()).startsWith("{\n  \"name\" : \"churn\",");
  }

  @Test
  void openapiTitledByName() {
    assertThat(run("schema", "--format", "openapi", "--name", "churn", dir("valid/minimal") + "/MLmodel")).isZero();
    assertThat(out.toString()).startsWith("{\n  \"openapi\" : \"3.1.0\",\n  \"info\" : {\n    \"title\" : \"churn\",\n"
        + "    \"version\" : \"0b8d4c1c5a2f4f0e9d7b6a5c4b3a2910\",");
  }

  @Test
  void noSignatureIsAFailure() {
    assertThat(run("schema", dir("invalid/no-signature"))).isEqualTo(1);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString().lines()).containsExactly("error: " + dir("invalid/no-signature") + "/MLmodel:1:1: "
        + "the model has no signature, so there is no schema to export");
  }

  @Test
  void aBrokenSignatureIsAFailure() {
    assertThat(run("schema", "--format", "openapi", dir("invalid/unknown-type"))).isEqualTo(1);
    assertThat(err.toString()).startsWith("error: " + dir("invalid/unknown-type") + "/MLmodel:8:11: signature.inputs[1].type: "
        + "unknown column type 'int'");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(run("schema")).isEqualTo(2);
    assertThat(run("schema", "--format", "swagger2", dir("valid/minimal"))).isEqualTo(2);
    assertThat(err.toString()).contains("Invalid value for option '--format'");
    assertThat(run("schema", dir("valid/minimal"), dir("valid/minimal"))).isEqualTo(2);
  }
}
