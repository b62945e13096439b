package io.mlmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ValidateCommandTest {
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
  void readableFindingsGroupedByFolder() {
    int code = run("validate", dir("valid/minimal"), dir("invalid/python-version-mismatch"), dir("invalid/missing-file"));

    assertThat(code).isEqualTo(1);
    assertThat(out.toString().lines()).containsExactly(
        dir("valid/minimal") + ": ok",
        dir("invalid/python-version-mismatch") + ": 1 warning",
        "  python_env.yaml:1:9: python: warning: python_env.yaml asks for Python 3.10.8 but "
            + "python_function.python_version says 3.11.2 [python-version-mismatch]",
        dir("invalid/missing-file") + ": 1 error",
        "  MLmodel:4:17: flavors.python_function.model_path: error: 'model.pkl' does not exist in the model "
            + "directory " + dir("invalid/missing-file") + " [missing-file]");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void warningsAloneExitZero() {
    assertThat(run("validate", dir("invalid/python-version-mismatch"), dir("invalid/unknown-key"))).isZero();
    assertThat(out.toString().lines()).contains(dir("invalid/unknown-key") + ": 1 info");
  }

  @Test
  void jsonLinesOneObjectPerFolder() {
    int code = run("validate", "--json", dir("invalid/no-flavors"), dir("valid/minimal"));

    assertThat(code).isEqualTo(1);
    assertThat(out.toString().lines()).containsExactly(
        "{\"path\":\"" + dir("invalid/no-flavors") + "\",\"findings\":[{\"code\":\"no-flavors\",\"severity\":\"error\","
            + "\"message\":\"'flavors' is empty: no flavor can load this model\",\"file\":\"MLmodel\",\"line\":1,"
            + "\"column\":10,\"key\":\"flavors\"}]}",
        "{\"path\":\"" + dir("valid/minimal") + "\",\"findings\":[]}");
  }

  @Test
  void aLimitWithoutPositionHasNullLineAndColumn() {
    run("validate", "--json", dir("invalid/limit"));
    assertThat(out.toString()).contains("\"code\":\"limit\"").contains("\"file\":\"MLmodel\",\"line\":null,\"column\":null,\"key\":\"\"");
  }

  @Test
  void ignoredCodesDoNotFail() {
    assertThat(run("validate", "--ignore", "no-flavors,unknown-key", dir("invalid/no-flavors"))).isZero();
    assertThat(out.toString().lines()).containsExactly(dir("invalid/no-flavors") + ": ok");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(run("validate")).isEqualTo(2);
    assertThat(err.toString()).contains("Missing required parameter: 'DIR'");
    assertThat(run("validate", "--nope", dir("valid/minimal"))).isEqualTo(2);
  }

  @Test
  void aFolderWithoutMLmodelIsAnErrorNotACrash() {
    assertThat(run("validate", dir("invalid"))).isEqualTo(1);
    assertThat(out.toString().lines()).containsExactly(dir("invalid") + ": 1 error",
        "  MLmodel: error: Could not find an \"MLmodel\" configuration file at \"" + dir("invalid") + "\" [missing-file]");
  }
}
