package io.mlmodel.cli;

import io.mlmodel.MLModelException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code mlmodel}: inspect, validate, format, export and run MLflow model folders.
 *
 * <p>Exit codes, the same for every command: 0 success, 1 a model or input was found wrong, 2 a
 * usage error. Errors are one line each on standard error, never a stack trace.
 */
@Command(name = "mlmodel", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Reads, validates, formats and runs MLflow model folders.",
    subcommands = {InspectCommand.class, FormatCommand.class, ValidateInputCommand.class, PredictCommand.class,
        ValidateCommand.class, SchemaCommand.class})
public final class Main {
  /** Exit code: a model, file or input was wrong. */
  static final int FAILED = 1;
  /** Exit code: the command line was wrong. */
  static final int USAGE = 2;

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line, writing to the given streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, CommandLine.defaultFactory());
  }

  /** As {@link #run(String[], PrintWriter, PrintWriter)}, with the commands made by {@code factory}. */
  static int run(String[] args, PrintWriter out, PrintWriter err, CommandLine.IFactory factory) {
    CommandLine cl = new CommandLine(new Main(), factory);
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((e, line, parsed) -> {
      if (e instanceof MLModelException m) {
        err.println("error: " + m.getMessage());
      } else if (e instanceof java.io.UncheckedIOException io) {
        err.println("error: " + io.getMessage());
      } else {
        err.println("error: internal error: " + e);
      }
      err.flush();
      return FAILED;
    });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** The version from the jar manifest, or "development" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"mlmodel " + (v == null ? "development" : v)};
    }
  }
}
