package io.mlmodel.validate;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything a {@link Validator} found in one model folder, in the order of the rules, without
 * duplicates. Immutable.
 *
 * @param path the folder as it was given to the validator
 * @param findings every finding, errors, warnings and infos alike
 */
public record ValidationReport(Path path, List<Finding> findings) {

  public ValidationReport {
    Objects.requireNonNull(path, "path");
    findings = List.copyOf(findings);
  }

  /** Whether any finding is an error: the folder fails validation. */
  public boolean hasErrors() {
    return findings.stream().anyMatch(Finding::isError);
  }

  /** The findings of that severity. */
  public List<Finding> findings(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).toList();
  }

  /** The findings with that code. */
  public List<Finding> withCode(String code) {
    return findings.stream().filter(f -> f.code().equals(code)).toList();
  }

  /** Whether nothing at all was found. */
  public boolean isClean() {
    return findings.isEmpty();
  }
}
