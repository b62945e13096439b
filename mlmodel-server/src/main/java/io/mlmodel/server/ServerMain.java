package io.mlmodel.server;

import io.mlmodel.MLModelException;
import io.netty.util.ResourceLeakDetector;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * A command line for the server on the module's class path, what the CLI's {@code mlmodel serve}
 * does: {@code java io.mlmodel.server.ServerMain [NAME=]URI... [--host HOST] [--port PORT]
 * [--workers N] [--timeout SECONDS] [--max-request-bytes BYTES] [--max-buffered-bytes BYTES]
 * [--max-connections N] [--no-access-log]}, parsed by {@link ServerArguments}. A model without
 * {@code NAME=} is named after the last segment of its URI. SIGTERM (and Ctrl-C) closes the
 * server gracefully. Exit code 1 when a model cannot be loaded, 2 on a bad command line. Netty's
 * buffer leak detection is off unless {@code -Dio.netty.leakDetection.level} asks for it ({@link
 * #disableLeakDetectionUnlessAsked()}).
 */
public final class ServerMain {
  private static final String LEAK_LEVEL = "io.netty.leakDetection.level";

  private ServerMain() {}

  /**
   * Runs the server until the JVM is asked to stop.
   *
   * @throws InterruptedException when the main thread is interrupted while it waits for the server to stop
   * @param args the command line
   */
  public static void main(String[] args) throws InterruptedException {
    ServerConfig config;
    try {
      // the builder reads MLFLOW_SCORING_SERVER_REQUEST_TIMEOUT, which may be bad too
      config = ServerArguments.parse(List.of(args));
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println(usage());
      System.exit(2);
      return;
    }
    disableLeakDetectionUnlessAsked();
    ScoringServer server;
    try {
      server = ScoringServer.start(config);
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

  /** {@code usage: ServerMain [NAME=]URI... [--host HOST] ...}, from {@link ServerArguments#options()}. */
  static String usage() {
    StringBuilder b = new StringBuilder("usage: ServerMain [NAME=]URI...");
    for (ServerArguments.Option o : ServerArguments.options()) {
      b.append(" [").append(o.names().get(0)).append(o.label() == null ? "" : " " + o.label()).append(']');
    }
    return b.toString();
  }

  /**
   * What a program that runs a server JVM does before it starts the server, as this class and the
   * CLI's {@code mlmodel serve} do: turns Netty's buffer leak detection off for the whole JVM,
   * unless {@code -Dio.netty.leakDetection.level} (or Netty's older {@code
   * io.netty.leakDetectionLevel}) asks for a level. Netty's default samples one buffer in 128 and
   * records where it was made, a cost on every request (about 1.5% of the event loops' CPU at batch
   * 1) for a debugging aid. The setting is global, so an application that embeds the server beside
   * Netty code of its own decides for itself and need not call this. Sets {@code
   * io.netty.leakDetection.level} to {@code disabled}, so that tools that list the JVM's properties
   * show the choice. Thread-safe; calling it again changes nothing.
   *
   * <pre>{@code
   * ServerMain.disableLeakDetectionUnlessAsked();
   * ScoringServer server = ScoringServer.start(config);
   * }</pre>
   *
   * @return true when it turned leak detection off, false when a system property had chosen a level
   */
  public static boolean disableLeakDetectionUnlessAsked() {
    synchronized (ServerMain.class) {
      if (System.getProperty(LEAK_LEVEL) != null || System.getProperty("io.netty.leakDetectionLevel") != null) {
        return false;
      }
      System.setProperty(LEAK_LEVEL, "disabled");
    }
    ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.DISABLED);
    return true;
  }
}
