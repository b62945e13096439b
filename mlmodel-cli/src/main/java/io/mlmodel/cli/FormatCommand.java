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
import java.util.function.Function;

/**
 * {@code format [--check] DIR...}: rewrites each folder's MLmodel in canonical form, the bytes
 * MLflow itself writes for that model, replacing the file atomically. With {@code --check} nothing
 * changes: the command names each folder that is not canonical and prints, as a unified diff, what
 * formatting would change.
 */
final class FormatCommand implements CliCommand {
  static final CommandSpec<FormatCommand> SPEC = new CommandSpec<FormatCommand>("format",
      "Rewrites MLmodel files in canonical form (what MLflow writes).")
      .flag("--check", "Change nothing; exit 1 showing, as a unified diff, what would change in each folder that"
          + " is not canonical.", (c, v) -> c.check = v)
      .params("DIR", 1, -1, "Model folders or MLmodel files.", (c, v) -> c.dirs = v);

  boolean check;
  List<String> dirs = List.of();

  /** How an argument becomes a folder; tests put a failing one here. */
  Function<String, Path> resolver = Targets::resolve;

  @Override
  public int call(PrintWriter out, PrintWriter err) {
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
