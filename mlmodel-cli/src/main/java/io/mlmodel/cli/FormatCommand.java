package io.mlmodel.cli;

import io.mlmodel.MLModels;
import io.mlmodel.model.MLModel;
import io.mlmodel.write.MLModelWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
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

  /** How an argument becomes a folder; tests put a failing one here. */
  Function<String, Path> resolver = Targets::resolve;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int[] changed = {0};
    int failed = Batch.each(dirs, arg -> {
        Path target = resolver.apply(arg);
        MLModel model = MLModels.read(target);
        Path dir = model.directory().orElseThrow();
        Path file = dir.resolve(MLModels.MLMODEL);
        String yaml = MLModelWriter.toYaml(model);
        byte[] current = Files.readAllBytes(file);
        if (Arrays.equals(yaml.getBytes(StandardCharsets.US_ASCII), current)) {
          return;
        }
        changed[0]++;
        if (check) {
          out.println("not canonical: " + arg + Canonical.why(current));
          String name = target.endsWith(MLModels.MLMODEL) ? target.toString() : target.resolve(MLModels.MLMODEL).toString();
          out.print(UnifiedDiff.of(new String(current, StandardCharsets.UTF_8), yaml, name, name + " (canonical)"));
        } else {
          MLModelWriter.write(model, dir);
          out.println("formatted: " + arg);
        }
    }, (arg, e) -> err.println(CliMessages.error(e)));
    out.flush();
    return failed > 0 || (check && changed[0] > 0) ? Main.FAILED : 0;
  }
}
