package io.mlmodel;

/**
 * Immutable settings for reading model files: the limits that keep hostile or runaway input from
 * exhausting memory, stack or time. Build with {@link #builder()}; change one with {@link
 * #toBuilder()}. Instances are thread-safe and meant to be shared.
 *
 * <p>The defaults are far above any real MLmodel (the largest known, with a 1,845-column
 * signature, is about 200 KB, 6 levels deep and 94 YAML values; the largest known input example is
 * 257 KB with 9,725 JSON values) and far below what would hurt a JVM: any input they let through is
 * read within a 64 MB heap (docs/hardening.md has the measurements):
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>setting</th><th>default</th></tr>
 *   <tr><td>{@link #maxBytes()}</td><td>4 MiB per file</td></tr>
 *   <tr><td>{@link #maxCodePoints()}</td><td>4 Mi code points per document</td></tr>
 *   <tr><td>{@link #maxDepth()}</td><td>100 nested collections</td></tr>
 *   <tr><td>{@link #maxAliases()}</td><td>50 aliases of collections</td></tr>
 *   <tr><td>{@link #maxNodes()}</td><td>100,000 values after alias expansion</td></tr>
 *   <tr><td>{@link #maxDimensions()}</td><td>32 dimensions of a tensor shape (numpy 1.x's limit)</td></tr>
 *   <tr><td>{@link #maxLines()}</td><td>50,000 lines of a line-based side file</td></tr>
 * </table>
 *
 * <pre>{@code
 * ReadOptions big = ReadOptions.builder().maxBytes(64 << 20).maxCodePoints(64 << 20).build();
 * MLModel model = MLModels.read(dir, big);
 * }</pre>
 */
public final class ReadOptions {
  private static final ReadOptions DEFAULTS = new Builder().build();

  private final long maxBytes;
  private final int maxCodePoints;
  private final int maxDepth;
  private final int maxAliases;
  private final long maxNodes;
  private final int maxDimensions;
  private final long maxLines;

  private ReadOptions(Builder b) {
    this.maxBytes = b.maxBytes;
    this.maxCodePoints = b.maxCodePoints;
    this.maxDepth = b.maxDepth;
    this.maxAliases = b.maxAliases;
    this.maxNodes = b.maxNodes;
    this.maxDimensions = b.maxDimensions;
    this.maxLines = b.maxLines;
  }

  /**
   * The default settings.
   *
   * @return the shared instance holding the defaults in the table above
   */
  public static ReadOptions defaults() {
    return DEFAULTS;
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a new builder, holding the defaults in the table above
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder starting from these settings; changing it leaves this instance unchanged.
   *
   * @return a new builder holding every setting of this instance
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxBytes = maxBytes;
    b.maxCodePoints = maxCodePoints;
    b.maxDepth = maxDepth;
    b.maxAliases = maxAliases;
    b.maxNodes = maxNodes;
    b.maxDimensions = maxDimensions;
    b.maxLines = maxLines;
    return b;
  }

  /**
   * Largest file, in bytes, that is read at all; a larger one fails before it is parsed.
   *
   * @return the largest file size, in bytes; 4 MiB by default
   */
  public long maxBytes() {
    return maxBytes;
  }

  /**
   * Largest YAML or JSON document, in code points.
   *
   * @return the largest document length, in code points; 4 Mi by default
   */
  public int maxCodePoints() {
    return maxCodePoints;
  }

  /**
   * Deepest nesting of mappings and sequences (and of JSON arrays and objects in signatures).
   *
   * @return the deepest nesting allowed; 100 by default
   */
  public int maxDepth() {
    return maxDepth;
  }

  /**
   * Most aliases to mappings or sequences in one document (the billion-laughs guard).
   *
   * @return the most collection aliases allowed, 0 or more; 50 by default
   */
  public int maxAliases() {
    return maxAliases;
  }

  /**
   * Most values in one document, counting every alias as the copy it stands for.
   *
   * @return the most values allowed; 100,000 by default
   */
  public long maxNodes() {
    return maxNodes;
  }

