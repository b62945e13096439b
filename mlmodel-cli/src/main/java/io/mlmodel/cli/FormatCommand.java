package io.mlmodel.cli;

import io.mlmodel.MLModelException;
import io.mlmodel.MLModels;
import io.mlmodel.model.MLModel;
import io.mlmodel.write.MLModelWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code format [--check] DIR...}: rewrites each folder's MLmodel in canonical form, the bytes
 * MLflow itself writes for that model, replacing the file atomically. With {@code --check} nothing
 * changes: the command names each folder that is not canonical and prints, as a unified diff, what
 * formatting would change.
 */
@Command(name = "format", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Rewrites MLmodel files in canonical form (what MLflow writes).")
final class FormatCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--check", description = "Change nothing; exit 1 showing, as a unified diff, what would change in each folder that is not canonical.")
  boolean check;

  @Parameters(arity = "1..*", paramLabel = "DIR", description = "Model folders or MLmodel files.")
  List<String> dirs;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int failed = 0;
    int changed = 0;
    for (String arg : dirs) {
      try {
        Path target = Targets.resolve(arg);
        MLModel model = MLModels.read(target);
        Path dir = model.directory().orElseThrow();
        Path file = dir.resolve(MLModels.MLMODEL);
        String yaml = MLModelWriter.toYaml(model);
        byte[] current = Files.readAllBytes(file);
        if (Arrays.equals(yaml.getBytes(StandardCharsets.US_ASCII), current)) {
          continue;
        }
        changed++;
        if (check) {
          out.println("not canonical: " + arg + Canonical.why(current));
          String name = target.endsWith(MLModels.MLMODEL) ? target.toString() : target.resolve(MLModels.MLMODEL).toString();
          out.print(UnifiedDiff.of(new String(current, StandardCharsets.UTF_8), yaml, name, name + " (canonical)"));
        } else {
          MLModelWriter.write(model, dir);
          out.println("formatted: " + arg);
        }
      } catch (MLModelException | UncheckedIOException e) {
        failed++;
        err.println(e instanceof MLModelException m ? CliMessages.error(m) : "error: " + CliMessages.cli(e.getMessage()));
      } catch (IOException e) {
        failed++;
        err.println("error: cannot read " + arg + ": " + e.getMessage());
      }
    }
    out.flush();
    return failed > 0 || (check && changed > 0) ? Main.FAILED : 0;
  }
}
