package io.mlmodel.validate;

import io.mlmodel.Location;
import java.util.Objects;

/**
 * One problem found in a model folder.
 *
 * @param code the stable code of the rule, such as {@code path-escape} (see docs/validation.md)
 * @param severity how bad it is
 * @param message the problem as a sentence, without the location
 * @param location the file (the MLmodel or a side file), line, column and key path
 */
public record Finding(String code, Severity severity, String message, Location location) {

  /**
   * Checks that no component is null.
   *
   * @param code the stable code of the rule, such as {@code path-escape}
   * @param severity how bad it is
   * @param message the problem as a sentence, without the location
   * @param location the file, line, column and key path of the problem
   * @throws NullPointerException if a component is null
   */
  public Finding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(location, "location");
  }

  /**
   * Whether this finding makes the folder fail.
   *
   * @return true when the severity is {@link Severity#ERROR}
   */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code location: severity: message [code]}, the compiler style of every message of this library. */
  @Override
  public String toString() {
    return location + ": " + severity.label() + ": " + message + " [" + code + "]";
  }
}