  /**
   * Most dimensions of a tensor shape in a signature (their element count must fit a long).
   *
   * @return the most dimensions allowed; 32 by default
   */
  public int maxDimensions() {
    return maxDimensions;
  }

  /**
   * Most lines of a line-based side file (requirements.txt, constraints.txt,
   * environment_variables.txt): each line becomes objects of several hundred bytes, so the line
   * count, not the byte count, bounds the heap; 50,000 requirements fit a 64 MB heap.
   *
   * @return the most lines allowed; 50,000 by default
   */
  public long maxLines() {
    return maxLines;
  }

  @Override
  public String toString() {
    return "ReadOptions[maxBytes=" + maxBytes + ", maxCodePoints=" + maxCodePoints + ", maxDepth="
        + maxDepth + ", maxAliases=" + maxAliases + ", maxNodes=" + maxNodes + ", maxDimensions="
        + maxDimensions + ", maxLines=" + maxLines + "]";
  }

  /** Builds {@link ReadOptions}; every setter checks its argument at once. Not thread-safe. */
  public static final class Builder {
    private long maxBytes = 4L << 20;
    private int maxCodePoints = 4 << 20;
    private int maxDepth = 100;
    private int maxAliases = 50;
    private long maxNodes = 100_000;
    private int maxDimensions = 32;
    private long maxLines = 50_000;

    private Builder() {}

    /**
     * See {@link ReadOptions#maxBytes()}. Must be positive.
     *
     * @param value the largest file size to read, in bytes; must be positive
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is not positive
     */
    public Builder maxBytes(long value) {
      this.maxBytes = positive("maxBytes", value);
      return this;
    }

    /**
     * See {@link ReadOptions#maxCodePoints()}. Must be positive.
     *
     * @param value the largest document length, in code points; must be positive
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is not positive
     */
    public Builder maxCodePoints(int value) {
      this.maxCodePoints = (int) positive("maxCodePoints", value);
      return this;
    }

    /**
     * See {@link ReadOptions#maxDepth()}. Must be positive.
     *
     * @param value the deepest nesting to allow; must be positive
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is not positive
     */
    public Builder maxDepth(int value) {
      this.maxDepth = (int) positive("maxDepth", value);
      return this;
    }

    /**
     * See {@link ReadOptions#maxAliases()}. Must not be negative.
     *
     * @param value the most collection aliases to allow; 0 forbids them; must not be negative
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is negative
     */
    public Builder maxAliases(int value) {
      if (value < 0) {
        throw new IllegalArgumentException("maxAliases (" + value + ") must not be negative");
      }
      this.maxAliases = value;
      return this;
    }

    /**
     * See {@link ReadOptions#maxNodes()}. Must be positive.
     *
     * @param value the most values to allow; must be positive
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is not positive
     */
    public Builder maxNodes(long value) {
      this.maxNodes = positive("maxNodes", value);
      return this;
    }

    /**
     * See {@link ReadOptions#maxDimensions()}. Must be positive.
     *
     * @param value the most tensor dimensions to allow; must be positive
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is not positive
     */
    public Builder maxDimensions(int value) {
      this.maxDimensions = (int) positive("maxDimensions", value);
      return this;
    }

    /**
     * See {@link ReadOptions#maxLines()}. Must be positive.
     *
     * @param value the most lines of a side file to allow; must be positive
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is not positive
     */
    public Builder maxLines(long value) {
      this.maxLines = positive("maxLines", value);
      return this;
    }

    /**
     * Builds the settings; the builder can go on being used and does not affect them.
     *
     * @return new immutable settings holding this builder's values
     */
    public ReadOptions build() {
      return new ReadOptions(this);
    }

    private static long positive(String name, long value) {
      if (value <= 0) {
        throw new IllegalArgumentException(name + " (" + value + ") must be positive");
      }
      return value;
    }
  }
}
