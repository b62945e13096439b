package io.mlmodel.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafePathsTest {
  private static final Location AT = new Location(Path.of("m/MLmodel"), 7, 5, "flavors.python_function.data");

  @TempDir Path tmp;
  Path model;

  @BeforeEach
  void setUp() throws Exception {
    model = Files.createDirectories(tmp.resolve("model"));
  }

  @Test
  void plainNamesResolveInsideTheModel() {
    assertThat(SafePaths.resolve(model, "conda.yaml", AT)).isEqualTo(model.resolve("conda.yaml"));
    assertThat(SafePaths.resolve(model, "data/model.onnx", AT)).isEqualTo(model.resolve("data").resolve("model.onnx"));
    assertThat(SafePaths.resolve(model, "./data//x", AT)).isEqualTo(model.resolve("data").resolve("x"));
    assertThat(SafePaths.resolve(model, "a/../b", AT)).isEqualTo(model.resolve("b"));
    assertThat(SafePaths.resolve(model, ".", AT)).isEqualTo(model);
  }

  @Test
  void backslashIsASeparatorAsWindowsMlflowWritesIt() {
    assertThat(SafePaths.resolve(model, "code\\helper.py", AT)).isEqualTo(model.resolve("code").resolve("helper.py"));
    assertThat(SafePaths.resolve(model, "a\\..\\b", AT)).isEqualTo(model.resolve("b"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"..", "../x", "a/../../x", "..\\x", "data\\..\\..\\etc\\passwd"})
  void dotDotLeavingTheFolderIsAnEscape(String name) {
    assertThatThrownBy(() -> SafePaths.resolve(model, name, AT))
        .isInstanceOf(ModelException.class)
        .hasMessage("m/MLmodel:7:5: flavors.python_function.data: '" + name + "' leads outside the model directory");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/etc/passwd", "\\Windows\\x", "C:\\models\\x.onnx", "c:x", "//host/share/x", "\\\\host\\share"})
  void absoluteNamesAreEscapes(String name) {
    assertThatThrownBy(() -> SafePaths.resolve(model, name, AT))
        .isInstanceOfSatisfying(ModelException.class, e -> {
          assertThat(e.code()).isEqualTo("path-escape");
          assertThat(e.location()).isEqualTo(AT);
          assertThat(e.problem()).isEqualTo("'" + name + "' is an absolute path; files named by a model must be inside the model directory");
        });
  }

  @Test
  void emptyOrNulNamesAreBadPaths() {
    assertThatThrownBy(() -> SafePaths.resolve(model, "", AT))
        .isInstanceOfSatisfying(ModelException.class, e -> assertThat(e.code()).isEqualTo("bad-path"));
    assertThatThrownBy(() -> SafePaths.resolve(model, "a\0b", AT))
        .isInstanceOfSatisfying(ModelException.class, e -> {
          assertThat(e.code()).isEqualTo("bad-path");
          assertThat(e.problem()).isEqualTo("the file name 'a\\0b' contains a NUL character");
        });
  }

  @Test
  void fileSymlinkLeadingOutsideIsAnEscape() throws Exception {
    Path secret = Files.writeString(tmp.resolve("secret"), "x");
    Files.createSymbolicLink(model.resolve("data"), secret);
    Path real = secret.toRealPath();
    assertThatThrownBy(() -> SafePaths.resolve(model, "data", AT))
        .isInstanceOfSatisfying(ModelException.class, e -> {
          assertThat(e.code()).isEqualTo("path-escape");
          assertThat(e.problem()).isEqualTo("'data' leads outside the model directory through a symbolic link (to "
              + real + ")");
        });
  }

  @Test
  void directorySymlinkLeadingOutsideIsAnEscapeForEverythingBelowIt() throws Exception {
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    Files.createSymbolicLink(model.resolve("code"), elsewhere);
    assertThatThrownBy(() -> SafePaths.resolve(model, "code/helper.py", AT))
        .isInstanceOfSatisfying(ModelException.class, e -> assertThat(e.code()).isEqualTo("path-escape"));
  }

  @Test
  void danglingSymlinkIsJudgedByItsTarget() throws Exception {
    Files.createSymbolicLink(model.resolve("out"), tmp.resolve("not-yet"));
    assertThatThrownBy(() -> SafePaths.resolve(model, "out", AT))
        .isInstanceOfSatisfying(ModelException.class, e -> assertThat(e.code()).isEqualTo("path-escape"));
    Files.createSymbolicLink(model.resolve("in"), Path.of("later.txt"));
    assertThat(SafePaths.resolve(model, "in", AT)).isEqualTo(model.resolve("in"));
  }

  @Test
  void symlinksThatStayInsideAreFine() throws Exception {
    Files.createDirectories(model.resolve("real"));
    Files.writeString(model.resolve("real/file.txt"), "x");
    Files.createSymbolicLink(model.resolve("alias"), Path.of("real"));
    assertThat(SafePaths.resolveExisting(model, "alias/file.txt", AT)).isEqualTo(model.resolve("alias").resolve("file.txt"));
  }

  @Test
  void modelDirectoryThatIsItselfALinkStillWorks() throws Exception {
    Files.writeString(model.resolve("MLmodel"), "x");
    Path link = Files.createSymbolicLink(tmp.resolve("link"), model);
    assertThat(SafePaths.resolveExisting(link, "MLmodel", AT)).isEqualTo(link.resolve("MLmodel"));
  }

  @Test
  void resolveExistingReportsAMissingFile() {
    assertThatThrownBy(() -> SafePaths.resolveExisting(model, "input_example.json", AT))
        .isInstanceOfSatisfying(ModelException.class, e -> {
          assertThat(e.code()).isEqualTo("missing-file");
          assertThat(e.location()).isEqualTo(AT);
          assertThat(e.problem()).isEqualTo("'input_example.json' does not exist in the model directory " + model);
        });
  }

  @Test
  void aModelDirectoryThatDoesNotExistStillRefusesEscapes() {
    Path absent = tmp.resolve("absent");
    assertThat(SafePaths.resolve(absent, "a/b", AT)).isEqualTo(absent.resolve("a").resolve("b"));
    assertThatThrownBy(() -> SafePaths.resolve(absent, "../b", AT)).isInstanceOf(ModelException.class);
  }
}
