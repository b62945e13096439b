package io.mlmodel.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.MLModels;
import io.mlmodel.ModelException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Regressions (issue 16, items 3 and 4): validate sees every side file the reader reads, and an
 * MLmodel that is a symbolic link out of its folder is refused by both.
 */
class FolderEscapesTest {
  private static final String PYFUNC = "flavors:\n  python_function:\n    loader_module: mlflow.sklearn\n";

  @TempDir Path tmp;

  private Path model(String mlmodel) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("model"));
    Files.writeString(dir.resolve("MLmodel"), mlmodel);
    return dir;
  }

  private Path outside(String name, String content) throws IOException {
    return Files.writeString(tmp.resolve(name), content);
  }

  @ParameterizedTest(name = "{0} with {1}")
  @CsvSource(delimiter = '|', value = {
      "requirements.txt          | python_function",
      "constraints.txt           | python_function",
      "environment_variables.txt | python_function",
      "registered_model_meta     | python_function",
      "conda.yaml                | python_function",
      "python_env.yaml           | python_function",
      "requirements.txt          | no flavor",
      "conda.yaml                | no flavor",
  })
  void aSymlinkedSideFileIsAValidationError(String file, String flavor) throws IOException {
    Path dir = model(flavor.equals("no flavor") ? "flavors: {}\n" : PYFUNC);
    Files.createSymbolicLink(dir.resolve(file), outside("secret", "x==1\n"));
    assertThatThrownBy(() -> MLModels.read(dir).environment())
        .extracting(e -> ((ModelException) e).code()).isEqualTo("path-escape");
    ValidationReport report = Validator.defaults().validate(dir);
    assertThat(report.withCode("path-escape")).singleElement().satisfies(f -> {
      assertThat(f.location().file()).isEqualTo(dir.resolve(file));
      assertThat(f.message()).contains("'" + file + "' leads outside the model directory through a symbolic link");
    });
    assertThat(report.hasErrors()).isTrue();
  }

  @Test
  void aSideFileLinkedInsideTheFolderIsFine() throws IOException {
    Path dir = model(PYFUNC);
    Files.writeString(dir.resolve("reqs.txt"), "numpy==1.26.4\n");
    Files.createSymbolicLink(dir.resolve("requirements.txt"), Path.of("reqs.txt"));
    assertThat(MLModels.read(dir).environment().requirements()).isPresent();
    assertThat(Validator.defaults().validate(dir).withCode("path-escape")).isEmpty();
  }

  @Test
  void aSymlinkedMlmodelLeadingOutIsRefused() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("model"));
    Files.createSymbolicLink(dir.resolve("MLmodel"), outside("elsewhere.yaml", "flavors: {}\n"));
    assertThatThrownBy(() -> MLModels.read(dir))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("'MLmodel' leads outside the model directory through a symbolic link")
        .extracting(e -> ((ModelException) e).code()).isEqualTo("path-escape");
    assertThatThrownBy(() -> MLModels.read(dir.resolve("MLmodel")))
        .extracting(e -> ((ModelException) e).code()).isEqualTo("path-escape");
    assertThat(Validator.defaults().validate(dir).findings()).singleElement()
        .satisfies(f -> assertThat(f.code()).isEqualTo("path-escape"));
  }

  @Test
  void aSymlinkedMlmodelInsideTheFolderIsRead() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("model"));
    Files.writeString(dir.resolve("MLmodel.real"), "flavors: {}\nrun_id: abc\n");
    Files.createSymbolicLink(dir.resolve("MLmodel"), Path.of("MLmodel.real"));
    assertThat(MLModels.read(dir).runId()).contains("abc");
  }
}
