package io.mlmodel.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * What one command accepts: its options and positional parameters, each with its help text and
 * where its value goes in a command object {@code C}. {@link #parse} reads a command line into such
 * an object; {@link Help} prints the same table as help.
 *
 * <p>Hand-written rather than picocli's annotations: picocli reflects over the annotations and
 * builds annotation proxies and converters at every start, which was about half of the CLI's
 * start-up time (docs/performance.md). The syntax and the usage messages are picocli's, so the
 * command line reads as before: {@code --name value}, {@code --name=value}, {@code -p 5000},
 * {@code -p5000}, {@code --} to end the options, {@code -h}/{@code --help} and
 * {@code -V}/{@code --version} on every command.
 *
 * @param <C> the command object the values are written into
 */
final class CommandSpec<C> {
  /** An option: its names (long first), its value's label (none for a flag) and where it goes. */
  record Opt<C>(List<String> names, @Nullable String label, String description, boolean required,
      boolean repeatable, BiConsumer<C, String> set) {}

  /** Positional parameters taking between {@code min} and {@code max} arguments ({@code -1}: any number). */
  record Param<C>(String label, int min, int max, String description, BiConsumer<C, List<String>> set) {}

  /** What a parse asks for besides running the command. */
  enum Outcome { RUN, HELP, VERSION }

  final String name;
  final List<String> description;
  final List<Opt<C>> options = new ArrayList<>();
  final List<Param<C>> params = new ArrayList<>();

  CommandSpec(String name, String... description) {
    this.name = name;
    this.description = List.of(description);
  }

  /** A flag, such as {@code --json}: present or not. */
  CommandSpec<C> flag(String name, String description, BiConsumer<C, Boolean> set) {
    options.add(new Opt<>(List.of(name), null, description, false, false, (c, v) -> set.accept(c, true)));
    return this;
  }

  /** An option with a value; {@code names} are its long name first, then any alias. */
  CommandSpec<C> option(List<String> names, String label, String description, BiConsumer<C, String> set) {
    options.add(new Opt<>(names, label, description, false, false, set));
    return this;
  }

  /** An option that must be given. */
  CommandSpec<C> required(String name, String label, String description, BiConsumer<C, String> set) {
    options.add(new Opt<>(List.of(name), label, description, true, false, set));
    return this;
  }

  /** An option that may be given several times, each value passed to {@code set} in turn. */
  CommandSpec<C> repeatable(String name, String label, String description, BiConsumer<C, String> set) {
    options.add(new Opt<>(List.of(name), label, description, false, true, set));
    return this;
  }

  /** Positional parameters, taken in the order they are declared. */
  CommandSpec<C> params(String label, int min, int max, String description, BiConsumer<C, List<String>> set) {
    params.add(new Param<>(label, min, max, description, set));
    return this;
  }

  /**
   * Reads {@code args} from index {@code from} into {@code target}.
   *
   * @return whether to run the command or only print its help or version
   * @throws UsageException for an unknown option, a missing or repeated one, a missing value or
   *     parameter, a parameter too many, or a value the option's converter refuses
   */
  Outcome parse(String[] args, int from, C target) {
    List<String> positional = new ArrayList<>();
    Set<Opt<C>> seen = new HashSet<>();
    boolean options = true;
    for (int i = from; i < args.length; i++) {
      String arg = args[i];
      if (!options || arg.equals("-") || !arg.startsWith("-")) {
        positional.add(arg);
        continue;
      }
      if (arg.equals("--")) {
        options = false;
        continue;
      }
      if (arg.equals("-h") || arg.equals("--help")) {
        return Outcome.HELP;
      }
      if (arg.equals("-V") || arg.equals("--version")) {
        return Outcome.VERSION;
      }
      int eq = arg.indexOf('=');
      String key = arg.startsWith("--") && eq > 0 ? arg.substring(0, eq) : arg;
      @Nullable String attached = key.length() < arg.length() ? arg.substring(eq + 1) : null;
      Opt<C> opt = find(key);
      if (opt == null && !arg.startsWith("--") && arg.length() > 2) {
        opt = find(arg.substring(0, 2)); // -p5000, -p=5000
        attached = opt == null ? null : arg.substring(arg.charAt(2) == '=' ? 3 : 2);
      }
      if (opt == null) {
        throw new UsageException("Unknown option: '" + arg + "'");
      }
      if (!seen.add(opt) && !opt.repeatable()) {
        throw new UsageException("option '" + opt.names().get(0) + "' should be specified only once");
      }
      if (opt.label() == null) {
        if (attached != null) {
          throw new UsageException("option '" + opt.names().get(0) + "' takes no value, got '" + arg + "'");
        }
        opt.set().accept(target, "true");
        continue;
      }
      String value = attached;
      if (value == null) {
        if (i + 1 >= args.length) {
          throw new UsageException("Missing required parameter for option '" + opt.names().get(0) + "' ("
              + opt.label() + ")");
        }
        value = args[++i];
      }
      opt.set().accept(target, value);
    }
    for (Opt<C> opt : this.options) {
      if (opt.required() && !seen.contains(opt)) {
        throw new UsageException("Missing required option: '" + opt.names().get(0) + "=" + opt.label() + "'");
      }
    }
    assign(positional, target);
    return Outcome.RUN;
  }

  private @Nullable Opt<C> find(String name) {
    for (Opt<C> opt : options) {
      if (opt.names().contains(name)) {
        return opt;
      }
    }
    return null;
  }

  /**
   * Gives each parameter its arguments: at least its minimum, as many as it takes while the later
   * ones still get theirs. Too few arguments name the parameters left without theirs.
   */
  private void assign(List<String> positional, C target) {
    int needed = 0;
    for (Param<C> param : params) {
      needed += param.min();
    }
    if (positional.size() < needed) {
      List<String> missing = new ArrayList<>();
      int left = positional.size();
      for (Param<C> param : params) {
        if (left < param.min()) {
          missing.add("'" + param.label() + "'");
        }
        left = Math.max(0, left - param.min());
      }
      throw new UsageException("Missing required parameter" + (missing.size() > 1 ? "s: " : ": ")
          + String.join(", ", missing));
    }
    int next = 0;
    for (int p = 0; p < params.size(); p++) {
      Param<C> param = params.get(p);
      int later = 0;
      for (int q = p + 1; q < params.size(); q++) {
        later += params.get(q).min();
      }
      int available = positional.size() - next - later;
      int take = param.max() < 0 ? available : Math.min(available, param.max());
      param.set().accept(target, List.copyOf(positional.subList(next, next + take)));
      next += take;
    }
    if (next < positional.size()) {
      throw new UsageException("Unmatched argument at index " + next + ": '" + positional.get(next) + "'");
    }
  }
}
