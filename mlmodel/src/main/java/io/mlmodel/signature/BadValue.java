package io.mlmodel.signature;

/**
 * A value (a param default) that breaks its declared type or shape. {@link #subPath()} says where
 * inside the value ({@code default[2]}, {@code default.k}); the message repeats it for Java callers.
 */
final class BadValue extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String subPath;
  private final String problem;

  BadValue(String subPath, String problem) {
    super(subPath + ": " + problem);
    this.subPath = subPath;
    this.problem = problem;
  }

  String subPath() {
    return subPath;
  }

  String problem() {
    return problem;
  }
}
