package io.mlmodel.cli;

import io.mlmodel.MLModelException;
import io.mlmodel.server.ScoringServer;
import io.mlmodel.server.ServerArguments;
import io.mlmodel.server.ServerConfig;
import io.mlmodel.server.ServerMain;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code serve [NAME=]URI... [--host HOST] [--port PORT] ...}: the models behind MLflow's scoring
 * protocol, the V2 protocol, OpenAPI and metrics, until SIGTERM or Ctrl-C, which drain the requests
 * in flight (docs/server.md). Its options are the server's own ({@link ServerArguments}), the ones
 * {@code ServerMain} takes, declared here for parsing and help and handed to the server's parser. Netty's leak detection is off, as in {@code ServerMain}, unless {@code
 * -Dio.netty.leakDetection.level} (in {@code MLMODEL_OPTS}) asks for it.
 */
final class ServeCommand implements CliCommand {
  static final CommandSpec<ServeCommand> SPEC = serverOptions(new CommandSpec<ServeCommand>("serve",
      "Serves models over MLflow's scoring protocol (/invocations), V2 (/v2/...), /openapi.json, /docs"
          + " and /metrics, until stopped (SIGTERM or Ctrl-C drain the requests in flight).",
      "The first model is also served at the root; every model under /models/NAME/."))
      .params("[NAME=]URI", 1, -1, "Model folder, MLmodel file or model URI; NAME defaults to the folder's name.",
          (c, v) -> c.models = v);

  List<String> models = List.of();
  /** The options given, as the server's own parser takes them (ServerArguments): name, then value. */
  final List<String> options = new ArrayList<>();

  /** The server's options (ServerArguments), declared for this command's parsing and help. */
  private static CommandSpec<ServeCommand> serverOptions(CommandSpec<ServeCommand> spec) {
    for (ServerArguments.Option o : ServerArguments.options()) {
      String name = o.names().get(0);
      if (o.label() == null) {
        spec.flag(name, o.description(), (c, v) -> {
          if (v) {
            c.options.add(name);
          }
        });
      } else {
        spec.option(o.names(), o.label(), o.description(), (c, v) -> c.options.addAll(List.of(name, v)));
      }
    }
    return spec;
  }

  @Override
  public int call(PrintWriter out, PrintWriter err) throws InterruptedException {
    ServerConfig config;
    try {
      config = config();
    } catch (IllegalArgumentException e) {
      err.println(CliMessages.oneLine("error: " + e.getMessage()));
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
      err.println(CliMessages.oneLine("error: " + CliMessages.cli(e.getMessage())));
      return Main.FAILED;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "mlmodel-shutdown"));
    out.println(CliMessages.oneLine("serving " + String.join(", ", models) + " on " + server.uri()));
    out.flush();
    stopped.await();
    return 0;
  }

  private ServerConfig config() {
    List<String> args = new ArrayList<>(models);
    args.addAll(options);
    return ServerArguments.parse(args);
  }
}
