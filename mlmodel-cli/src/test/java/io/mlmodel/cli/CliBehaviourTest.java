package io.mlmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every command does alike: help, version, usage errors, where errors go, CLI advice. */
class CliBehaviourTest {
  private static final String NL = System.lineSeparator();

  @ParameterizedTest
  @ValueSource(strings = {"inspect", "validate", "format", "schema", "validate-input", "predict"})
  void everyCommandPrintsItsHelpAndExitsZero(String command) {
    for (String flag : new String[] {"--help", "-h"}) {
      CliRunner r = CliRunner.run(command, flag);
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(r.out()).startsWith("Usage: mlmodel " + command + " ").contains("--help");
      assertThat(r.err()).isEmpty();
    }
  }

  @Test
  void theToolsHelpListsTheCommandsAndExitsZero() {
    CliRunner r = CliRunner.run("--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("Usage: mlmodel ").contains("inspect", "validate-input", "schema");
  }

  @Test
  void noCommandIsAUsageError() {
    CliRunner r = CliRunner.run();
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("Missing required subcommand");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void versionIsTheProjectVersion() {
    String expected = System.getProperty("mlmodel.version");
    assertThat(expected).as("surefire passes the pom's version").isNotBlank();
    for (String[] args : new String[][] {{"--version"}, {"-V"}, {"inspect", "--version"}}) {
      CliRunner r = CliRunner.run(args);
      assertThat(r.exit()).isZero();
      assertThat(r.out()).startsWith("mlmodel " + expected + NL + "Java " + Runtime.version());
    }
  }

  @Test
  void anUnknownIgnoreCodeIsAUsageErrorNamingItAndTheKnownOnes() {
    CliRunner r = CliRunner.run("validate", "--ignore", "no-signature,no-signatures", "testdata/valid/minimal");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("--ignore: unknown finding code 'no-signatures'; known codes: bad-dtype, bad-env, ")
        .contains(", no-signature, ", ", yaml-syntax" + NL + "Usage: mlmodel validate ");
  }

  @Test
  void aKnownIgnoreCodeLeavesItsFindingsOut() {
    CliRunner noisy = CliRunner.run("validate", "testdata/models/hand_yaml11_traps");
    assertThat(noisy.out()).contains("[no-signature]");
    CliRunner quiet = CliRunner.run("validate", "--ignore", "no-signature", "testdata/models/hand_yaml11_traps");
    assertThat(quiet.out()).doesNotContain("[no-signature]").contains("[bad-value]");
  }

  @Test
  void requestErrorsNameTheInputFile(@TempDir Path tmp) throws IOException {
    Path req = Files.writeString(tmp.resolve("bad.json"), "{\"dataframe_records\": [{\"a\": 1.0, \"b\": 2.0, \"c\": 3.5}]}");
    for (String command : new String[] {"predict", "validate-input"}) {
      CliRunner r = CliRunner.run(command, "testdata/onnx/columns_single_input", "--input", req.toString());
      assertThat(r.exit()).isEqualTo(1);
      assertThat(r.err()).startsWith("error: " + req + ":1:50: dataframe_records[0].c: Data is not compatible")
          .doesNotContain("<input>");
    }
  }

  @Test
  void limitErrorsGiveNoJavaAdvice(@TempDir Path tmp) throws IOException {
    Path req = Files.writeString(tmp.resolve("deep.json"), "{\"inputs\": " + "[".repeat(150) + "]".repeat(150) + "}");
    CliRunner r = CliRunner.run("validate-input", "testdata/onnx/columns_single_input", "--input", req.toString());
    assertThat(r.exit()).isEqualTo(1);
    String sentence = "the request nests JSON arrays and objects deeper than the limit of 100"
        + " (a safety limit of mlmodel, which the command line does not raise)";
    assertThat(r.err()).isEqualTo("error: " + req + ": " + sentence + NL);
    assertThat(r.out()).contains("\"message\":\"" + sentence + "\"").doesNotContain("Options");
  }

  @ParameterizedTest
  @ValueSource(strings = {"inspect", "inspect --json", "schema", "validate-input --input testdata/predict/requests/columns_single_input.json",
      "predict --input testdata/predict/requests/columns_single_input.json"})
  void aMissingFolderIsOneErrorLineOnStandardError(String command) {
    String[] words = command.split(" ");
    String[] args = new String[words.length + 1];
    args[0] = words[0];
    args[1] = "testdata/no_such_folder";
    System.arraycopy(words, 1, args, 2, words.length - 1);
    CliRunner r = CliRunner.run(args);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("error: testdata/no_such_folder: Could not find an \"MLmodel\" configuration file at"
        + " \"testdata/no_such_folder\"" + NL);
  }

  @Test
  void clusteredHelpAndVersionWorkBeforeAndAfterTheCommand() { // regression: mlmodel -hV was an unknown option
    for (String[] args : new String[][] {{"-hV"}, {"-Vh"}, {"-V", "-h"}, {"inspect", "-hV"}, {"serve", "-Vh"}}) {
      CliRunner r = CliRunner.run(args);
      assertThat(r.exit()).as(String.join(" ", args)).isZero();
      assertThat(r.out()).startsWith("Usage: mlmodel ");
      assertThat(r.err()).isEmpty();
    }
  }

  @Test
  void aUsageErrorIsOneLineThenTheUsageEvenForAnArgumentWithALineBreak() { // regression: the break split the line
    CliRunner r = CliRunner.run("inspect", "--a\nb", "x");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("Unknown option: '--a\\u000ab'" + NL + "Usage: mlmodel inspect [-hV]");
  }

  @Test
  void anOptionsMissingValueIsAUsageErrorNotTheNextOption() { // regression: serve --host --port 8080 M
    CliRunner r = CliRunner.run("serve", "--host", "--port", "8080", "testdata/valid/minimal");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("Expected parameter for option '--host' but found '--port'" + NL + "Usage: mlmodel serve ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"predict", "validate-input"})
  void anInputThatIsNoPathIsAUsageError(String command) { // regression: an internal error with the exception's name
    CliRunner r = CliRunner.run(command, "testdata/onnx/columns_single_input", "--input", "a\0b");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("Invalid value for option '--input': 'a\\u0000b' is not a path" + NL + "Usage: mlmodel ")
        .doesNotContain("Exception");
  }

  @Test
  void outputThatCannotBeWrittenIsAnErrorNotASuccess() { // regression: inspect > /dev/full exited 0 having written nothing
    OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    };
    for (String[] args : new String[][] {{"inspect", "testdata/valid/minimal"}, {"--help"}}) {
      StringWriter err = new StringWriter();
      int code = Main.run(args, new PrintWriter(full, true), new PrintWriter(err));
      assertThat(code).as(String.join(" ", args)).isEqualTo(Main.FAILED);
      assertThat(err.toString()).isEqualTo("error: cannot write to standard output (a full disk or a closed pipe);"
          + " the output is incomplete" + NL);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"predict", "validate-input"})
  void anInputThatIsAFolderOrEmptyIsAUsageError(String command, @TempDir Path tmp) {
    // regression: both read the folder (an empty path is the working directory) and printed
    // "error: java.io.IOException: Is a directory"
    CliRunner folder = CliRunner.run(command, "testdata/onnx/columns_single_input", "--input", tmp.toString());
    assertThat(folder.exit()).isEqualTo(2);
    assertThat(folder.out()).isEmpty();
    assertThat(folder.err()).startsWith("Invalid value for option '--input': '" + tmp
        + "' is a folder, not a file (- reads standard input)" + NL + "Usage: mlmodel " + command + " ");
    CliRunner empty = CliRunner.run(command, "testdata/onnx/columns_single_input", "--input=");
    assertThat(empty.exit()).isEqualTo(2);
    assertThat(empty.err()).startsWith("Invalid value for option '--input': '' is empty, not a file"
        + " (- reads standard input)" + NL + "Usage: mlmodel " + command + " ");
  }

  @Test
  void errorAndFindingLinesStayOneLineWhenAKeyHoldsALineBreak(@TempDir Path tmp) throws IOException {
    // regression: the key printed its line break, and the error went over two lines
    Files.writeString(tmp.resolve("MLmodel"), "flavors:\n  \"a\\nb\": 5\n");
    String key = "flavors[\"a\\u000ab\"]";
    CliRunner inspect = CliRunner.run("inspect", tmp.toString());
    assertThat(inspect.exit()).isEqualTo(1);
    assertThat(inspect.err()).isEqualTo("error: " + tmp.resolve("MLmodel") + ":2:11: " + key
        + ": expected a mapping, found an integer" + NL);
    CliRunner validate = CliRunner.run("validate", tmp.toString());
    assertThat(validate.exit()).isEqualTo(1);
    assertThat(validate.out()).isEqualTo(tmp + ": 1 error\n  MLmodel:2:11: " + key
        + ": error: expected a mapping, found an integer [bad-value]\n");
  }

  @Test
  void inspectWritesNoControlCharacterOfTheModelToTheTerminal(@TempDir Path tmp) throws IOException {
    // regression: a value or a column name holding an escape sequence reached the terminal as one,
    // and a value's line break split its line
    String out = inspect(tmp, "a\\e[2Jb", "r\\nun", "x\\u001b]0;t\\u0007");
    assertThat(out.chars().filter(c -> c != '\n' && Character.isISOControl(c))).isEmpty();
    assertThat(out).contains("    python_function  loader: a\\u001b[2Jb\n", "  run id: r\\u000aun\n",
        "x\\u001b]0;t\\u0007");
  }

  @Test
  void inspectWritesNoBidirectionalOverrideOfTheModelToTheTerminal(@TempDir Path tmp) throws IOException {
    // regression (CVE-2021-42574, "Trojan Source"): a right-to-left override in a value or a column
    // name reached the terminal, which then showed the rest of the line reversed
    String out = inspect(tmp, "safe\\u202E\\u2066cod\\u2069", "r\\u200Fun", "x\\u202ey\\u061c");
    assertThat(out.chars().filter(c -> c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069
        || c == 0x200e || c == 0x200f || c == 0x061c)).isEmpty();
    assertThat(out).contains("    python_function  loader: safe\\u202e\\u2066cod\\u2069\n",
        "  run id: r\\u200fun\n", "x\\u202ey\\u061c");
  }

  /**
   * What {@code inspect} prints of a model whose loader module and run id are the given YAML
   * double-quoted text and whose one input column is named by the given JSON string text.
   */
  private static String inspect(Path dir, String loader, String runId, String column) throws IOException {
    Files.writeString(dir.resolve("MLmodel"), "flavors:\n  python_function:\n    loader_module: \"" + loader
        + "\"\nrun_id: \"" + runId + "\"\nsignature:\n  inputs: '[{\"type\": \"double\", \"name\": \"" + column
        + "\"}]'\n  outputs: null\n");
    CliRunner r = CliRunner.run("inspect", dir.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    return r.out();
  }

  @Test
  void inspectKeepsAColumnNameWithALineBreakOnItsRow(@TempDir Path tmp) throws IOException {
    // regression: the signature's table wrote the name as it is, so a line of the name's choosing
    // appeared in the summary as if inspect had written it
    Files.writeString(tmp.resolve("MLmodel"), "flavors:\n  python_function:\n    loader_module: m\n"
        + "signature:\n  inputs: '[{\"type\": \"double\", \"name\": \"x\\n  run id: forged\"}]'\n"
        + "  outputs: null\n");
    CliRunner r = CliRunner.run("inspect", tmp.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out().lines()).noneMatch(line -> line.strip().startsWith("run id: forged"));
    assertThat(r.out()).contains("x\\u000a  run id: forged");
  }

  @Test
  void downloadIntoAFileIsAUsageError(@TempDir Path tmp) throws IOException {
    // regression: the model was downloaded, then its copy failed as
    // "error: java.nio.file.FileAlreadyExistsException: FILE"
    Path file = Files.writeString(tmp.resolve("notes.txt"), "x");
    CliRunner r = CliRunner.run("download", "runs:/27d2372d7faf4f99a6431147f50c76be/model", file.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("Invalid value for positional parameter DIR: '" + file + "' is a file, not a folder"
        + NL + "Usage: mlmodel download ");
    assertThat(file).hasContent("x");
  }

  @ParameterizedTest
  @ValueSource(strings = {"predict", "validate-input"})
  void anInputOrContentTypeWithALineBreakStaysOnOneErrorLine(String command) {
    // regression: the --input and --content-type values were printed with their line breaks
    CliRunner missing = CliRunner.run(command, "testdata/onnx/columns_single_input", "--input", "no\nsuch.json");
    assertThat(missing.err()).isEqualTo("error: no such input file: no\\u000asuch.json" + NL);
    CliRunner type = CliRunner.run(command, "testdata/onnx/columns_single_input", "--input", "-",
        "--content-type", "x\ny");
    assertThat(type.err()).isEqualTo("error: --content-type must be json or csv, got 'x\\u000ay'" + NL);
  }
}
