package io.mlmodel.server;

import io.mlmodel.enforce.EnforcementOptions;
import java.time.Duration;
import java.util.List;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The server's command-line options, one definition for every command that starts a server
 * ({@link ServerMain} and the CLI's {@code mlmodel serve}), so that both accept the same options,
 * spell the same errors and name models alike. Each option maps onto one {@link ServerConfig.Builder}
 * method (docs/server.md, "The command line"). Stateless and thread-safe.
 *
 * <pre>{@code
 * ServerConfig config = ServerArguments.parse(List.of("linear=testdata/onnx/external_data", "--port", "0"));
 * }</pre>
 */
public final class ServerArguments {
  /**
   * One option: its names ({@code --port}, {@code -p}), the label of its value in help texts, or
   * null for a flag, and what it sets.
   *
   * @param names the option's names, the long one first
   * @param label the value's label ({@code PORT}), or null when the option takes no value
   * @param description one sentence for the help text
   */
  public record Option(List<String> names, @Nullable String label, String description) {}

  private record Definition(Option option, BiConsumer<ServerConfig.Builder, String> set) {}

  private static final List<Definition> OPTIONS = List.of(
      define(List.of("--host"), "HOST", "Address to bind (default 127.0.0.1).", ServerConfig.Builder::host),
      define(List.of("--port", "-p"), "PORT", "Port (default 5000; 0 picks a free one).",
          (b, v) -> b.port(toInt("--port", v))),
      define(List.of("--workers"), "N", "Threads that run predictions (default: the number of cores).",
          (b, v) -> b.workers(toInt("--workers", v))),
      define(List.of("--timeout"), "SECONDS", "Request timeout (default MLFLOW_SCORING_SERVER_REQUEST_TIMEOUT, else 60).",
          (b, v) -> b.requestTimeout(Duration.ofSeconds(toLong("--timeout", v)))),
      define(List.of("--max-request-bytes"), "BYTES", "Largest request body; a larger one is answered 413.",
          (b, v) -> b.enforcement(EnforcementOptions.builder().maxRequestBytes(toLong("--max-request-bytes", v)).build())),
      define(List.of("--max-buffered-bytes"), "BYTES", "Most bytes of request bodies held at once across connections;"
          + " beyond, 503 (default: a quarter of the heap, docs/server.md).",
          (b, v) -> b.maxBufferedBytes(toLong("--max-buffered-bytes", v))),
      define(List.of("--max-connections"), "N", "Most connections open at once; one more is closed as it is accepted"
          + " (default 4096, docs/server.md).", (b, v) -> b.maxConnections(toInt("--max-connections", v))),
      define(List.of("--no-access-log"), null, "No access log lines (System.Logger, logger io.mlmodel.server.access).",
          (b, v) -> b.accessLog(false)));

  private ServerArguments() {}

  /**
   * Every option, in the order help texts list them.
   *
   * @return the options; unmodifiable
   */
  public static List<Option> options() {
    return OPTIONS.stream().map(Definition::option).toList();
  }

  /**
   * The settings of a whole command line: {@code [NAME=]URI...} and the {@link #options()} in any
   * order. A model without {@code NAME=} (where the part before {@code =} holds no {@code :} or
   * {@code /}) is named after the last segment of its URI.
   *
   * @param args the command line
   * @return the settings, with the defaults for what is not given
   * @throws IllegalArgumentException naming what is wrong: an unknown option, an option without its
   *     value, a value that is no number or out of range, no model, a bad model name, a bad {@code
   *     MLFLOW_SCORING_SERVER_REQUEST_TIMEOUT}, or settings that contradict each other
   */
  public static ServerConfig parse(List<String> args) {
    ServerConfig.Builder b = ServerConfig.builder();
    boolean any = false;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      Definition d = OPTIONS.stream().filter(o -> o.option().names().contains(a)).findFirst().orElse(null);
      if (d != null) {
        if (d.option().label() != null && i + 1 == args.size()) {
          throw new IllegalArgumentException(a + " needs a value");
        }
        d.set().accept(b, d.option().label() == null ? "" : args.get(++i));
      } else if (a.startsWith("-") && a.length() > 1) {
        throw new IllegalArgumentException("unknown option '" + a + "'");
      } else {
        model(b, a);
        any = true;
      }
    }
    if (!any) {
      throw new IllegalArgumentException("no model given");
    }
    return b.build();
  }

  /** Adds the model of a {@code [NAME=]URI} argument. */
  private static void model(ServerConfig.Builder b, String argument) {
    int eq = argument.indexOf('=');
    String prefix = eq > 0 ? argument.substring(0, eq) : "";
    if (eq > 0 && !prefix.contains(":") && !prefix.contains("/")) {
      b.model(prefix, argument.substring(eq + 1));
      return;
    }
    String trimmed = argument.replaceAll("/+$", "");
    String last = trimmed.substring(trimmed.lastIndexOf('/') + 1).replace(":", "_");
    if (last.isEmpty()) {
      throw new IllegalArgumentException("'" + argument + "' has no last segment to name the model by: give NAME="
          + argument);
    }
    b.model(last, argument);
  }

  private static Definition define(List<String> names, @Nullable String label, String description,
      BiConsumer<ServerConfig.Builder, String> set) {
    return new Definition(new Option(names, label, description), set);
  }

  private static int toInt(String option, String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Invalid value for option '" + option + "': '" + value + "' is not an int");
    }
  }

  private static long toLong(String option, String value) {
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Invalid value for option '" + option + "': '" + value + "' is not a long");
    }
  }
}
