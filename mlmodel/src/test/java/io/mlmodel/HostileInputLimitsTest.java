package io.mlmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each hostile input ends quickly with a clean limit error in a child JVM of 64 MB heap: the
 * limit, not the memory, stops it. The child runs {@link LimitProbe} and is killed if it takes
 * more than a minute. Sequential on purpose: the build machine is small.
 */
class HostileInputLimitsTest {
  private static final long TIMEOUT_SECONDS = 60;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "billion-laughs  | more than 50 aliases of collections (ReadOptions.maxAliases)",
      "binary-laughs   | more than 100000 values once its aliases are expanded (ReadOptions.maxNodes)",
      "nested-brackets | nested more than 100 levels deep (ReadOptions.maxDepth)",
      "nested-braces   | nested more than 100 levels deep (ReadOptions.maxDepth)",
      "flat-nodes      | holds more than 100000 values (ReadOptions.maxNodes)",
      "file-50mb       | is 52428800 bytes, more than the limit of 4194304 (ReadOptions.maxBytes)",
      "stream-50mb     | more than 4194304 bytes (ReadOptions.maxBytes)",
      "signature-100k-columns | signature.inputs: the JSON has more than 100000 values (ReadOptions.maxNodes)",
      "tensor-64-dims  | the tensor shape has 64 dimensions, more than the limit of 32 (ReadOptions.maxDimensions)",
  })
  void endsWithALimitErrorInA64MbHeap(String name, String expected) throws Exception {
    Result r = ChildJvm.run(LimitProbe.class, List.of("-Xmx64m"), name);
    assertThat(r.exit()).as("exit code; stderr:%n%s", r.err()).isZero();
    assertThat(r.out()).startsWith("limit ").contains(expected);
    assertThat(r.seconds()).as("seconds").isLessThan(30);
  }

  /**
   * Regression (issue 7): a 1 GB scoring request without a signature stops at the default
   * EnforcementOptions.maxRequestBytes (8 MB) in the same small heap; at the former default (64
   * MB) the values decoded before the limit outgrew the heap. A raised limit needs a larger heap.
   */
  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource(delimiter = '|', value = {
      "request-1gb-json           | -Xmx64m  | larger than the limit of 8388608 bytes (EnforcementOptions.maxRequestBytes)",
      "request-1gb-csv            | -Xmx64m  | larger than the limit of 8388608 bytes (EnforcementOptions.maxRequestBytes)",
      "request-1gb-json-64mb-limit | -Xmx512m | larger than the limit of 67108864 bytes (EnforcementOptions.maxRequestBytes)",
  })
  void aGigabyteRequestEndsAtTheBodyLimit(String name, String heap, String expected) throws Exception {
    Result r = ChildJvm.run(LimitProbe.class, List.of(heap), name);
    assertThat(r.exit()).as("exit code; stderr:%n%s", r.err()).isZero();
    assertThat(r.out()).startsWith("limit ").contains(expected);
    assertThat(r.seconds()).as("seconds").isLessThan(45);
  }

  /**
   * Regressions (issue 16): shapes under the byte limits that ran out of a 64 MB heap now stop at
   * a limit on what is built from them (lines, text through aliases), and a long number names its
   * own limit (it was reported as a document too long, or nested too deep).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "requirements-800k-lines          | requirements.txt: the file has more than 50000 lines (ReadOptions.maxLines)",
      "environment-variables-800k-lines | environment_variables.txt: the file has more than 50000 lines (ReadOptions.maxLines)",
      "alias-1mib-scalar-40-times       | holds more than 4194304 characters of text once its aliases are expanded (ReadOptions.maxCodePoints)",
      "json-number-4301-digits          | a number has more than 4300 digits (the limit Python also applies to int()",
      "request-number-4301-digits       | the request has a number has more than 4300 digits",
  })
  void issue16ShapesEndAtTheirOwnLimitInA64MbHeap(String name, String expected) throws Exception {
    Result r = ChildJvm.run(LimitProbe.class, List.of("-Xmx64m"), name);
    assertThat(r.exit()).as("exit code; stderr:%n%s", r.err()).isZero();
    assertThat(r.out()).startsWith("limit ").contains(expected);
    assertThat(r.seconds()).as("seconds").isLessThan(30);
  }

  /**
   * Regressions (issue 16): scoring requests under the 8 MiB body limit that ran out of a 64 MB
   * heap (a 6 MB CSV of a million rows peaked near 470 MB) now stop at a limit on what they decode
   * to, EnforcementOptions.maxCells or maxColumns, which the message names with the place.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "csv-1m-short-rows      | <input>:250002: row 250000: the request has more than 500000 cells (rows × columns): 250001 rows of 2 columns at line 250002 (EnforcementOptions.maxCells)",
      "instances-3m-numbers   | <input>:1:1000012: the request has more than 500000 cells (JSON values: each number, string, boolean, null, array and object counts) at line 1, column 1000012 (EnforcementOptions.maxCells)",
      "csv-700k-column-header | <input>:1: the request has more than 20000 columns at line 1 (EnforcementOptions.maxColumns)",
      "split-600k-columns     | <input>:1:80034: dataframe_split.columns[20000]: the request has more than 20000 columns at line 1, column 80034 (EnforcementOptions.maxColumns)",
      "split-600k-column-row  | <input>:1:40032: dataframe_split.data[0][20000]: the request has more than 20000 columns at line 1, column 40032 (EnforcementOptions.maxColumns)",
      "request-1gb-json-defaults | <input>:1:1500032: the request has more than 500000 cells (JSON values: each number, string, boolean, null, array and object counts) at line 1, column 1500032 (EnforcementOptions.maxCells)",
      "csv-endless            | <input>:500002: row 500000: the request has more than 500000 cells (rows × columns): 500001 rows of 1 columns at line 500002 (EnforcementOptions.maxCells)",
  })
  void issue16RequestsEndAtTheirCellOrColumnLimitInA64MbHeap(String name, String expected) throws Exception {
    Result r = ChildJvm.run(LimitProbe.class, List.of("-Xmx64m"), name);
    assertThat(r.exit()).as("exit code; stderr:%n%s", r.err()).isZero();
    assertThat(r.out()).isEqualTo("limit " + expected);
    assertThat(r.seconds()).as("seconds").isLessThan(30);
  }

  /**
   * The largest requests the defaults let through, of each kind, decode in the same small heap:
   * 500,000 cells of 14-character text (the most heap a cell can cost), of numbers, 20,000 columns,
   * 500,000 JSON strings and numbers (boxed without a signature), records and inputs of 20,000 keys.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"csv-most-cells-text", "csv-most-cells-numbers", "csv-most-columns", "json-most-values-text",
      "json-most-values-numbers", "split-most-columns", "records-most-values-text", "inputs-most-columns",
      "records-most-columns"})
  void theLargestAcceptedRequestFitsInA64MbHeap(String name) throws Exception {
    Result r = ChildJvm.run(LimitProbe.class, List.of("-Xmx64m"), name);
    assertThat(r.exit()).as("exit code; stderr:%n%s", r.err()).isZero();
    assertThat(r.out()).isEqualTo("accepted");
    assertThat(r.seconds()).as("seconds").isLessThan(30);
  }

  /** The largest inputs that the defaults let through still fit in the same small heap. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"largest-scalar", "most-values", "requirements-most-lines", "alias-largest-accepted"})
  void theLargestAcceptedInputFitsInA64MbHeap(String name) throws Exception {
    Result r = ChildJvm.run(LimitProbe.class, List.of("-Xmx64m"), name);
    assertThat(r.exit()).as("exit code; stderr:%n%s", r.err()).isZero();
    assertThat(r.out()).isEqualTo("accepted");
    assertThat(r.seconds()).as("seconds").isLessThan(30);
  }

  /** What a child JVM printed, how it exited and how long it took. */
  record Result(int exit, String out, String err, double seconds) {}

  /** Starts {@code main} in a fresh JVM on this test's class path, bounded in time and memory. */
  static final class ChildJvm {
    private ChildJvm() {}

    static Result run(Class<?> main, List<String> jvmArgs, String... args) throws IOException, InterruptedException {
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      List<String> cmd = new ArrayList<>(List.of(java.toString(), "-XX:+UseSerialGC", "-Xss640k",
          "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path")));
      cmd.addAll(jvmArgs);
      cmd.add(main.getName());
      cmd.addAll(List.of(args));
      Path out = Files.createTempFile("child", ".out");
      Path err = Files.createTempFile("child", ".err");
      try {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
          p.destroyForcibly().waitFor();
          throw new AssertionError(main.getSimpleName() + " " + String.join(" ", args)
              + " did not end within " + TIMEOUT_SECONDS + " s");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8).strip(),
            Files.readString(err, StandardCharsets.UTF_8), seconds);
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    }
  }
}
