package io.mlmodel.tracking.internal;

/**
 * Bounds on what a server may make us download.
 *
 * @param maxFiles files in one artifact
 * @param maxBytes bytes in one artifact (listed and received)
 * @param maxDepth folder nesting
 */
public record Limits(int maxFiles, long maxBytes, int maxDepth) {
  public static final Limits DEFAULT = new Limits(100_000, 64L << 30, 64);

  public Limits {
    if (maxFiles < 1 || maxBytes < 1 || maxDepth < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }
}
