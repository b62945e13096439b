package io.mlmodel.validate;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything a {@link Validator} found in one model folder, in the order of the rules, without
 * duplicates. Immutable.
 *
 * @param path the folder as it was given to the validator
 * @param findings every finding, errors, warnings and infos alike; the record keeps an
 *     unmodifiable copy
 */
public record ValidationReport(Path path, List<Finding> findings) {

  /**
   * Copies the findings, so that the report stays as it was built.
   *
   * @param path the folder as it was given to the validator
   * @param findings every finding, in the order of the rules; copied
   * @throws NullPointerException if {@code path}, {@code findings} or one of the findings is null
   */
  public ValidationReport {
    Objects.requireNonNull(path, "path");
    findings = List.copyOf(findings);
  }

  /**
   * Whether any finding is an error: the folder fails validation.
   *
   * @return true when at least one finding has severity {@link Severity#ERROR}
   */
  public boolean hasErrors() {
    return findings.stream().anyMatch(Finding::isError);
  }

  /**
   * The findings of that severity.
   *
   * @param severity the severity to keep
   * @return the findings with exactly that severity, in report order; an unmodifiable list, empty
   *     when there are none
   */
  public List<Finding> findings(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).toList();
  }

  /**
   * The findings with that code.
   *
   * @param code a finding code such as {@code path-escape} (see {@link Validator#codes()})
   * @return the findings with exactly that code, in report order; an unmodifiable list, empty when
   *     there are none
   */
  public List<Finding> withCode(String code) {
    return findings.stream().filter(f -> f.code().equals(code)).toList();
  }

  /**
   * Whether nothing at all was found.
   *
   * @return true when there are no findings of any severity, not even warnings or infos
   */
  public boolean isClean() {
    return findings.isEmpty();
  }
}
