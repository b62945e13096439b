package io.mlmodel.enforce;

/**
 * Immutable settings for request decoding and schema enforcement. Build with {@link #builder()};
 * change one with {@link #toBuilder()}. Thread-safe and meant to be shared.
 *
 * <table>
 *   <caption>Settings and defaults</caption>
 *   <tr><th>setting</th><th>default</th></tr>
 *   <tr><td>{@link #compatibility()}</td><td>{@link Compatibility#SAFE}</td></tr>
 *   <tr><td>{@link #maxRequestBytes()}</td><td>8 MiB</td></tr>
 *   <tr><td>{@link #maxDepth()}</td><td>100 nested JSON arrays and objects</td></tr>
 *   <tr><td>{@link #maxCells()}</td><td>500,000 cells (rows &times; columns) or JSON values</td></tr>
 *   <tr><td>{@link #maxColumns()}</td><td>20,000 columns or named inputs</td></tr>
 * </table>
 *
 * <pre>{@code
 * EnforcementOptions asMlflow = EnforcementOptions.builder()
 *     .compatibility(EnforcementOptions.Compatibility.MLFLOW)
 *     .build();
 * }</pre>
 */
public final class EnforcementOptions {
  private static final EnforcementOptions DEFAULTS = new Builder().build();

  /**
   * How to treat the conversions in which MLflow silently corrupts data (see docs/enforcement.md).
   */
  public enum Compatibility {
    /**
     * Refuse what MLflow would silently corrupt: an integer that does not fit {@code integer}
     * (MLflow wraps it around), a fractional number for an integer column (MLflow truncates it), a
     * string for a {@code boolean} column (MLflow reads any non-empty string, {@code "false"} too,
     * as true), a number for a {@code datetime} column (MLflow reads it as nanoseconds), a
     * non-string for a {@code string} column; and always base64-decode {@code binary} values
     * (MLflow passes the base64 text through undecoded in {@code inputs}/{@code instances}).
     */
    SAFE,
    /** Do what MLflow 2.17 does in each of those cases, corruption included. */
    MLFLOW
  }

  private final Compatibility compatibility;
  private final long maxRequestBytes;
  private final int maxDepth;
  private final long maxCells;
  private final int maxColumns;

  private EnforcementOptions(Builder b) {
    this.compatibility = b.compatibility;
    this.maxRequestBytes = b.maxRequestBytes;
    this.maxDepth = b.maxDepth;
    this.maxCells = b.maxCells;
    this.maxColumns = b.maxColumns;
  }

  /**
   * The defaults.
   *
   * @return the shared options with every setting at its default (table above)
   */
  public static EnforcementOptions defaults() {
    return DEFAULTS;
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder starting from these settings.
   *
   * @return a new builder holding these settings; changing it leaves this object unchanged
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.compatibility = compatibility;
    b.maxRequestBytes = maxRequestBytes;
    b.maxDepth = maxDepth;
    b.maxCells = maxCells;
    b.maxColumns = maxColumns;
    return b;
  }

  /**
   * Safe conversions (the default) or MLflow's own, lossy ones.
   *
   * @return {@link Compatibility#SAFE} or {@link Compatibility#MLFLOW}
   */
  public Compatibility compatibility() {
    return compatibility;
  }

  /**
   * Whether MLflow's lossy conversions are reproduced.
   *
   * @return true when {@link #compatibility()} is {@link Compatibility#MLFLOW}
   */
  public boolean mlflowCompatible() {
    return compatibility == Compatibility.MLFLOW;
  }

  /**
   * Largest request body read, in bytes; a larger one fails with a {@link
   * io.mlmodel.LimitExceededException}-like {@link io.mlmodel.InputException} (code {@code limit})
   * as soon as the limit is crossed, without reading the rest.
   *
   * @return the limit in bytes, positive; 8 MiB by default
   */
  public long maxRequestBytes() {
    return maxRequestBytes;
  }

  /**
   * Deepest nesting of JSON arrays and objects in a request; a deeper one fails with an {@link
   * io.mlmodel.InputException} of code {@code limit}.
   *
   * @return the limit, positive; 100 by default
   */
  public int maxDepth() {
    return maxDepth;
  }

