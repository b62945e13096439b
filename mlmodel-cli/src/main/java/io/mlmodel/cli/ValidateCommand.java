package io.mlmodel.cli;

import io.mlmodel.Location;
import io.mlmodel.MLModelException;
import io.mlmodel.ModelException;
import io.mlmodel.io.JsonValues;
import io.mlmodel.validate.Finding;
import io.mlmodel.validate.Severity;
import io.mlmodel.validate.ValidationReport;
import io.mlmodel.validate.Validator;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code validate [--json] [--ignore CODE,...] DIR...}: every finding of every folder; exit 1 when
 * any folder has an error (warnings and infos alone exit 0).
 */
final class ValidateCommand implements CliCommand {
  static final CommandSpec<ValidateCommand> SPEC = new CommandSpec<ValidateCommand>("validate",
      "Checks model folders and lists every problem (see docs/validation.md).")
      .flag("--json", "One JSON object per folder per line (JSON Lines).", (c, v) -> c.json = v)
      .repeatable("--ignore", "CODE[,CODE...]", "Leave out findings with these codes.",
          (c, v) -> c.ignore.addAll(List.of(v.split(","))))
      .params("DIR", 1, -1, "Model folders, MLmodel files or model URIs.", (c, v) -> c.dirs = v);

  boolean json;
  final List<String> ignore = new ArrayList<>();
  List<String> dirs = List.of();

  /** How an argument becomes a folder; tests put a failing one here. */
  Function<String, Path> resolver = Targets::resolve;

  @Override
  public int call(PrintWriter out, PrintWriter err) {
    for (String code : ignore) {
      if (!Validator.codes().contains(code)) {
        throw new UsageException("--ignore: unknown finding code '" + code
            + "'; known codes: " + String.join(", ", Validator.codes()));
      }
    }
    Validator validator = Validator.builder().ignore(ignore.toArray(String[]::new)).build();
    boolean[] invalid = {false};
    int failed = Batch.each(dirs, arg -> {
      Path path = resolver.apply(arg);
      ValidationReport report = validator.validate(path);
      Path dir = path.endsWith("MLmodel") && path.getParent() != null ? path.getParent() : path;
      String shown = json ? Json.MAPPER.writeValueAsString(toJson(arg, dir, report)) + System.lineSeparator()
          : text(arg, dir, report);
      invalid[0] |= report.hasErrors();
      out.print(shown);
    }, (arg, e) -> {
      if (json) {
        out.println(Json.MAPPER.writeValueAsString(Errors.toJson(arg, e)));
      }
      err.println(CliMessages.error(e));
    });
    out.flush();
    return failed > 0 || invalid[0] ? Main.FAILED : 0;
  }

  /** The folder's line, then one line per finding (a line break in a key or message is escaped). */
  static String text(String arg, Path dir, ValidationReport report) {
    StringBuilder sb = new StringBuilder(CliMessages.oneLine(arg + ": " + summary(report))).append('\n');
    for (Finding f : report.findings()) {
      sb.append("  ").append(CliMessages.oneLine(relative(dir, f.location()) + ": " + f.severity().label() + ": "
          + f.message() + " [" + f.code() + "]")).append('\n');
    }
    return sb.toString();
  }

  static String summary(ValidationReport report) {
    if (report.isClean()) {
      return "ok";
    }
    List<String> parts = new ArrayList<>();
    for (Severity s : Severity.values()) {
      int n = report.findings(s).size();
      if (n > 0) {
        parts.add(n + " " + s.label() + (n == 1 ? "" : "s"));
      }
    }
    return String.join(", ", parts);
  }

  static ObjectNode toJson(String arg, Path dir, ValidationReport report) {
    ObjectNode o = JsonValues.F.objectNode();
    o.put("path", arg);
    ArrayNode findings = o.putArray("findings");
    for (Finding f : report.findings()) {
      ObjectNode n = findings.addObject();
      n.put("code", f.code());
      n.put("severity", f.severity().label());
      n.put("message", f.message());
      Errors.putLocation(n, relative(dir, f.location()));
    }
    return o;
  }

  /** The location with its file named relative to the folder (MLmodel, python_env.yaml). */
  static Location relative(Path dir, Location at) {
    Path file = at.file();
    if (file != null && file.startsWith(dir) && !file.equals(dir)) {
      return at.withFile(dir.relativize(file));
    }
    return at;
  }
}
