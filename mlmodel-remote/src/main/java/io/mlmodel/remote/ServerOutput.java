package io.mlmodel.remote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Sends a server's output, line by line, to System.Logger (gunicorn's {@code [ERROR]} and Python's
 * tracebacks as errors, {@code WARNING} lines as warnings, the rest as info) and keeps the last
 * lines for error messages. Internal; thread-safe.
 */
final class ServerOutput {
  private static final int KEEP = 25;

  private final System.Logger log;
  private final String name;
  private final Deque<String> last = new ArrayDeque<>();
  private volatile Thread reader = new Thread(() -> { });

  ServerOutput(System.Logger log, String name) {
    this.log = log;
    this.name = name;
  }

  /** Reads {@code proc}'s output on a daemon thread until it ends. */
  void pump(Process proc) {
    Thread t = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(proc.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          log.log(level(line), "[{0}] {1}", name, line);
          synchronized (last) {
            last.addLast(line);
            if (last.size() > KEEP) {
              last.removeFirst();
            }
          }
        }
      } catch (IOException e) {
        // the stream closes when the process group is stopped
      }
    }, "mlmodel-remote-output-" + proc.pid());
    t.setDaemon(true);
    t.start();
    reader = t;
  }

  /** The last lines of a process that ended, once its output is read (waiting at most 500 ms). */
  String tailAfterExit() {
    try {
      reader.join(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return tail();
  }

  /** The last lines so far. */
  String tail() {
    synchronized (last) {
      return last.isEmpty() ? "(none)" : String.join("\n", last);
    }
  }

  private static System.Logger.Level level(String line) {
    if (line.contains("[ERROR]") || line.contains("[CRITICAL]") || line.startsWith("Traceback")) {
      return System.Logger.Level.ERROR;
    }
    return line.contains("WARNING") ? System.Logger.Level.WARNING : System.Logger.Level.INFO;
  }
}
