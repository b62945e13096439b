package io.mlmodel.validate;

import java.util.Locale;

/**
 * How bad a {@link Finding} is. Only {@link #ERROR} makes a folder fail validation: MLflow cannot
 * load or serve the model, or would do so wrongly. A {@link #WARNING} is a likely mistake that
 * MLflow tolerates; {@link #INFO} is worth knowing and never wrong in itself.
 */
public enum Severity {
  /** MLflow cannot load or serve the model, or would do so wrongly: the folder fails validation. */
  ERROR,
  /** A likely mistake that MLflow tolerates; the folder still passes. */
  WARNING,
  /** Worth knowing, never wrong in itself; the folder still passes. */
  INFO;

  /**
   * The lower-case name used in messages and JSON: {@code error}, {@code warning}, {@code info}.
   *
   * @return the constant's name in lower case; {@link #toString()} returns the same
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return label();
  }
}
