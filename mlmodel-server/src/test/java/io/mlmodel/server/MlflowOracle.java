package io.mlmodel.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real MLflow 2.17.2 from ../shared/oracle: writes the python_function twin of the linear ONNX
 * model with the oracle's Python, and runs {@code mlflow models serve} on it in a process group of
 * its own, bound to 127.0.0.1, killed as a group on {@link #close()}.
 */
final class MlflowOracle implements AutoCloseable {
  private final Process process;
  final int port;

  private MlflowOracle(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** The oracle's folder (setup.sh is idempotent and prints it). */
  static Path home() {
    Path shared = TestServers.shared();
    String out = run(List.of("bash", shared.resolve("oracle/setup.sh").toString()), Duration.ofMinutes(5)).strip();
    String[] lines = out.split("\n");
    return Path.of(lines[lines.length - 1].strip());
  }

  /** Writes the numpy x·W+b python_function model into {@code dir} (which must not exist). */
  static void writeLinearPyfunc(Path home, Path dir) {
    try (InputStream in = MlflowOracle.class.getResourceAsStream("linear_pyfunc.py")) {
      Path script = Files.createTempFile("linear_pyfunc", ".py");
      Files.write(script, in.readAllBytes());
      run(List.of(home.resolve("bin/python").toString(), script.toString(), dir.toString()), Duration.ofMinutes(2));
      Files.delete(script);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts {@code mlflow models serve} with its default single worker; waits until /ping answers. */
  static MlflowOracle serve(Path home, Path model, int workers) {
    int port = freePort();
    ProcessBuilder pb = new ProcessBuilder("setsid", home.resolve("bin/mlflow").toString(), "models", "serve", "-m",
        model.toString(), "--env-manager", "local", "-h", "127.0.0.1", "-p", Integer.toString(port), "-w",
        Integer.toString(workers)).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    try {
      MlflowOracle o = new MlflowOracle(pb.start(), port);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (System.nanoTime() < deadline) {
        try {
          HttpResponse<String> r = TestServers.CLIENT.send(HttpRequest.newBuilder(TestServers.uri(port, "/ping"))
              .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
          if (r.statusCode() == 200) {
            return o;
          }
        } catch (IOException e) {
          // not up yet
        }
        Thread.sleep(250);
      }
      o.close();
      throw new IllegalStateException("mlflow models serve did not answer /ping within 120 s");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    // setsid made the process the leader of its own group: end gunicorn and its workers with it
    long pid = process.pid();
    run(List.of("kill", "-TERM", "--", "-" + pid), Duration.ofSeconds(10));
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        run(List.of("kill", "-KILL", "--", "-" + pid), Duration.ofSeconds(10));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String run(List<String> command, Duration timeout) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException(command + " did not finish within " + timeout);
      }
      String text = new String(out, StandardCharsets.UTF_8);
      if (p.exitValue() != 0 && !command.get(0).equals("kill")) {
        throw new IllegalStateException(command + " failed (" + p.exitValue() + "):\n" + text);
      }
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
