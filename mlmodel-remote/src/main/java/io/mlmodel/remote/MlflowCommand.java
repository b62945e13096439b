package io.mlmodel.remote;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The command that runs MLflow's CLI: an {@code mlflow} executable as given, or a Python with MLflow
 * installed, which becomes {@code python -m mlflow}. Internal.
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

  /** A command line split on white space, as given in a system property or an environment variable. */
  static List<String> parse(String line) {
    List<String> parts = List.of(line.strip().split("\\s+"));
    return of(parts.size() == 1 && parts.get(0).isEmpty() ? List.of() : parts);
  }
}
