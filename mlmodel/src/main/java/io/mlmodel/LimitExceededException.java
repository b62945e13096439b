package io.mlmodel;

/**
 * A limit that protects the reader from hostile or runaway input was hit: input size, code
 * points, nesting depth, aliases or node count. Its code is always {@code limit}. The message names
 * the limit and the setting that raises it.
 */
public final class LimitExceededException extends ModelException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception, with the code {@code limit}.
   *
   * @param location where the limit was hit, usually the file being read
   * @param problem the limit that was hit and the setting that raises it, as a sentence
   */
  public LimitExceededException(Location location, String problem) {
    super("limit", location, problem);
  }
}
