package io.mlmodel.env;

import io.mlmodel.ReadOptions;
import io.mlmodel.io.TextFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A model's {@code environment_variables.txt} (MLflow 2.18+): the names of the environment
 * variables the model read while it was logged, one per line after three comment lines. It
 * mirrors the MLmodel's top-level {@code env_vars}. Only names are recorded, never values.
 *
 * @param file the file read
 * @param names the names, in file order (comment and blank lines skipped, blanks trimmed)
 */
public record EnvironmentVariables(Path file, List<String> names) {

  public EnvironmentVariables {
    names = List.copyOf(names);
  }

  /**
   * Reads {@code file}.
   *
   * @throws io.mlmodel.ModelException code {@code encoding} or {@code limit}
   */
  public static EnvironmentVariables read(Path file, ReadOptions options) {
    List<String> names = new ArrayList<>();
    String text = TextFiles.read(file, options);
    TextFiles.checkLines(text, file, options);
    for (String line : text.split("\r\n|\n|\r")) {
      String name = line.strip();
      if (!name.isEmpty() && !name.startsWith("#")) {
        names.add(name);
      }
    }
    return new EnvironmentVariables(file, names);
  }
}
