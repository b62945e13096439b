package io.mlmodel.write;

/**
 * Immutable settings for writing a model directory. Build with {@link #builder()}; change one
 * with {@link #toBuilder()}. Instances are thread-safe and meant to be shared.
 *
 * <pre>{@code
 * WriteOptions replace = WriteOptions.builder().replaceExisting(true).build();
 * }</pre>
 */
public final class WriteOptions {
  private static final WriteOptions DEFAULTS = new Builder().build();

  private final boolean replaceExisting;

  private WriteOptions(Builder b) {
    this.replaceExisting = b.replaceExisting;
  }

  /**
   * The defaults: an existing target directory is never replaced.
   *
   * @return the default options
   */
  public static WriteOptions defaults() {
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
   * @return a new builder holding this object's settings
   */
  public Builder toBuilder() {
    return new Builder().replaceExisting(replaceExisting);
  }

  /**
   * Whether writing a directory may replace one that already exists at the target (default
   * false: the write is refused before anything is written).
   *
   * @return true when an existing target directory may be replaced
   */
  public boolean replaceExisting() {
    return replaceExisting;
  }

  @Override
  public String toString() {
    return "WriteOptions[replaceExisting=" + replaceExisting + "]";
  }

  /** Collects settings; not thread-safe. */
  public static final class Builder {
    private boolean replaceExisting;

    private Builder() {}

    /**
     * See {@link WriteOptions#replaceExisting()}.
     *
     * @param replace true to let a directory write replace an existing target directory
     * @return this builder
     */
    public Builder replaceExisting(boolean replace) {
      this.replaceExisting = replace;
      return this;
    }

    /**
     * Builds the settings; later changes to this builder do not affect them.
     *
     * @return new immutable settings holding this builder's values
     */
    public WriteOptions build() {
      return new WriteOptions(this);
    }
  }
}
