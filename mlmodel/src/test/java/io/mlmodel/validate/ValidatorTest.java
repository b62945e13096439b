package io.mlmodel.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidatorTest {
  private static final String PYFUNC = "flavors:\n  python_function:\n    loader_module: mlflow.sklearn\n";

  /** The models here have no signature; that info is tested in InvalidFoldersTest. */
  private static final Validator V = Validator.builder().ignore("no-signature").build();

  @TempDir Path tmp;

  private Path model(String mlmodel) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("model"));
    Files.writeString(dir.resolve("MLmodel"), mlmodel);
    return dir;
  }

  @Test
  void reportsEveryProblemAtOnce() throws IOException {
    Path dir = model(PYFUNC + "    model_path: model.pkl\n    code: /opt/code\n  onnx:\n    data: ../m.onnx\n"
        + "mlflow_version: '9.0'\nrun_id: [1]\n");
    ValidationReport report = V.validate(dir);
    assertThat(report.findings()).extracting(Finding::code, Finding::severity, f -> f.location().keyPath())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("bad-value", Severity.ERROR, "run_id"),
            org.assertj.core.groups.Tuple.tuple("missing-file", Severity.ERROR, "flavors.python_function.model_path"),
            org.assertj.core.groups.Tuple.tuple("path-escape", Severity.ERROR, "flavors.python_function.code"),
            org.assertj.core.groups.Tuple.tuple("path-escape", Severity.ERROR, "flavors.onnx.data"),
            org.assertj.core.groups.Tuple.tuple("mlflow-version", Severity.WARNING, "mlflow_version"));
    assertThat(report.hasErrors()).isTrue();
  }

  @Test
  void aSymbolicLinkOutOfTheFolderIsAnEscape() throws IOException {
    Path outside = Files.writeString(tmp.resolve("secret.pkl"), "x");
    Path dir = model(PYFUNC + "    model_path: model.pkl\n");
    Files.createSymbolicLink(dir.resolve("model.pkl"), outside);

    ValidationReport report = V.validate(dir);

    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("path-escape");
      assertThat(f.location()).isEqualTo(new Location(dir.resolve("MLmodel"), 4, 17, "flavors.python_function.model_path"));
      assertThat(f.message()).startsWith("'model.pkl' leads outside the model directory through a symbolic link");
    });
  }

  @Test
  void aSymbolicLinkedFolderInsideIsFine() throws IOException {
    Path dir = model(PYFUNC + "    model_path: data/model.pkl\n");
    Files.createDirectories(dir.resolve("real"));
    Files.writeString(dir.resolve("real/model.pkl"), "x");
    Files.createSymbolicLink(dir.resolve("data"), dir.resolve("real"));

    assertThat(V.validate(dir).findings()).isEmpty();
  }

  @Test
  void aNulByteIsAnEncodingError() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("nul"));
    Files.write(dir.resolve("MLmodel"), (PYFUNC + "  x: a\0b\n").getBytes(StandardCharsets.UTF_8));

    assertThat(V.validate(dir).findings()).singleElement()
        .satisfies(f -> {
          assertThat(f.code()).isEqualTo("encoding");
          assertThat(f.message()).isEqualTo("the file contains a NUL character; it is not a text file");
        });
  }

  @Test
  void aFolderWithoutMLmodelIsAMissingFile() {
    ValidationReport report = V.validate(tmp);
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("missing-file");
      assertThat(f.message()).isEqualTo("Could not find an \"MLmodel\" configuration file at \"" + tmp + "\"");
    });
  }

  @Test
  void theMLmodelFileItselfNamesItsFolder() throws IOException {
    Path dir = model(PYFUNC + "    model_path: model.pkl\n");
    ValidationReport report = V.validate(dir.resolve("MLmodel"));
    assertThat(report.path()).isEqualTo(dir.resolve("MLmodel"));
    assertThat(report.withCode("missing-file")).singleElement()
        .satisfies(f -> assertThat(f.message()).endsWith("does not exist in the model directory " + dir));
  }

  @Test
  void ignoredCodesAreLeftOut() throws IOException {
    Path dir = model(PYFUNC + "  my_flavor: {}\nextra: 1\n");
    assertThat(V.validate(dir).findings()).extracting(Finding::code)
        .containsExactly("unknown-flavor", "unknown-key");
    Validator quiet = V.toBuilder().ignore("unknown-flavor").build();
    assertThat(quiet.validate(dir).findings()).extracting(Finding::code).containsExactly("unknown-key");
    assertThat(quiet.ignoredCodes()).containsExactlyInAnyOrder("no-signature", "unknown-flavor");
    assertThat(Validator.defaults().validate(dir).findings()).extracting(Finding::code)
        .containsExactly("unknown-flavor", "no-signature", "unknown-key");
  }

  @Test
  void aMisspeltIgnoredCodeIsRefusedNotSilentlyMatchingNothing() {
    Validator.Builder b = Validator.builder();
    assertThatThrownBy(() -> b.ignore("no-signature", "unknwon-flavor"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown finding code 'unknwon-flavor'; Validator.codes() lists them");
    assertThat(b.build().ignoredCodes()).isEmpty();
  }

  @Test
  void readLimitsApplyToTheMLmodel() throws IOException {
    Path dir = model(PYFUNC);
    Validator strict = V.toBuilder().readOptions(io.mlmodel.ReadOptions.builder().maxBytes(10).build()).build();
    assertThat(strict.validate(dir).findings()).extracting(Finding::code).containsExactly("limit");
  }

  @Test
  void findingsPrintInTheCompilerStyle() {
    Finding f = new Finding("no-flavors", Severity.ERROR, "'flavors' is empty",
        new Location(Path.of("m/MLmodel"), 1, 10, "flavors"));
    assertThat(f).hasToString("m/MLmodel:1:10: flavors: error: 'flavors' is empty [no-flavors]");
  }

  @Test
  void aBrokenSignatureDoesNotHideTheOtherProblems() throws IOException {
    Path dir = model(PYFUNC + "    model_path: model.pkl\nsignature:\n  inputs: '[{\"type\": \"int\", \"name\":\n"
        + "    \"n\"}]'\n  outputs: '[{\"type\": \"tensor\", \"tensor-spec\": {\"dtype\": \"float33\", \"shape\": [-1]}}]'\n"
        + "\n  params: null\nrun_id: [1]\n");
    assertThat(V.validate(dir).findings()).extracting(Finding::code, f -> f.location().line())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("bad-value", 11),
            org.assertj.core.groups.Tuple.tuple("missing-file", 4),
            org.assertj.core.groups.Tuple.tuple("unknown-type", 6),
            org.assertj.core.groups.Tuple.tuple("bad-dtype", 8));
  }

  @Test
  void theSignatureBlockIsCommentedOutLineForLine() {
    String text = "flavors: {}\r\nsignature:\r\n  inputs: '[{\"type\":\r\n\r\n    \"int\"}]'\r\n# note\r\nrun_id: x\r\n";
    assertThat(ModelSource.withoutSignature(text)).isEqualTo(
        "flavors: {}\r\n#signature:\r\n#  inputs: '[{\"type\":\r\n\r\n#    \"int\"}]'\r\n## note\r\nrun_id: x\r\n");
  }
}
