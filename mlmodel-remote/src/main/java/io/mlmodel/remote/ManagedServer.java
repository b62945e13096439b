package io.mlmodel.remote;

import io.mlmodel.Location;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * An {@code mlflow models serve -m DIR --env-manager local} child process on a free 127.0.0.1 port,
 * in its own process group ({@code setsid}), its output sent to System.Logger. It is ready once
 * {@code /ping} answers 200; when it dies it is started again after a backoff, at most {@link
 * RemoteOptions#maxRestarts()} times; {@link #close()} (and JVM exit) ends its whole group.
 * Internal; thread-safe.
 */
final class ManagedServer implements Transport.Target, AutoCloseable {
  private static final System.Logger LOG = System.getLogger("io.mlmodel.remote.mlflow");
  private static final Set<ManagedServer> LIVE = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> List.copyOf(LIVE).forEach(ManagedServer::close),
        "mlmodel-remote-shutdown"));
  }

  private enum State { STARTING, READY, RESTARTING, FAILED, CLOSED }

  private final Path dir;
  private final List<String> command;
  private final RemoteOptions options;
  private final Location location;
  private final ServerOutput output;
  private State state = State.STARTING;
  private @Nullable Process process;
  private int port;
  private int restarts;
  private String failure = "";

  private ManagedServer(Path dir, List<String> command, RemoteOptions options, Location location) {
    this.dir = dir;
    this.command = List.copyOf(command);
    this.options = options;
    this.location = location;
    this.output = new ServerOutput(LOG, dir.getFileName() == null ? dir.toString() : dir.getFileName().toString());
  }

  /** Starts the server and waits until it answers {@code /ping}; throws {@code endpoint-down} otherwise. */
  static ManagedServer start(Path dir, List<String> command, RemoteOptions options, Location location) {
    ManagedServer s = new ManagedServer(dir, command, options, location);
    LIVE.add(s);
    try {
      s.launch();
    } catch (RuntimeException e) {
      s.close();
      throw e;
    }
    return s;
  }

  private void launch() {
    int p = MlflowCommand.freePort();
    List<String> cmd = new ArrayList<>(MlflowCommand.serve(absolute(command), dir.toAbsolutePath(), p, options.workers()));
    Process proc;
    try {
      // MLflow makes an mlruns/ folder in its working directory: the temporary folder, never the
      // service's own folder.
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
          .directory(new File(System.getProperty("java.io.tmpdir")));
      pb.environment().put("PYTHONUNBUFFERED", "1");
      proc = pb.start();
    } catch (IOException e) {
      throw down("cannot run " + String.join(" ", cmd) + " (" + e.getMessage() + ")", e);
    }
    synchronized (this) {
      if (state == State.CLOSED) {
        ProcessGroup.stop(proc.pid(), 0);
        throw down("closed while starting", null);
      }
      process = proc;
      port = p;
    }
    output.pump(proc);
    LOG.log(System.Logger.Level.INFO, "started MLflow scoring server for {0} (pid {1}, port {2})", dir,
        Long.toString(proc.pid()), Integer.toString(p));
    new Ping(p, options).await(proc, () -> down("the MLflow scoring server for " + dir + " exited with code "
        + proc.exitValue() + " before answering /ping; its last output:\n" + output.tailAfterExit(), null),
        () -> down("the MLflow scoring server for " + dir + " did not answer /ping within "
            + options.startTimeout().toSeconds() + " s (RemoteOptions.startTimeout); its last output:\n"
            + output.tail(), null), this::interrupted);
    synchronized (this) {
      if (state == State.CLOSED) {
        throw down("closed while starting", null);
      }
      state = State.READY;
      notifyAll();
    }
    proc.onExit().thenRun(() -> died(proc));
  }

  private void died(Process proc) {
    synchronized (this) {
      if (proc != process || state == State.CLOSED) {
        return;
      }
      state = State.RESTARTING;
      notifyAll();
    }
    LOG.log(System.Logger.Level.WARNING, "the MLflow scoring server for {0} (pid {1}) exited with code {2}", dir,
        Long.toString(proc.pid()), proc.exitValue());
    ProcessGroup.stop(proc.pid(), 2000); // gunicorn may outlive the mlflow process
    Thread t = new Thread(this::restartLoop, "mlmodel-remote-restart");
    t.setDaemon(true);
    t.start();
  }

  private void restartLoop() {
    while (true) {
      long delay;
      synchronized (this) {
        if (state == State.CLOSED) {
          return;
        }
        if (restarts >= options.maxRestarts()) {
          state = State.FAILED;
          failure = "the MLflow scoring server for " + dir + " died and was restarted " + restarts + " times, the most"
              + " RemoteOptions.maxRestarts allows; its last output:\n" + output.tail();
          notifyAll();
          return;
        }
        restarts++;
        delay = Math.min(30_000, 500L << (restarts - 1));
      }
      try {
        Thread.sleep(delay);
        launch();
        LOG.log(System.Logger.Level.INFO, "restarted the MLflow scoring server for {0} (restart {1} of {2})", dir,
            restarts, options.maxRestarts());
        return;
      } catch (EndpointException e) {
        LOG.log(System.Logger.Level.WARNING, e.getMessage());
        Process p;
        synchronized (this) {
          p = process;
        }
        if (p != null) {
          ProcessGroup.stop(p.pid(), 0);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** The URL of {@code /invocations}, waiting while the server (re)starts. */
  @Override
  public synchronized URI invocations() {
    long deadline = System.nanoTime() + options.startTimeout().toNanos();
    while (state == State.STARTING || state == State.RESTARTING) {
      long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
      if (left <= 0) {
        throw down("the MLflow scoring server for " + dir + " is not back after " + options.startTimeout().toSeconds()
            + " s (RemoteOptions.startTimeout)", null);
      }
      try {
        wait(left);
      } catch (InterruptedException e) {
        throw interrupted();
      }
    }
    if (state == State.READY) {
      return URI.create("http://127.0.0.1:" + port + "/invocations");
    }
    throw down(state == State.CLOSED ? "the MLflow scoring server for " + dir + " was stopped (closed)" : failure, null);
  }

  /** The pid of the current {@code mlflow} process, which leads its process group; -1 when none. */
  synchronized long pid() {
    return process == null ? -1 : process.pid();
  }

  /** The server's recent output. */
  ServerOutput output() {
    return output;
  }

  /** How many times the server was restarted. */
  synchronized int restarts() {
    return restarts;
  }

  @Override
  public void close() {
    Process p;
    synchronized (this) {
      if (state == State.CLOSED) {
        return;
      }
      state = State.CLOSED;
      p = process;
      notifyAll();
    }
    LIVE.remove(this);
    if (p != null) {
      ProcessGroup.stop(p.pid(), 3000);
      LOG.log(System.Logger.Level.INFO, "stopped the MLflow scoring server for {0} (pid {1})", dir,
          Long.toString(p.pid()));
    }
  }

  private EndpointException down(String problem, @Nullable Throwable cause) {
    return new EndpointException("endpoint-down", location, 0, problem, cause);
  }

  private EndpointException interrupted() {
    Thread.currentThread().interrupt();
    return down("interrupted while waiting for the MLflow scoring server for " + dir, null);
  }

  /** A command given as a relative path still runs from the temporary working directory. */
  private static List<String> absolute(List<String> command) {
    List<String> out = new ArrayList<>(command);
    if (!out.isEmpty() && out.get(0).contains("/")) {
      out.set(0, Path.of(out.get(0)).toAbsolutePath().toString());
    }
    return out;
  }
}
