package io.mlmodel.cli;

import io.mlmodel.MLModelException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * {@code mlmodel}: inspect, validate, format, export and run MLflow model folders.
 *
 * <p>Exit codes, the same for every command: 0 success, 1 a model or input was found wrong (or the
 * output could not be written), 2 a usage error. Errors are one line each on standard error, never
 * a stack trace.
 */
public final class Main {
  /** Exit code: a model, file or input was wrong, or the output could not be written. */
  static final int FAILED = 1;
  /** Exit code: the command line was wrong. */
  static final int USAGE = 2;

  /** A command's options and how to make the object they are read into. */
  private record Entry<C extends CliCommand>(CommandSpec<C> spec, Supplier<C> make) {}

  /** The commands, in the order help lists them. */
  private static final Map<String, Entry<?>> COMMANDS = commands();
  /** The tool's own options, before the command: only the standard ones. */
  private static final CommandSpec<Object> TOOL = new CommandSpec<>("mlmodel");

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
   * @return 0 on success, 1 when a model, file or input was wrong or {@code out} failed (its {@link
   *     PrintWriter#checkError()}), 2 on a usage error
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, command -> { });
  }

  /** As {@link #run(String[], PrintWriter, PrintWriter)}; {@code setup} sees the command before it runs (tests). */
  static int run(String[] args, PrintWriter out, PrintWriter err, Consumer<CliCommand> setup) {
    int code;
    try {
      code = dispatch(args, out, err, setup);
    } catch (UncheckedIOException e) { // version.properties unreadable
      err.println("error: " + CliMessages.cli(e.getMessage()));
      code = FAILED;
    }
    // A PrintWriter keeps write failures to itself: without this, output lost to a full disk or a
    // closed pipe ended in exit 0, as if it had all been written.
    if (out.checkError()) {
      err.println("error: cannot write to standard output (a full disk or a closed pipe); the output is incomplete");
      code = code == 0 ? FAILED : code;
    }
    err.flush();
    return code;
  }

  private static int dispatch(String[] args, PrintWriter out, PrintWriter err, Consumer<CliCommand> setup) {
    int first = 0; // the tool's own options come before the command: -h, -V, --help, --version, --
    while (first < args.length && args[first].startsWith("-")) {
      first++;
    }
    try {
      if (printedHelpOrVersion(TOOL.parse(Arrays.copyOf(args, first), 0, new Object()), Main::toolHelp, out)) {
        return 0;
      }
    } catch (UsageException e) {
      return usage(err, e.getMessage(), toolHelp());
    }
    if (first == args.length) {
      return usage(err, "Missing required subcommand", toolHelp());
    }
    Entry<?> entry = COMMANDS.get(args[first]);
    if (entry == null) {
      return usage(err, "Unknown command: '" + args[first] + "'", toolHelp());
    }
    return execute(entry, args, first + 1, out, err, setup);
  }

  private static <C extends CliCommand> int execute(Entry<C> entry, String[] args, int from, PrintWriter out,
      PrintWriter err, Consumer<CliCommand> setup) {
    C command = entry.make().get();
    setup.accept(command);
    try {
      if (printedHelpOrVersion(entry.spec().parse(args, from, command), () -> Help.of(entry.spec()), out)) {
        return 0;
      }
      return command.call(out, err);
    } catch (UsageException e) {
      return usage(err, e.getMessage(), Help.of(entry.spec()));
    } catch (MLModelException e) {
      err.println(CliMessages.error(e));
    } catch (UncheckedIOException e) {
      err.println(CliMessages.oneLine("error: " + CliMessages.cli(e.getMessage())));
    } catch (Exception e) {
      err.println(CliMessages.oneLine("error: internal error: " + e));
    }
    return FAILED;
  }

  /** Prints the help or the version when the command line asked for it; false when it is to run. */
  private static boolean printedHelpOrVersion(CommandSpec.Outcome outcome, Supplier<String> help, PrintWriter out) {
    switch (outcome) {
      case HELP -> out.print(help.get());
      case VERSION -> out.print(version());
      case RUN -> {
        return false;
      }
    }
    return true;
  }

  /** The problem on one line (a control character in an argument is escaped), then the usage. */
  private static int usage(PrintWriter err, String problem, String help) {
    err.println(CliMessages.oneLine(problem));
    err.print(help);
    return USAGE;
  }

  private static String toolHelp() {
    Map<String, CommandSpec<?>> specs = new LinkedHashMap<>();
    COMMANDS.forEach((name, e) -> specs.put(name, e.spec()));
    return Help.ofTool(specs);
  }

  private static Map<String, Entry<?>> commands() {
    Map<String, Entry<?>> m = new LinkedHashMap<>();
    m.put("inspect", new Entry<>(InspectCommand.SPEC, InspectCommand::new));
    m.put("format", new Entry<>(FormatCommand.SPEC, FormatCommand::new));
    m.put("validate-input", new Entry<>(ValidateInputCommand.SPEC, ValidateInputCommand::new));
    m.put("predict", new Entry<>(PredictCommand.SPEC, PredictCommand::new));
    m.put("validate", new Entry<>(ValidateCommand.SPEC, ValidateCommand::new));
    m.put("schema", new Entry<>(SchemaCommand.SPEC, SchemaCommand::new));
    m.put("serve", new Entry<>(ServeCommand.SPEC, ServeCommand::new));
    m.put("download", new Entry<>(DownloadCommand.SPEC, DownloadCommand::new));
    return m;
  }

  /**
   * The version the build stamped into {@code version.properties} (a filtered resource, so it is
   * the project's version whether the CLI runs from a jar, a class folder or a distribution).
   */
  private static String version() {
    Properties p = new Properties();
    try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("version.properties is missing from the CLI's class path"));
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String nl = System.lineSeparator();
    return "mlmodel " + p.getProperty("version") + nl
        + "Java " + Runtime.version() + " (" + System.getProperty("java.vm.name") + ")" + nl;
  }
}