  /**
   * Most cells a request may decode to: rows &times; columns of a table (the cells a short row or
   * a missing key leaves empty included), elements of a tensor; in a JSON body every value counts
   * (each number, string, boolean and null, and each array and object, since a boxed value or list
   * costs memory too). The body limit alone does not bound memory: two bytes of CSV make a cell,
   * and a cell of text costs about fifty bytes of heap. A larger request fails with an {@link
   * io.mlmodel.InputException} of code {@code limit} naming this setting and where it was crossed.
   *
   * @return the limit, positive; 500,000 by default
   */
  public long maxCells() {
    return maxCells;
  }

  /**
   * Most columns (or named inputs) a request may have: a CSV header, the {@code columns} or rows of
   * {@code dataframe_split}, the keys of records, of {@code instances} objects or of an {@code
   * inputs} object. Each column costs a few hundred bytes of heap however few its cells. A request
   * with more fails with an {@link io.mlmodel.InputException} of code {@code limit}.
   *
   * @return the limit, positive; 20,000 by default
   */
  public int maxColumns() {
    return maxColumns;
  }

  @Override
  public String toString() {
    return "EnforcementOptions[compatibility=" + compatibility + ", maxRequestBytes=" + maxRequestBytes
        + ", maxDepth=" + maxDepth + ", maxCells=" + maxCells + ", maxColumns=" + maxColumns + "]";
  }

  /** Builds {@link EnforcementOptions}. Not thread-safe. */
  public static final class Builder {
    private Compatibility compatibility = Compatibility.SAFE;
    private long maxRequestBytes = 8L << 20;
    private int maxDepth = 100;
    private long maxCells = 500_000;
    private int maxColumns = 20_000;

    private Builder() {}

    /**
     * See {@link EnforcementOptions#compatibility()}.
     *
     * @param value safe or MLflow conversions
     * @return this builder
     */
    public Builder compatibility(Compatibility value) {
      this.compatibility = java.util.Objects.requireNonNull(value, "compatibility");
      return this;
    }

    /**
     * See {@link EnforcementOptions#maxRequestBytes()}; must be positive.
     *
     * @param value the largest request body read, in bytes
     * @return this builder
     * @throws IllegalArgumentException when {@code value} is not positive
     */
    public Builder maxRequestBytes(long value) {
      if (value <= 0) {
        throw new IllegalArgumentException("maxRequestBytes must be positive: " + value);
      }
      this.maxRequestBytes = value;
      return this;
    }

    /**
     * See {@link EnforcementOptions#maxDepth()}; must be positive.
     *
     * @param value the deepest nesting of JSON arrays and objects allowed
     * @return this builder
     * @throws IllegalArgumentException when {@code value} is not positive
     */
    public Builder maxDepth(int value) {
      if (value <= 0) {
        throw new IllegalArgumentException("maxDepth must be positive: " + value);
      }
      this.maxDepth = value;
      return this;
    }

    /**
     * See {@link EnforcementOptions#maxCells()}; must be positive.
     *
     * @param value the most cells a request may decode to
     * @return this builder
     * @throws IllegalArgumentException when {@code value} is not positive
     */
    public Builder maxCells(long value) {
      if (value <= 0) {
        throw new IllegalArgumentException("maxCells must be positive: " + value);
      }
      this.maxCells = value;
      return this;
    }

    /**
     * See {@link EnforcementOptions#maxColumns()}; must be positive.
     *
     * @param value the most columns or named inputs a request may have
     * @return this builder
     * @throws IllegalArgumentException when {@code value} is not positive
     */
    public Builder maxColumns(int value) {
      if (value <= 0) {
        throw new IllegalArgumentException("maxColumns must be positive: " + value);
      }
      this.maxColumns = value;
      return this;
    }

    /**
     * The settings.
     *
     * @return new immutable options holding this builder's settings; later changes to the builder
     *     do not affect them
     */
    public EnforcementOptions build() {
      return new EnforcementOptions(this);
    }
  }
}
