package io.mlmodel.env;

import io.mlmodel.ReadOptions;
import io.mlmodel.io.TextFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A pip requirements file of a model: {@code requirements.txt} (since MLflow 1.18) or {@code
 * constraints.txt} (since 1.20), one {@link RequirementLine} per meaningful line.
 *
 * @param file the file read
 * @param lines its lines, in order
 */
public record RequirementsFile(Path file, List<RequirementLine> lines) {

  /**
   * Keeps an unmodifiable copy of {@code lines}.
   *
   * @param file the file read
   * @param lines its lines, in order; no null entry
   * @throws NullPointerException when {@code lines} holds a null
   */
  public RequirementsFile {
    lines = List.copyOf(lines);
  }

  /**
   * Reads {@code file}: UTF-8 (a byte order mark is skipped), or UTF-16 when it starts with a
   * UTF-16 byte order mark, as pip accepts.
   *
   * @param file the requirements file ({@code requirements.txt} or {@code constraints.txt})
   * @param options the read limits (bytes and lines)
   * @return the parsed file, one entry per meaningful line
   * @throws io.mlmodel.ModelException code {@code bad-requirement} located at the line and column
   *     of the first line that is not a requirement; {@code encoding} or {@code limit}
   * @throws java.io.UncheckedIOException when it cannot be read
   */
  public static RequirementsFile read(Path file, ReadOptions options) {
    byte[] bytes = TextFiles.readBytes(file, options);
    boolean utf16 = bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
        || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
    // pip reads a UTF-16 file by its byte order mark; PowerShell's "pip freeze > requirements.txt" writes one.
    String text = utf16 ? new String(bytes, StandardCharsets.UTF_16) : TextFiles.decode(bytes, file);
    TextFiles.checkLines(text, file, options);
    return new RequirementsFile(file, RequirementParser.parseFile(text, file));
  }

  /**
   * Parses {@code text} as if read from {@code file}. No limit applies.
   *
   * @param text the file's text, already decoded
   * @param file the file named in the result and in error locations; it is not read
   * @return the parsed text, one entry per meaningful line
   * @throws io.mlmodel.ModelException code {@code bad-requirement} located at the line and column
   *     of the first line that is not a requirement
   */
  public static RequirementsFile parse(String text, Path file) {
    return new RequirementsFile(file, RequirementParser.parseFile(text, file));
  }

  /**
   * Only the PEP 508 requirements, in order.
   *
   * @return the {@link Requirement} lines, without option, file and direct references; a new
   *     unmodifiable list on each call
   */
  public List<Requirement> requirements() {
    return lines.stream().filter(Requirement.class::isInstance).map(Requirement.class::cast).toList();
  }

  /**
   * The first requirement for the distribution {@code name} (compared PEP 503-normalized).
   *
   * @param name a distribution name, in any spelling ({@code Scikit_Learn} finds {@code
   *     scikit-learn})
   * @return the first such requirement, or empty when there is none
   */
  public Optional<Requirement> find(String name) {
    String wanted = Requirement.normalize(name);
    return requirements().stream().filter(r -> r.normalizedName().equals(wanted)).findFirst();
  }
}
