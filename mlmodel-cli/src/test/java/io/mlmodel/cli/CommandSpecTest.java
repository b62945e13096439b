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
    assertUsage("option '--value' (V) should be specified only once", "--value", "a", "--value", "b", "x");
    assertUsage("option '--flag' should be specified only once", "--flag", "x", "--flag");
    assertUsage("Missing required parameter for option '--value' (V)", "x", "--value");
    assertUsage("Invalid value for option '--port': 'http' is not an int", "x", "-p", "http");
    assertUsage("Missing required parameter: 'FIRST'");
  }

  @Test
  void shortOptionsClusterAsWithPicocli() { // regression: -hV and -Vh were unknown options
    assertThat(outcome("-hV")).isEqualTo(CommandSpec.Outcome.HELP);
    assertThat(outcome("-Vh")).isEqualTo(CommandSpec.Outcome.HELP);
    assertThat(outcome("x", "-Vp5000")).isEqualTo(CommandSpec.Outcome.VERSION);
    assertThat(outcome("-hx")).as("help despite the unknown x after it").isEqualTo(CommandSpec.Outcome.HELP);
    assertUsage("Unknown option: '-xh'", "-xh");
  }

  @Test
  void helpWinsOverVersionAndOverUsageErrorsAnywhereAmongTheOptions() { // regression: --nope --help was an error
    assertThat(outcome("--nope", "--help")).isEqualTo(CommandSpec.Outcome.HELP);
    assertThat(outcome("-p", "http", "-h")).isEqualTo(CommandSpec.Outcome.HELP);
    assertThat(outcome("-V", "--help")).isEqualTo(CommandSpec.Outcome.HELP);
    assertThat(outcome("--value", "a", "--value", "b", "-V")).isEqualTo(CommandSpec.Outcome.VERSION);
    assertThat(outcome("x", "--", "-h")).isEqualTo(CommandSpec.Outcome.RUN);
  }

  @Test
  void aFlagTakesAnAttachedTrueOrFalse() { // regression: --json=true, which picocli accepted, was refused
    assertThat(parse("--flag=true", "x").flag).isTrue();
    assertThat(parse("--flag=FALSE", "x").flag).isFalse();
    assertUsage("Invalid value for option '--flag': 'yes' is not a boolean", "--flag=yes", "x");
    assertUsage("Invalid value for option '--flag': '' is not a boolean", "--flag=", "x");
  }

  @Test
  void anOptionsValueThatIsAnOptionIsRefused() { // regression: --host --port 8080 took --port as the host
    assertUsage("Expected parameter for option '--value' but found '--flag'", "--value", "--flag", "x");
    assertUsage("Expected parameter for option '--value' but found '-p5000'", "--value", "-p5000", "x");
    assertUsage("Expected parameter for option '--value' but found '--port=1'", "--value", "--port=1", "x");
    assertUsage("Expected parameter for option '--value' but found '--'", "--value", "--", "x");
    assertUsage("Expected parameter for option '--value' but found '-h'", "--value", "-h", "x");
    assertThat(parse("--value", "--other", "x").value).as("not an option of this command").isEqualTo("--other");
    assertThat(parse("--value=--flag", "x").value).as("attached, so meant").isEqualTo("--flag");
  }

  @Test
  void aNegativeNumberIsAParameterOrAValue() { // regression: inspect -1 was an unknown option
    Target t = parse("-1", "-2.5", "-p", "-3");
    assertThat(t.first).containsExactly("-1");
    assertThat(t.rest).containsExactly("-2.5");
    assertThat(t.port).isEqualTo(-3);
  }

  @Test
  void unmatchedArgumentsAreNamedByTheirIndexOnTheCommandLine() { // regression: the index among parameters only
    CommandSpec<Target> one = new CommandSpec<Target>("one", "One.")
        .flag("--flag", "", (t, v) -> t.flag = v)
        .params("FIRST", 1, 1, "", (t, v) -> t.first = v);
    assertThatThrownBy(() -> one.parse(new String[] {"one", "a", "--flag", "b"}, 1, new Target()))
        .isInstanceOf(UsageException.class).hasMessage("Unmatched argument at index 3: 'b'");
    assertThatThrownBy(() -> one.parse(new String[] {"one", "--flag", "a", "b", "c"}, 1, new Target()))
        .isInstanceOf(UsageException.class).hasMessage("Unmatched arguments from index 3: 'b', 'c'");
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

  private static CommandSpec.Outcome outcome(String... args) {
    return spec().parse(args, 0, new Target());
  }

  private static void assertUsage(String message, String... args) {
    assertThatThrownBy(() -> spec().parse(args, 0, new Target()))
        .isInstanceOf(UsageException.class).hasMessage(message);
  }
}
