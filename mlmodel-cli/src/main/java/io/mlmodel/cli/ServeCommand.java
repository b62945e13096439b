package io.mlmodel.cli;

import io.mlmodel.MLModelException;
import io.mlmodel.enforce.EnforcementOptions;
import io.mlmodel.server.ScoringServer;
import io.mlmodel.server.ServerConfig;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code serve [NAME=]URI... [--host H] [--port P]}: the models behind MLflow's scoring protocol,
 * the V2 protocol, OpenAPI and metrics, until SIGTERM or Ctrl-C, which drain the requests in flight
 * (docs/server.md).
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {"Serves models over MLflow's scoring protocol (/invocations), V2 (/v2/...), /openapi.json, /docs"
        + " and /metrics, until stopped (SIGTERM or Ctrl-C drain the requests in flight).",
        "The first model is also served at the root; every model under /models/NAME/."})
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "[NAME=]URI", arity = "1..*",
      description = "Model folder, MLmodel file or model URI; NAME defaults to the folder's name.")
  List<String> models = List.of();

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default ${DEFAULT-VALUE}).")
  String host = "127.0.0.1";

  @Option(names = {"--port", "-p"}, defaultValue = "5000", description = "Port (default ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = 5000;

  @Option(names = "--workers", description = "Threads that run predictions (default: the number of cores).")
  @Nullable Integer workers;

  @Option(names = "--timeout", paramLabel = "SECONDS",
      description = "Request timeout (default MLFLOW_SCORING_SERVER_REQUEST_TIMEOUT, else 60).")
  @Nullable Long timeout;

  @Option(names = "--max-request-bytes", description = "Largest request body; a larger one is answered 413.")
  @Nullable Long maxRequestBytes;

  @Option(names = "--no-access-log", description = "No access log lines (System.Logger, logger io.mlmodel.server).")
  boolean noAccessLog;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    ServerConfig config;
    try {
      config = config();
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return Main.USAGE;
    }
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
    PrintWriter out = spec.commandLine().getOut();
    out.println("serving " + String.join(", ", models) + " on http://" + host + ":" + server.port());
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
    return b.build();
  }

  /** The last segment of a folder or URI: {@code models:/iris/1} serves as {@code 1}, so name URIs. */
  private static String defaultName(String uri) {
    String trimmed = uri.replaceAll("/+$", "");
    String last = trimmed.substring(trimmed.lastIndexOf('/') + 1).replace(":", "_");
    return last.isEmpty() ? "model" : last;
  }
}
