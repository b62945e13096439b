package io.mlmodel.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * What one command accepts: its options and positional parameters, each with its help text and
 * where its value goes in a command object {@code C}. {@link #parse} reads a command line into such
 * an object; {@link Help} prints the same table as help.
 *
 * <p>Hand-written rather than picocli's annotations: picocli reflects over the annotations and
 * builds annotation proxies and converters at every start, which was about half of the CLI's
 * start-up time (docs/performance-history.md, "Where the time goes, and what changed"). The syntax
 * and the usage messages are picocli's, so the command line reads as before: {@code --name value},
 * {@code --name=value}, {@code -p 5000}, {@code -p5000}, {@code --} to end the options,
 * {@code -h}/{@code --help} and {@code -V}/{@code --version} on every command.
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

  /**
   * A flag, such as {@code --json}: present or not. As with picocli, {@code --json=true} and
   * {@code --json=false} (any case) set it explicitly.
   */
  CommandSpec<C> flag(String name, String description, BiConsumer<C, Boolean> set) {
    options.add(new Opt<>(List.of(name), null, description, false, false,
        (c, v) -> set.accept(c, Boolean.parseBoolean(v))));
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
   * Reads {@code args} from index {@code from} into {@code target}. Help and version win over any
   * usage error on the same line, as with picocli.
   *
   * @return whether to run the command or only print its help or version
   * @throws UsageException for an unknown option, a missing or repeated one, a missing value or
   *     parameter, a parameter too many, or a value the option's converter refuses
   */
  Outcome parse(String[] args, int from, C target) {
    return new ArgumentParser<>(this, args).parse(from, target);
  }

  /** The option one of whose names is {@code name}; null when there is none. */
  @Nullable Opt<C> find(String name) {
    for (Opt<C> opt : options) {
      if (opt.names().contains(name)) {
        return opt;
      }
    }
    return null;
  }

  /**
   * Gives each parameter its words, {@code args} at the indices {@code at}: at least its minimum,
   * as many as it takes while the later ones still get theirs. Too few words name the parameters
   * left without theirs; a word too many is named with its index on the command line.
   */
  void assign(String[] args, List<Integer> at, C target) {
    int needed = 0;
    for (Param<C> param : params) {
      needed += param.min();
    }
    if (at.size() < needed) {
      List<String> missing = new ArrayList<>();
      int left = at.size();
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
      int available = at.size() - next - later;
      int take = param.max() < 0 ? available : Math.min(available, param.max());
      List<String> words = new ArrayList<>();
      for (int index : at.subList(next, next + take)) {
        words.add(args[index]);
      }
      param.set().accept(target, List.copyOf(words));
      next += take;
    }
    if (next < at.size()) {
      List<String> extra = new ArrayList<>();
      for (int index : at.subList(next, at.size())) {
        extra.add("'" + args[index] + "'");
      }
      throw new UsageException((extra.size() == 1 ? "Unmatched argument at index " : "Unmatched arguments from index ")
          + at.get(next) + ": " + String.join(", ", extra));
    }
  }
}
