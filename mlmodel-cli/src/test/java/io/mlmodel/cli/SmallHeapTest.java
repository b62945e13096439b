package io.mlmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regressions (issue 16): hostile models and requests that the default limits let through, run by
 * the command line in a child JVM of 64 MB heap. Each either works or ends with its limit's
 * message; none may end in an OutOfMemoryError. The child's GC log goes to {@code target/small-heap}
 * (the peak heaps in docs/hardening.md come from there).
 */
class SmallHeapTest {
  private static final String LONG_NAME = "n".repeat(3 << 20);

  @TempDir Path tmp;

  /** A model whose signature has a 3 MiB column name: the text summary pads no row to it. */
  @Test
  void inspectOfA3MibColumnNameFitsIn64Mb() throws Exception {
    Path model = model(columns(LONG_NAME, "b"));
    Child c = run("inspect-3mib-name", model, "inspect", model.toString());
    assertThat(c.exit()).as("stderr: %s", c.err()).isZero();
    assertThat(c.out()).contains("      1  b" + " ".repeat(64 - 1) + "  long    yes\n")
        .contains("      0  " + LONG_NAME + "  string  yes\n");
  }

  /** The OpenAPI document names a column up to seven times: it is written out as it is made. */
  @Test
  void openApiOfA3MibColumnNameFitsIn64Mb() throws Exception {
    Path model = model(columns(LONG_NAME, "b"));
    Child c = run("openapi-3mib-name", model, "schema", "--format", "openapi", model.toString());
    assertThat(c.exit()).as("stderr: %s", c.err()).isZero();
    // not parsed back: Jackson's own default refuses names over 50,000 characters
    assertThat(c.out()).startsWith("{\n").endsWith("}\n").contains("\"title\" : \"model\"")
        .contains("\"" + LONG_NAME + "\" : {");
  }

  /** The worst case under the default ReadOptions: four names of about 1 MiB, most of a 4 MiB MLmodel. */
  @Test
  void openApiOfTheLongestNamesTheDefaultsAcceptFitsIn64Mb() throws Exception {
    String n = "m".repeat(1_040_000);
    Path model = model(columns(n + "0", n + "1", n + "2", n + "3"));
    assertThat(Files.size(model.resolve("MLmodel"))).isBetween(4_000_000L, 4L << 20);
    Child c = run("openapi-4x1mib-names", model, "schema", "--format", "openapi", model.toString());
    assertThat(c.exit()).as("stderr: %s", c.err()).isZero();
    assertThat(c.out().length()).isGreaterThan(7 * 4_160_000);
    Child i = run("inspect-4x1mib-names", model, "inspect", model.toString());
    assertThat(i.exit()).as("stderr: %s", i.err()).isZero();
  }

  /** An endless CSV on standard input stops at the cell limit, with its message, not at the heap. */
  @Test
  void anEndlessCsvOnStdinEndsAtTheCellLimit() throws Exception {
    Path model = model("[{\"name\": \"a\", \"type\": \"string\"}]");
    Child c = run("endless-csv-stdin", model, "validate-input", model.toString(), "--input", "-",
        "--content-type", "csv");
    assertThat(c.exit()).as("stderr: %s", c.err()).isEqualTo(Main.FAILED);
    assertThat(c.err()).contains("<stdin>:500002: row 500000: the request has more than 500000 cells (rows × columns):"
        + " 500001 rows of 1 columns at line 500002 (a safety limit of mlmodel, which the command line does not raise)")
        .doesNotContain("Exception");
  }

  private static String columns(String... names) {
    List<String> cols = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      cols.add("{\"name\": \"" + names[i] + "\", \"type\": \"" + (i % 2 == 0 ? "string" : "long") + "\"}");
    }
    return "[" + String.join(", ", cols) + "]";
  }

  private Path model(String inputs) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("model"));
    Files.writeString(dir.resolve("MLmodel"), "flavors: {}\nsignature:\n  inputs: '" + inputs + "'\n"
        + "  outputs: '[{\"type\": \"double\"}]'\n", StandardCharsets.UTF_8);
    return dir;
  }

  record Child(int exit, String out, String err) {}

  /** Runs the command line at -Xmx64m; for validate-input, feeds an endless CSV on its standard input. */
  private Child run(String name, Path model, String... args) throws Exception {
    Path logs = Files.createDirectories(Path.of("target", "small-heap"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> cmd = new ArrayList<>(List.of(java.toString(), "-Xmx64m", "-XX:+UseSerialGC",
        "-XX:TieredStopAtLevel=1", "-Xlog:gc:file=" + logs.resolve(name + ".log"), "-cp",
        System.getProperty("java.class.path"), Main.class.getName()));
    cmd.addAll(List.of(args));
    Path out = tmp.resolve(name + ".out");
    Path err = tmp.resolve(name + ".err");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    Thread feeder = new Thread(() -> feed(p.getOutputStream(), args[0].equals("validate-input")));
    feeder.start();
    try {
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("ended within 60 s").isTrue();
    } finally {
      p.destroyForcibly();
      feeder.join(10_000);
    }
    return new Child(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static void feed(OutputStream stdin, boolean endless) {
    try (stdin) {
      if (endless) {
        stdin.write("a\n".getBytes(StandardCharsets.UTF_8));
        byte[] rows = "x\n".repeat(4096).getBytes(StandardCharsets.UTF_8);
        while (true) {
          stdin.write(rows);
        }
      }
    } catch (IOException e) {
      // the child stopped reading: the end this test expects
    }
  }
}
