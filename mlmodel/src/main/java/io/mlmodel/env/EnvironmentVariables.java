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

  /**
   * Keeps an unmodifiable copy of {@code names}.
   *
   * @param file the file read
   * @param names the names, in file order; no null entry
   * @throws NullPointerException when {@code names} holds a null
   */
  public EnvironmentVariables {
    names = List.copyOf(names);
  }

  /**
   * Reads {@code file}: UTF-8 (a byte order mark is skipped); every line that is neither blank nor
   * starts with {@code #} (after trimming) is one name.
   *
   * @param file the {@code environment_variables.txt} file
   * @param options the read limits (bytes and lines)
   * @return the names found, in file order
   * @throws io.mlmodel.ModelException code {@code encoding} or {@code limit}
   * @throws java.io.UncheckedIOException when the file cannot be read
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
