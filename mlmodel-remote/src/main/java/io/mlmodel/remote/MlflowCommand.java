package io.mlmodel.remote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The command that runs MLflow's CLI: an {@code mlflow} executable as given, or a Python with MLflow
 * installed, which becomes {@code python -m mlflow}; and the {@code models serve} line around it.
 * Internal.
 */
final class MlflowCommand {
  private static final Pattern PYTHON = Pattern.compile("python[0-9.]*");

  private MlflowCommand() {}

  /** {@code command}, completed with {@code -m mlflow} when it is a bare Python. */
  static List<String> of(List<String> command) {
    if (command.isEmpty() || command.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException("the mlflow command is empty or has a blank part: " + command);
    }
    List<String> out = new ArrayList<>(command);
    Path exe = Path.of(command.get(0)).getFileName();
    if (command.size() == 1 && exe != null && PYTHON.matcher(exe.toString()).matches()) {
      out.addAll(List.of("-m", "mlflow"));
    }
    return List.copyOf(out);
  }

  /**
   * The command line of the server, in a process group of its own: {@code setsid MLFLOW models serve
   * -m DIR --env-manager local -h 127.0.0.1 -p PORT -w WORKERS}.
   */
  static List<String> serve(List<String> mlflow, Path dir, int port, int workers) {
    List<String> cmd = new ArrayList<>();
    cmd.add("setsid");
    cmd.addAll(mlflow);
    cmd.addAll(List.of("models", "serve", "-m", dir.toString(), "--env-manager", "local", "-h", "127.0.0.1", "-p",
        Integer.toString(port), "-w", Integer.toString(workers)));
    return cmd;
  }

  /** A port nobody listens on at 127.0.0.1 right now. */
  static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on 127.0.0.1", e);
    }
  }

  /** A command line split on white space, as given in a system property or an environment variable. */
  static List<String> parse(String line) {
    List<String> parts = List.of(line.strip().split("\\s+"));
    return of(parts.size() == 1 && parts.get(0).isEmpty() ? List.of() : parts);
  }
}
