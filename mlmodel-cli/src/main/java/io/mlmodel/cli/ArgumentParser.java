package io.mlmodel.cli;

import io.mlmodel.cli.CommandSpec.Opt;
import io.mlmodel.cli.CommandSpec.Outcome;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One parse of a command line against a {@link CommandSpec}, with picocli's rules: {@code --name
 * value}, {@code --name=value}, clustered short options ({@code -hV}, {@code -p5000}, {@code
 * -p=5000}), {@code --} to end the options, a negative number as a parameter, a flag's optional
 * {@code =true}/{@code =false}, and an option's value that is itself an option refused. The words
 * are read first and the values written only after: {@code -h} or {@code -V} anywhere among the
 * options wins over any usage error, help over version.
 *
 * @param <C> the command object the values are written into
 */
final class ArgumentParser<C> {
  private final CommandSpec<C> spec;
  private final String[] args;
  private final List<Map.Entry<Opt<C>, String>> given = new ArrayList<>();
  private final List<Integer> positional = new ArrayList<>();
  private final Set<Opt<C>> seen = new HashSet<>();
  private boolean help;
  private boolean version;
  private @Nullable UsageException problem;

  ArgumentParser(CommandSpec<C> spec, String[] args) {
    this.spec = spec;
    this.args = args;
  }

  Outcome parse(int from, C target) {
    boolean options = true;
    for (int i = from; i < args.length; i++) {
      String arg = args[i];
      if (!options || !arg.startsWith("-") || arg.equals("-") || OptionValues.isNumber(arg)) {
        positional.add(i);
      } else if (arg.equals("--")) {
        options = false;
      } else {
        i = arg.startsWith("--") ? longOption(i) : shortOptions(i);
      }
    }
    if (help || version) {
      return help ? Outcome.HELP : Outcome.VERSION;
    }
    if (problem != null) {
      throw problem;
    }
    given.forEach(g -> g.getKey().set().accept(target, g.getValue()));
    spec.assign(args, positional, target);
    for (Opt<C> opt : spec.options) {
      if (opt.required() && !seen.contains(opt)) {
        throw new UsageException("Missing required option: '" + opt.names().get(0) + "=" + opt.label() + "'");
      }
    }
    return Outcome.RUN;
  }

  /** {@code --name} or {@code --name=value} at {@code i}; returns the index of the last word used. */
  private int longOption(int i) {
    String arg = args[i];
    int eq = arg.indexOf('=');
    String name = eq > 2 ? arg.substring(0, eq) : arg;
    @Nullable String attached = eq > 2 ? arg.substring(eq + 1) : null;
    if (name.equals("--help") || name.equals("--version")) {
      boolean on = flagValue(name, attached);
      help |= on && name.equals("--help");
      version |= on && name.equals("--version");
      return i;
    }
    Opt<C> opt = spec.find(name);
    if (opt == null) {
      fail("Unknown option: '" + arg + "'");
      return i;
    }
    return take(opt, attached, i);
  }

  /** {@code -hV}, {@code -p5000}, {@code -p=5000}, {@code -p 5000} at {@code i}. */
  private int shortOptions(int i) {
    String arg = args[i];
    for (int k = 1; k < arg.length(); k++) {
      char c = arg.charAt(k);
      if (c == 'h' || c == 'V') {
        help |= c == 'h';
        version |= c == 'V';
        continue;
      }
      Opt<C> opt = spec.find("-" + c);
      if (opt == null) {
        fail("Unknown option: '" + arg + "'");
        return i;
      } else if (opt.label() == null) {
        take(opt, null, i);
      } else {
        String rest = arg.substring(k + 1);
        return take(opt, rest.isEmpty() ? null : rest.startsWith("=") ? rest.substring(1) : rest, i);
      }
    }
    return i;
  }

  /** Records {@code opt}'s value, attached or the next word; returns the index of the last word used. */
  private int take(Opt<C> opt, @Nullable String attached, int i) {
    String name = opt.names().get(0);
    if (!seen.add(opt) && !opt.repeatable()) {
      fail("option '" + name + "'" + (opt.label() == null ? "" : " (" + opt.label() + ")")
          + " should be specified only once");
    }
    if (opt.label() == null) {
      given.add(Map.entry(opt, String.valueOf(flagValue(name, attached))));
      return i;
    }
    String value = attached;
    if (value == null) {
      if (i + 1 >= args.length) {
        fail("Missing required parameter for option '" + name + "' (" + opt.label() + ")");
        return i;
      }
      if (isOption(args[i + 1])) { // refused, and not read as an option either: --name -h is no call for help
        fail("Expected parameter for option '" + name + "' but found '" + args[i + 1] + "'");
        return i + 1;
      }
      value = args[++i];
    }
    given.add(Map.entry(opt, value));
    return i;
  }

  /** A flag's value: true alone, else {@code true} or {@code false} in any case after {@code =}. */
  private boolean flagValue(String name, @Nullable String attached) {
    try {
      return attached == null || OptionValues.toBoolean(name, attached);
    } catch (UsageException e) {
      fail(e.getMessage());
      return false;
    }
  }

  /** Whether a word following an option that needs a value is an option instead (picocli's test). */
  private boolean isOption(String word) {
    int eq = word.indexOf('=');
    String name = eq > 0 ? word.substring(0, eq) : word;
    return word.equals("--") || isStandard(name) || spec.find(name) != null
        || word.length() > 2 && word.charAt(0) == '-' && word.charAt(1) != '-'
            && (isStandard(word.substring(0, 2)) || spec.find(word.substring(0, 2)) != null);
  }

  private static boolean isStandard(String name) {
    return name.equals("-h") || name.equals("--help") || name.equals("-V") || name.equals("--version");
  }

  private void fail(String message) {
    if (problem == null) {
      problem = new UsageException(message);
    }
  }
}
