package io.mlmodel.remote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jspecify.annotations.Nullable;

/**
 * Sends a server's output, line by line, to System.Logger (gunicorn's {@code [ERROR]} and Python's
 * tracebacks as errors, {@code WARNING} lines as warnings, the rest as info) and keeps the last
 * lines for error messages. Internal; thread-safe.
 */
final class ServerOutput {
  private static final int KEEP = 25;
  /** The longest line read whole; a longer one comes as several. */
  static final int MAX_LINE = 8192;

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
        for (String line = readLine(r); line != null; line = readLine(r)) {
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

  /**
   * The next line of {@code r} without its break, or its next {@link #MAX_LINE} characters when the
   * line is longer (the rest comes as the next lines): a process that writes without line breaks
   * cannot fill the heap, as {@code BufferedReader.readLine} would let it. Null at the end.
   */
  private static @Nullable String readLine(Reader r) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = r.read(); c >= 0; c = r.read()) {
      if (c == '\n') {
        int end = line.length();
        return line.substring(0, end > 0 && line.charAt(end - 1) == '\r' ? end - 1 : end);
      }
      line.append((char) c);
      if (line.length() == MAX_LINE) {
        return line.toString();
      }
    }
    return line.length() == 0 ? null : line.toString();
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
