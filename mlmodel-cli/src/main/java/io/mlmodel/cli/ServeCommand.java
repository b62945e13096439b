package io.mlmodel.cli;

import io.mlmodel.MLModelException;
import io.mlmodel.enforce.EnforcementOptions;
import io.mlmodel.server.ScoringServer;
import io.mlmodel.server.ServerConfig;
import io.mlmodel.server.ServerMain;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;

/**
 * {@code serve [NAME=]URI... [--host H] [--port P]}: the models behind MLflow's scoring protocol,
 * the V2 protocol, OpenAPI and metrics, until SIGTERM or Ctrl-C, which drain the requests in flight
 * (docs/server.md). Netty's leak detection is off, as in {@code ServerMain}, unless {@code
 * -Dio.netty.leakDetection.level} (in {@code MLMODEL_OPTS}) asks for it.
 */
final class ServeCommand implements CliCommand {
  static final CommandSpec<ServeCommand> SPEC = new CommandSpec<ServeCommand>("serve",
      "Serves models over MLflow's scoring protocol (/invocations), V2 (/v2/...), /openapi.json, /docs"
          + " and /metrics, until stopped (SIGTERM or Ctrl-C drain the requests in flight).",
      "The first model is also served at the root; every model under /models/NAME/.")
      .option(List.of("--host"), "HOST", "Address to bind (default 127.0.0.1).", (c, v) -> c.host = v)
      .option(List.of("--port", "-p"), "PORT", "Port (default 5000; 0 picks a free one).",
          (c, v) -> c.port = OptionValues.toInt("--port", v))
      .option(List.of("--workers"), "N", "Threads that run predictions (default: the number of cores).",
          (c, v) -> c.workers = OptionValues.toInt("--workers", v))
      .option(List.of("--timeout"), "SECONDS", "Request timeout (default MLFLOW_SCORING_SERVER_REQUEST_TIMEOUT,"
          + " else 60).", (c, v) -> c.timeout = OptionValues.toLong("--timeout", v))
      .option(List.of("--max-request-bytes"), "BYTES", "Largest request body; a larger one is answered 413.",
          (c, v) -> c.maxRequestBytes = OptionValues.toLong("--max-request-bytes", v))
      .option(List.of("--max-buffered-bytes"), "BYTES", "Most bytes of request bodies held at once across"
          + " connections; beyond, 503 (default: a quarter of the heap, docs/server.md).",
          (c, v) -> c.maxBufferedBytes = OptionValues.toLong("--max-buffered-bytes", v))
      .option(List.of("--max-connections"), "N", "Most connections open at once; one more is closed as it is"
          + " accepted (default 4096, docs/server.md).",
          (c, v) -> c.maxConnections = OptionValues.toInt("--max-connections", v))
      .flag("--no-access-log", "No access log lines (System.Logger, logger io.mlmodel.server).",
          (c, v) -> c.noAccessLog = v)
      .params("[NAME=]URI", 1, -1, "Model folder, MLmodel file or model URI; NAME defaults to the folder's name.",
          (c, v) -> c.models = v);

  List<String> models = List.of();
  String host = "127.0.0.1";
  int port = 5000;
  @Nullable Integer workers;
  @Nullable Long timeout;
  @Nullable Long maxRequestBytes;
  @Nullable Long maxBufferedBytes;
  @Nullable Integer maxConnections;
  boolean noAccessLog;

  @Override
  public int call(PrintWriter out, PrintWriter err) throws InterruptedException {
    ServerConfig config;
    try {
      config = config();
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return Main.USAGE;
    }
    // a server JVM, as ServerMain's: no leak-detection sampling on every request unless asked for
    ServerMain.disableLeakDetectionUnlessAsked();
    ScoringServer server;
    try {
      server = ScoringServer.start(config);
    } catch (MLModelException e) {
      err.println(CliMessages.error(e));
      return Main.FAILED;
    } catch (UncheckedIOException e) {
      err.println("error: " + CliMessages.cli(e.getMessage()));
      return Main.FAILED;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "mlmodel-shutdown"));
    out.println("serving " + String.join(", ", models) + " on " + server.uri());
    out.flush();
    stopped.await();
    return 0;
  }

  private ServerConfig config() {
    ServerConfig.Builder b = ServerConfig.builder().host(host).port(port).accessLog(!noAccessLog);
    for (String m : models) {
      int eq = m.indexOf('=');
      String name = eq > 0 ? m.substring(0, eq) : "";
      boolean named = eq > 0 && !name.contains(":") && !name.contains("/");
      String uri = named ? m.substring(eq + 1) : m;
      b.model(named ? name : defaultName(uri), uri);
    }
    if (workers != null) {
      b.workers(workers);
    }
    if (timeout != null) {
      b.requestTimeout(Duration.ofSeconds(timeout));
    }
    if (maxRequestBytes != null) {
      b.enforcement(EnforcementOptions.builder().maxRequestBytes(maxRequestBytes).build());
    }
    if (maxBufferedBytes != null) {
      b.maxBufferedBytes(maxBufferedBytes);
    }
    if (maxConnections != null) {
      b.maxConnections(maxConnections);
    }
    return b.build();
  }

  /** The last segment of a folder or URI: {@code models:/iris/1} serves as {@code 1}, so name URIs. */
  private static String defaultName(String uri) {
    String trimmed = uri.replaceAll("/+$", "");
    String last = trimmed.substring(trimmed.lastIndexOf('/') + 1).replace(":", "_");
    return last.isEmpty() ? "model" : last;
  }
}
