package io.mlmodel;

import org.jspecify.annotations.Nullable;

/**
 * The model folder is wrong: its MLmodel file cannot be read or does not mean anything MLflow
 * accepts, a side file is broken, or a limit protecting the reader was hit. The operator of the
 * model has to fix it; retrying will not help.
 */
public class ModelException extends MLModelException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with no underlying cause.
   *
   * @param code the stable finding code (see {@link MLModelException#code()})
   * @param location where the problem is
   * @param problem what is wrong, as a sentence
   */
  public ModelException(String code, Location location, String problem) {
    this(code, location, problem, null);
  }

  /**
   * Same, keeping the underlying cause for debugging; the message never depends on it.
   *
   * @param code the stable finding code (see {@link MLModelException#code()})
   * @param location where the problem is
   * @param problem what is wrong, as a sentence
   * @param cause the underlying cause, or null when there is none
   */
  public ModelException(String code, Location location, String problem, @Nullable Throwable cause) {
    super(code, location, problem, cause);
  }
}
