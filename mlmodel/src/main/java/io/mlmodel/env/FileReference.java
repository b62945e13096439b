package io.mlmodel.env;

import io.mlmodel.Location;

/**
 * A {@code -r file} / {@code --requirement file} or {@code -c file} / {@code --constraint file}
 * line: a reference to another requirements file, kept as written (it is not followed; resolve
 * it with the model directory when needed, as MLflow's {@code -r requirements.txt} in
 * python_env.yaml is relative to it).
 *
 * @param kind requirements or constraints
 * @param path the file as written
 * @param text the line as written
 * @param location where it is
 */
public record FileReference(Kind kind, String path, String text, Location location) implements RequirementLine {

  /** What the referenced file holds. */
  public enum Kind {
    /** {@code -r}: more requirements. */
    REQUIREMENTS,
    /** {@code -c}: constraints. */
    CONSTRAINTS
  }
}
