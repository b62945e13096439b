package io.mlmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.testsupport.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FormatCommandTest {

  static List<SharedData.Case> models() {
    return SharedData.allModels();
  }

  /** format gives exactly MLflow's own rewrite of every reference folder, and is then a fixed point. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void formatGivesMlflowsBytes(SharedData.Case c, @TempDir Path tmp) throws IOException {
    Path copy = tmp.resolve("model");
    Files.createDirectories(copy);
    Files.copy(c.model().resolve("MLmodel"), copy.resolve("MLmodel"));
    // The reference files are read-only, and so is a copy of them; format refuses a read-only MLmodel.
    copy.resolve("MLmodel").toFile().setWritable(true, true);
    byte[] expected = Files.readAllBytes(c.expected().resolve("mlflow-reemit.yaml"));

    CliRunner first = CliRunner.run("format", copy.toString());
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(Files.readAllBytes(copy.resolve("MLmodel"))).isEqualTo(expected);

    CliRunner check = CliRunner.run("format", "--check", copy.toString());
    assertThat(check.exit()).isZero();
    assertThat(check.out()).isEmpty();
  }

  @Test
  void checkListsTheFoldersThatAreNotCanonicalAndChangesNothing(@TempDir Path tmp) throws IOException {
    Path dir = tmp.resolve("m");
    Files.createDirectories(dir);
    String unsorted = "mlflow_version: 2.9.0\nflavors:\n  python_function: {loader_module: x}\n";
    Files.writeString(dir.resolve("MLmodel"), unsorted);
    CliRunner r = CliRunner.run("format", "--check", dir.toString());
    assertThat(r.exit()).isEqualTo(1);
    Path file = dir.resolve("MLmodel");
    assertThat(r.out()).isEqualTo("not canonical: " + dir + "\n"
        + "--- " + file + "\n"
        + "+++ " + file + " (canonical)\n"
        + "@@ -1,3 +1,5 @@\n"
        + "-mlflow_version: 2.9.0\n"
        + " flavors:\n"
        + "-  python_function: {loader_module: x}\n"
        + "+  python_function:\n"
        + "+    loader_module: x\n"
        + "+mlflow_version: 2.9.0\n"
        + "+model_uuid: null\n");
    assertThat(Files.readString(dir.resolve("MLmodel"))).isEqualTo(unsorted);

    CliRunner f = CliRunner.run("format", dir.toString());
    assertThat(f.exit()).isZero();
    assertThat(f.out()).isEqualTo("formatted: " + dir + "\n");
    assertThat(Files.readString(dir.resolve("MLmodel")))
        .isEqualTo("flavors:\n  python_function:\n    loader_module: x\nmlflow_version: 2.9.0\nmodel_uuid: null\n");
  }

  @Test
  void aBrokenFileIsReportedAndLeftAlone(@TempDir Path tmp) throws IOException {
    Files.writeString(tmp.resolve("MLmodel"), "a: [\n");
    CliRunner r = CliRunner.run("format", tmp.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).startsWith("error: " + tmp.resolve("MLmodel") + ":2:1: invalid YAML");
    assertThat(Files.readString(tmp.resolve("MLmodel"))).isEqualTo("a: [\n");
  }
}
