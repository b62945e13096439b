package io.mlmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command-line syntax every command shares: picocli's, read by {@link CommandSpec}. */
class CommandSpecTest {
  /** What a parse wrote, field by field. */
  static final class Target {
    boolean flag;
    String value = "unset";
    int port = -1;
    final List<String> codes = new ArrayList<>();
    List<String> first = List.of();
    List<String> rest = List.of();
  }

  private static CommandSpec<Target> spec() {
    return new CommandSpec<Target>("test", "A test command.")
        .flag("--flag", "A flag.", (t, v) -> t.flag = v)
        .option(List.of("--value"), "V", "A value.", (t, v) -> t.value = v)
        .option(List.of("--port", "-p"), "PORT", "A port.", (t, v) -> t.port = OptionValues.toInt("--port", v))
        .repeatable("--code", "C", "Codes.", (t, v) -> t.codes.add(v))
        .params("FIRST", 1, 1, "The first.", (t, v) -> t.first = v)
        .params("REST", 0, -1, "The rest.", (t, v) -> t.rest = v);
  }

  private static Target parse(String... args) {
    Target t = new Target();
    assertThat(spec().parse(args, 0, t)).isEqualTo(CommandSpec.Outcome.RUN);
    return t;
  }

  @Test
  void optionsTakeTheirValueFromTheNextWordOrAfterAnEqualsSign() {
    Target t = parse("--value", "a", "x", "--port=8080", "y", "--flag");
    assertThat(t.value).isEqualTo("a");
    assertThat(t.port).isEqualTo(8080);
    assertThat(t.flag).isTrue();
    assertThat(t.first).containsExactly("x");
    assertThat(t.rest).containsExactly("y");
  }

  @Test
  void aShortAliasTakesItsValueAttachedOrNext() {
    assertThat(parse("-p5000", "x").port).isEqualTo(5000);
    assertThat(parse("-p", "5001", "x").port).isEqualTo(5001);
    assertThat(parse("-p=5002", "x").port).isEqualTo(5002);
  }

  @Test
  void aValueMayStartWithADashAndADashAloneIsAParameter() {
    Target t = parse("--value", "-", "-", "z");
    assertThat(t.value).isEqualTo("-");
    assertThat(t.first).containsExactly("-");
    assertThat(t.rest).containsExactly("z");
  }

  @Test
  void doubleDashEndsTheOptions() {
    Target t = parse("x", "--", "--flag", "-p");
    assertThat(t.flag).isFalse();
    assertThat(t.rest).containsExactly("--flag", "-p");
  }

  @Test
  void aRepeatableOptionKeepsEveryValueInOrder() {
    assertThat(parse("--code", "b", "x", "--code=a").codes).containsExactly("b", "a");
  }

  @Test
  void helpAndVersionWinOverEverythingAfterThem() {
    assertThat(spec().parse(new String[] {"--help", "--no-such"}, 0, new Target())).isEqualTo(CommandSpec.Outcome.HELP);
    assertThat(spec().parse(new String[] {"x", "-V"}, 0, new Target())).isEqualTo(CommandSpec.Outcome.VERSION);
  }

  @Test
  void usageErrorsSayWhatIsWrongAsPicocliSaidIt() {
    assertUsage("Unknown option: '--nope'", "x", "--nope");
    assertUsage("Unknown option: '-q'", "x", "-q");
    assertUsage("option '--value' should be specified only once", "--value", "a", "--value", "b", "x");
    assertUsage("Missing required parameter for option '--value' (V)", "x", "--value");
    assertUsage("option '--flag' takes no value, got '--flag=yes'", "x", "--flag=yes");
    assertUsage("Invalid value for option '--port': 'http' is not an int", "x", "-p", "http");
    assertUsage("Missing required parameter: 'FIRST'");
  }

  @Test
  void missingParametersAreTheOnesLeftWithoutArguments() {
    CommandSpec<Target> two = new CommandSpec<Target>("two", "Two.")
        .params("URI", 1, 1, "", (t, v) -> t.first = v)
        .params("DIR", 1, 1, "", (t, v) -> t.rest = v);
    assertThatThrownBy(() -> two.parse(new String[] {"a"}, 0, new Target()))
        .isInstanceOf(UsageException.class).hasMessage("Missing required parameter: 'DIR'");
    assertThatThrownBy(() -> two.parse(new String[] {}, 0, new Target()))
        .isInstanceOf(UsageException.class).hasMessage("Missing required parameters: 'URI', 'DIR'");
    assertThatThrownBy(() -> two.parse(new String[] {"a", "b", "c"}, 0, new Target()))
        .isInstanceOf(UsageException.class).hasMessage("Unmatched argument at index 2: 'c'");
  }

  @Test
  void aRequiredOptionMustBeGiven() {
    CommandSpec<Target> s = new CommandSpec<Target>("req", "Req.")
        .required("--input", "FILE", "", (t, v) -> t.value = v);
    assertThatThrownBy(() -> s.parse(new String[] {}, 0, new Target()))
        .isInstanceOf(UsageException.class).hasMessage("Missing required option: '--input=FILE'");
  }

  @Test
  void helpShowsTheSynopsisDescriptionAndOneRowPerParameterAndOption() {
    String nl = System.lineSeparator();
    assertThat(Help.of(spec())).isEqualTo(String.join(nl,
        "Usage: mlmodel test [-hV] [--flag] [--value=V] [--port=PORT] [--code=C]... FIRST",
        "                    [REST...]",
        "A test command.",
        "      FIRST         The first.",
        "      REST...       The rest.",
        "      --flag        A flag.",
        "      --value=V     A value.",
        "  -p, --port=PORT   A port.",
        "      --code=C      Codes.",
        "  -h, --help        Show this help message and exit.",
        "  -V, --version     Print version information and exit.",
        ""));
  }

  private static void assertUsage(String message, String... args) {
    assertThatThrownBy(() -> spec().parse(args, 0, new Target()))
        .isInstanceOf(UsageException.class).hasMessage(message);
  }
}
