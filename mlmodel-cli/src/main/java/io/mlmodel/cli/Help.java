package io.mlmodel.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The help text of a command, or of the tool, laid out as picocli lays it out: a synopsis line,
 * the description, then one row per parameter and option with its description wrapped at 80
 * columns.
 */
final class Help {
  private static final String NL = System.lineSeparator();
  private static final int WIDTH = 80;
  private static final String[][] STANDARD = {
      {"-h, --help", "Show this help message and exit."},
      {"-V, --version", "Print version information and exit."}};

  private Help() {}

  /** The help of one command. */
  static String of(CommandSpec<?> spec) {
    StringBuilder synopsis = new StringBuilder("Usage: mlmodel " + spec.name + " [-hV]");
    List<String[]> rows = new ArrayList<>();
    for (CommandSpec.Opt<?> o : spec.options) {
      String first = o.names().get(0);
      String word = o.label() == null ? first : first + "=" + o.label();
      synopsis.append(' ').append(o.required() ? word : "[" + word + "]").append(o.repeatable() ? "..." : "");
    }
    for (CommandSpec.Param<?> p : spec.params) {
      String word = p.label() + (p.max() < 0 || p.max() > 1 ? "..." : "");
      synopsis.append(' ').append(p.min() == 0 ? "[" + word + "]" : word);
      rows.add(new String[] {"    " + word, p.description()});
    }
    for (CommandSpec.Opt<?> o : spec.options) {
      String first = o.names().get(0);
      String names = o.names().size() > 1 ? o.names().get(1) + ", " + first : "    " + first;
      rows.add(new String[] {names + (o.label() == null ? "" : "=" + o.label()), o.description()});
    }
    for (String[] s : STANDARD) {
      rows.add(s);
    }
    StringBuilder b = new StringBuilder();
    int cut = synopsis.indexOf(" [-hV]") + 1;
    b.append(synopsis, 0, cut);
    wrap(b, synopsis.substring(cut), cut);
    for (String line : spec.description) {
      wrap(b, line, 0);
    }
    return b.append(table(rows, "  ")).toString();
  }

  /** The tool's help: its options and its commands. */
  static String ofTool(Map<String, CommandSpec<?>> commands) {
    List<String[]> rows = new ArrayList<>();
    commands.forEach((name, spec) -> rows.add(new String[] {name, spec.description.get(0)}));
    return "Usage: mlmodel [-hV] [COMMAND]" + NL
        + "Reads, validates, formats and runs MLflow model folders." + NL
        + table(List.of(STANDARD), "  ")
        + "Commands:" + NL + table(rows, "  ");
  }

  private static String table(List<String[]> rows, String indent) {
    int left = 0;
    for (String[] r : rows) {
      left = Math.max(left, r[0].length());
    }
    int column = indent.length() + left + 3;
    StringBuilder b = new StringBuilder();
    for (String[] r : rows) {
      b.append(indent).append(r[0]).append(" ".repeat(column - indent.length() - r[0].length()));
      wrap(b, r[1], column);
    }
    return b.toString();
  }

  /** Appends {@code text} from {@code column} on (the cursor is there), breaking at spaces before {@link #WIDTH}. */
  private static void wrap(StringBuilder b, String text, int column) {
    int room = Math.max(40, WIDTH - column);
    String rest = text;
    while (rest.length() > room) {
      int cut = rest.lastIndexOf(' ', room);
      if (cut <= 0) {
        cut = room;
      }
      b.append(rest, 0, cut).append(NL).append(" ".repeat(column));
      rest = rest.substring(cut).stripLeading();
    }
    b.append(rest).append(NL);
  }
}
