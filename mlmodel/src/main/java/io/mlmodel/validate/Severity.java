package io.mlmodel.validate;

import java.util.Locale;

/**
 * How bad a {@link Finding} is. Only {@link #ERROR} makes a folder fail validation: MLflow cannot
 * load or serve the model, or would do so wrongly. A {@link #WARNING} is a likely mistake that
 * MLflow tolerates; {@link #INFO} is worth knowing and never wrong in itself.
 */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** The lower-case name used in messages and JSON: {@code error}, {@code warning}, {@code info}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return label();
  }
}
