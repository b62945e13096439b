package io.mlmodel.cli;

import io.mlmodel.MLModels;
import io.mlmodel.model.MLModel;
import io.mlmodel.write.AtomicWrites;
import io.mlmodel.write.MLModelWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * {@code format [--check] DIR...}: rewrites each folder's MLmodel (or the MLmodel file named, by
 * whatever name) in canonical form, the bytes MLflow itself writes for that model, replacing the
 * file atomically. With {@code --check} nothing
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
  Function<String, Path> resolver = arg -> check ? Targets.resolve(arg) : Targets.resolveLocal(arg);

  @Override
  public int call(PrintWriter out, PrintWriter err) {
    int[] changed = {0};
    int failed = Batch.each(dirs, arg -> {
        Path target = resolver.apply(arg);
        MLModel model = MLModels.read(target);
        // The file that was read: an MLmodel file given by another name (MLmodel.orig) is rewritten
        // itself; its folder's MLmodel is another file, which it once replaced.
        Path file = Files.isDirectory(target) ? target.resolve(MLModels.MLMODEL) : target;
        String yaml = MLModelWriter.toYaml(model);
        byte[] canonical = yaml.getBytes(StandardCharsets.US_ASCII);
        byte[] current = Files.readAllBytes(file);
        if (Arrays.equals(canonical, current)) {
          return;
        }
        changed[0]++;
        if (check) {
          out.println("not canonical: " + arg + Canonical.why(current));
          String name = file.toString();
          out.print(UnifiedDiff.of(new String(current, StandardCharsets.UTF_8), yaml, name, name + " (canonical)"));
        } else {
          // Through a symbolic link (reading found it inside the folder) the file it leads to is
          // rewritten, as MLflow's open(path, "w") does, and the link stays a link.
          AtomicWrites.writeFile(Files.isSymbolicLink(file) ? file.toRealPath() : file, canonical);
          out.println("formatted: " + arg);
        }
    }, (arg, e) -> err.println(CliMessages.error(e)));
    out.flush();
    return failed > 0 || (check && changed[0] > 0) ? Main.FAILED : 0;
  }
}
