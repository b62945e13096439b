package io.mlmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regressions (issue 16, strings and paths): an unpaired surrogate in an MLmodel, or a non-ASCII
 * file name where the file name encoding is ASCII ({@code LC_ALL=C}), is a typed error for that
 * folder, and the rest of the command line is still processed.
 */
class StringsAndPathsTest {
  @TempDir Path tmp;

  private Path folder(String name, String mlmodel) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve(name));
    Files.writeString(dir.resolve("MLmodel"), mlmodel, StandardCharsets.UTF_8);
    return dir;
  }

  @Test
  void formatReportsAnUnpairedSurrogateAndGoesOn() throws IOException {
    Path bad = folder("bad", "flavors: {}\ny: \"\\ud800\"\n");
    Path good = folder("good", "flavors: {python_function: {loader_module: m}}\n");
    CliRunner r = CliRunner.run("format", bad.toString(), good.toString());
    assertThat(r.exit()).isEqualTo(Main.FAILED);
    assertThat(r.err()).isEqualTo("error: " + bad.resolve("MLmodel") + ": cannot be written as YAML: y: the string has"
        + " an unpaired surrogate U+D800 at index 0; it is not Unicode text" + System.lineSeparator());
    assertThat(r.out()).isEqualTo("formatted: " + good + System.lineSeparator());
  }

  @Test
  void validateReportsAnUnpairedSurrogateInAFileNameAndGoesOn() throws IOException {
    Path bad = folder("bad", "flavors:\n  onnx:\n    data: \"\\ud800.onnx\"\n");
    Path good = folder("good", "flavors: {}\n");
    CliRunner r = CliRunner.run("validate", "runs:/nosuchrun//etc", bad.toString(), good.toString());
    assertThat(r.exit()).isEqualTo(Main.FAILED);
    assertThat(r.err()).startsWith("error: ");
    assertThat(r.out()).contains(bad + ": 1 error")
        .contains("flavors.onnx.data: error: the file name '\\ud800.onnx' cannot be a path on this system")
        .contains(good + ": 1 error");
  }

  /** In a child JVM under LC_ALL=C, where sun.jnu.encoding is ASCII and Path refuses "è". */
  @Test
  void aNonAsciiNameUnderLcAllCIsATypedErrorAndTheNextFolderIsValidated() throws Exception {
    Path bad = folder("bad", "flavors:\n  onnx:\n    data: \"mod\\xE8le.onnx\"\n");
    Path good = folder("good", "flavors: {}\n");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder pb = new ProcessBuilder(List.of(java.toString(), "-XX:TieredStopAtLevel=1", "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "validate", bad.toString(), good.toString()));
    pb.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG"));
    pb.environment().put("LC_ALL", "C");
    Path out = tmp.resolve("out.txt");
    Process p = pb.redirectErrorStream(true).redirectOutput(out.toFile()).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String text = Files.readString(out, StandardCharsets.ISO_8859_1);
    assertThat(text).doesNotContain("internal error").doesNotContain("Exception")
        .contains("bad: 1 error").contains("[bad-path]").contains("file name encoding ANSI_X3.4-1968")
        .contains("good: 1 error");
    assertThat(p.exitValue()).isEqualTo(Main.FAILED);
  }
}
