package io.mlmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.MLModels;
import io.mlmodel.write.MLModelWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15's regression tests for the command line: one per class of failure found. */
class FidelityRegressionTest {
  /** Written by MLflow 2.17.2: {@code Model(signature=...).save(...)} with NaN and infinite param defaults. */
  static final String NAN_DEFAULTS = """
      flavors:
        python_function:
          loader_module: x
      mlflow_version: 2.17.2
      model_uuid: 72d460ef9bad468888d77d9786dc456b
      signature:
        inputs: '[{"type": "double", "name": "x", "required": true}]'
        outputs: null
        params: '[{"name": "p", "type": "double", "default": NaN, "shape": null}, {"name":
          "q", "type": "double", "default": Infinity, "shape": null}, {"name": "l", "type":
          "double", "default": [-Infinity, 1.0], "shape": [-1]}]'
      utc_time_created: '2026-12-02 13:46:05.410699'
      """;

  static Path model(Path root, String name, String mlmodel) throws Exception {
    Path dir = Files.createDirectories(root.resolve(name));
    Files.writeString(dir.resolve("MLmodel"), mlmodel, StandardCharsets.UTF_8);
    return dir;
  }

  /** Class 1: a non-finite number in signature JSON ended inspect with an internal error. */
  @Test
  void nonFiniteParamDefaultsAreReadPrintedAsMlflowWritesThemAndRewrittenByteForByte(@TempDir Path tmp) throws Exception {
    Path dir = model(tmp, "nan", NAN_DEFAULTS);
    CliRunner r = CliRunner.run("inspect", "--json", dir.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("\"params\":[{\"name\":\"p\",\"type\":\"double\",\"default\":NaN,\"shape\":null},"
        + "{\"name\":\"q\",\"type\":\"double\",\"default\":Infinity,\"shape\":null},"
        + "{\"name\":\"l\",\"type\":\"double\",\"default\":[-Infinity,1.0],\"shape\":[-1]}]");
    assertThat(MLModelWriter.toYaml(MLModels.read(dir))).isEqualTo(NAN_DEFAULTS);
    assertThat(CliRunner.run("format", "--check", dir.toString()).exit()).isZero();
  }

  /** Class 2: one folder's unexpected exception stopped the whole batch. */
  @Test
  void anUnexpectedFailureOfOneFolderIsThatFoldersInternalErrorAndTheOthersGoOn(@TempDir Path tmp) throws Exception {
    Path good = model(tmp, "good", NAN_DEFAULTS);
    Path messy = model(tmp, "messy", "flavors: {python_function: {loader_module: x}}\n");
    String boom = tmp.resolve("boom").toString();
    for (String command : new String[] {"inspect", "validate", "format"}) {
      for (boolean json : new boolean[] {false, true}) {
        if (json && command.equals("format")) {
          continue;
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = json ? new String[] {command, "--json", boom, good.toString()}
            : new String[] {command, "--check", boom, good.toString()};
        if (!command.equals("format") && !json) {
          args = new String[] {command, boom, good.toString()};
        }
        int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err), failingOn(boom));
        String all = out + "" + err;
        assertThat(exit).as(command).isEqualTo(1);
        assertThat(all).as(command).contains("internal error: java.lang.IllegalStateException: injected failure");
        if (command.equals("format")) {
          args = new String[] {command, "--check", boom, messy.toString()};
          out = new StringWriter();
          exit = Main.run(args, new PrintWriter(out), new PrintWriter(err), failingOn(boom));
          assertThat(exit).isEqualTo(1);
          // the folder is named, then the unified diff of what formatting would change (issue 14)
          assertThat(out.toString()).startsWith("not canonical: " + messy + System.lineSeparator()
              + "--- " + messy.resolve("MLmodel") + System.lineSeparator());
        } else {
          assertThat(all).as(command).contains(good.toString());
        }
        if (json) {
          assertThat(out.toString()).contains("\"code\":\"internal\"");
          assertThat(out.toString().lines().count()).isEqualTo(2);
          assertThat(out.toString().lines().skip(1).findFirst().orElseThrow()).contains("\"path\":\"" + good + "\"")
              .doesNotContain("error");
        }
      }
    }
  }

  /** Gives the batch commands an argument resolver that throws for {@code failing}. */
  static java.util.function.Consumer<CliCommand> failingOn(String failing) {
    java.util.function.Function<String, Path> resolver = arg -> {
      if (arg.equals(failing)) {
        throw new IllegalStateException("injected failure");
      }
      return Targets.resolve(arg);
    };
    return made -> {
      if (made instanceof InspectCommand c) {
        c.resolver = resolver;
      } else if (made instanceof ValidateCommand c) {
        c.resolver = resolver;
      } else if (made instanceof FormatCommand c) {
        c.resolver = resolver;
      }
    };
  }

  /** Class 5: true and 'true' are two keys in PyYAML; inspect --json collapsed them into one. */
  @Test
  void nonStringKeysStayDistinctTypedAndInPyYamlOrder(@TempDir Path tmp) throws Exception {
    String mlmodel = """
        flavors:
          python_function:
            loader_module: x
        metadata:
          true: a
          'true': b
          2: c
          '1': d
          null: e
          1.5: f
        """;
    Path dir = model(tmp, "keys", mlmodel);
    CliRunner r = CliRunner.run("inspect", "--json", dir.toString());
    assertThat(r.out()).contains("\"metadata\":{\"$pairs\":[[true,\"a\"],[\"true\",\"b\"],[2,\"c\"],[\"1\",\"d\"],"
        + "[null,\"e\"],[1.5,\"f\"]]}");
    // MLflow 2.17.2's Model.load(...).to_yaml() of this file, less utc_time_created, which it adds:
    // PyYAML cannot sort keys of several types, so they stay in document order
    assertThat(MLModelWriter.toYaml(MLModels.read(dir))).isEqualTo("""
        flavors:
          python_function:
            loader_module: x
        metadata:
          true: a
          'true': b
          2: c
          '1': d
          null: e
          1.5: f
        model_uuid: null
        """);
    Path sorted = model(tmp, "sorted", "flavors: {}\nmetadata:\n  3: a\n  1: b\n  2.5: c\n  false: d\n");
    // PyYAML sorts keys that compare (bool, int and float do), as MLflow's to_yaml shows
    assertThat(MLModelWriter.toYaml(MLModels.read(sorted))).isEqualTo(
        "flavors: {}\nmetadata:\n  false: d\n  1: b\n  2.5: c\n  3: a\nmodel_uuid: null\n");
  }
}
