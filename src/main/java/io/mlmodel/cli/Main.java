package io.mlmodel.cli;

import io.mlmodel.MLModelException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Properties;
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
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((e, line, parsed) -> {
      if (e instanceof MLModelException m) {
        err.println(CliMessages.error(m));
      } else if (e instanceof UncheckedIOException io) {
        err.println("error: " + CliMessages.cli(io.getMessage()));
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

  /**
   * The version the build stamped into {@code version.properties} (a filtered resource, so it is
   * the project's version whether the CLI runs from a jar, a class folder or a distribution).
   */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
        if (in == null) {
          throw new IOException("version.properties is missing from the CLI's class path");
        }
        p.load(in);
      }
      return new String[] {"mlmodel " + p.getProperty("version"),
          "Java " + Runtime.version() + " (" + System.getProperty("java.vm.name") + ")"};
    }
  }
}
