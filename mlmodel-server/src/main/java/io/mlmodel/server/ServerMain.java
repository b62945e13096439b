package io.mlmodel.server;

import io.mlmodel.MLModelException;
import io.mlmodel.enforce.EnforcementOptions;
import io.netty.util.ResourceLeakDetector;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * A command line for the server, until the {@code mlmodel serve} command of the CLI takes over
 * (and what that command does): {@code java io.mlmodel.server.ServerMain [NAME=]URI... [--host H]
 * [--port P] [--workers N] [--timeout SECONDS] [--max-request-bytes N]
 * [--no-access-log]}. A model without {@code NAME=} is named after the
 * last segment of its URI. SIGTERM (and Ctrl-C) closes the server gracefully. Exit code 1 when a
 * model cannot be loaded, 2 on a bad command line. Netty's buffer leak detection is off unless
 * {@code -Dio.netty.leakDetection.level} asks for it.
 */
public final class ServerMain {
  private ServerMain() {}

  /**
   * Runs the server until the JVM is asked to stop.
   *
   * @throws InterruptedException when the main thread is interrupted while it waits for the server to stop
   * @param args the command line
   */
  public static void main(String[] args) throws InterruptedException {
    ServerConfig.Builder b = ServerConfig.builder();
    boolean any = false;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--host" -> b.host(args[++i]);
          case "--port" -> b.port(Integer.parseInt(args[++i]));
          case "--workers" -> b.workers(Integer.parseInt(args[++i]));
          case "--timeout" -> b.requestTimeout(java.time.Duration.ofSeconds(Long.parseLong(args[++i])));
          case "--max-request-bytes" -> b.enforcement(io.mlmodel.enforce.EnforcementOptions.builder()
              .maxRequestBytes(Long.parseLong(args[++i])).build());
          case "--no-access-log" -> b.accessLog(false);
          default -> {
            String a = args[i];
            int eq = a.indexOf('=');
            boolean named = eq > 0 && !a.substring(0, eq).contains(":") && !a.substring(0, eq).contains("/");
            b.model(named ? a.substring(0, eq) : Path.of(a).getFileName().toString(), named ? a.substring(eq + 1) : a);
            any = true;
          }
        }
      }
      if (!any) {
        throw new IllegalArgumentException("no model given");
      }
    } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println("usage: ServerMain [NAME=]URI... [--host H] [--port P] [--workers N] [--timeout SECONDS]"
          + " [--max-request-bytes N] [--no-access-log]");
      System.exit(2);
    }
    if (System.getProperty("io.netty.leakDetection.level") == null
        && System.getProperty("io.netty.leakDetectionLevel") == null) {
      // Netty's default samples one buffer in 128 and records where it was made: a cost on every
      // request (about 1.5% of the event loops' CPU at batch 1) for a debugging aid
      ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.DISABLED);
    }
    ScoringServer server;
    try {
      server = ScoringServer.start(b.build());
    } catch (MLModelException | java.io.UncheckedIOException e) {
      System.err.println("error: " + e.getMessage());
      System.exit(1);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "mlmodel-shutdown"));
    System.out.println("listening on port " + server.port());
    stopped.await();
  }
}
