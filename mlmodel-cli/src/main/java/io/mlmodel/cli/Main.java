package io.mlmodel.cli;

import io.mlmodel.MLModelException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * {@code mlmodel}: inspect, validate, format, export and run MLflow model folders.
 *
 * <p>Exit codes, the same for every command: 0 success, 1 a model or input was found wrong, 2 a
 * usage error. Errors are one line each on standard error, never a stack trace.
 */
@Command(name = "mlmodel", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Reads, validates, formats and runs MLflow model folders.")
public final class Main {
  /**
   * The commands, in the order help lists them. They are registered in code, not in {@code
   * @Command(subcommands)}: picocli reflects over every registered command at start, and a run
   * needs only its own (a third of the start-up time went to the five others).
   */
  private static final Map<String, Class<?>> COMMANDS = commands();

  /** Exit code: a model, file or input was wrong. */
  static final int FAILED = 1;
  /** Exit code: the command line was wrong. */
  static final int USAGE = 2;

  private Main() {}

  /**
   * Runs the command line and exits the JVM with its exit code.
   *
   * @param args the command and its arguments, as the shell split them
   */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /**
   * Runs the command line, writing to the given streams; returns the exit code.
   *
   * @param args the command and its arguments
   * @param out where results go (standard output in a real run)
   * @param err where {@code error:} lines and usage errors go (standard error in a real run)
   * @return 0 on success, 1 when a model, file or input was wrong, 2 on a usage error
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, CommandLine.defaultFactory());
  }

  /** As {@link #run(String[], PrintWriter, PrintWriter)}, with the commands made by {@code factory}. */
  static int run(String[] args, PrintWriter out, PrintWriter err, CommandLine.IFactory factory) {
    CommandLine cl = new CommandLine(new Main(), factory);
    Class<?> only = args.length > 0 ? COMMANDS.get(args[0]) : null;
    if (only != null) {
      cl.addSubcommand(args[0], new CommandLine(only, factory));
    } else {
      COMMANDS.forEach((name, command) -> cl.addSubcommand(name, new CommandLine(command, factory)));
    }
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

  private static Map<String, Class<?>> commands() {
    Map<String, Class<?>> m = new LinkedHashMap<>();
    m.put("inspect", InspectCommand.class);
    m.put("format", FormatCommand.class);
    m.put("validate-input", ValidateInputCommand.class);
    m.put("predict", PredictCommand.class);
    m.put("validate", ValidateCommand.class);
    m.put("schema", SchemaCommand.class);
    m.put("serve", ServeCommand.class);
    m.put("download", DownloadCommand.class);
    return m;
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
