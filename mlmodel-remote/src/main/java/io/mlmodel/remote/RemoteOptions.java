package io.mlmodel.remote;

import io.mlmodel.enforce.EnforcementOptions;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Immutable settings of a {@link RemotePredictor}: the HTTP side (headers, timeouts, retries,
 * chunking), the managed server (start timeout, restarts, workers) and the enforcement options.
 * Build with {@link #builder()}; thread-safe and meant to be shared.
 *
 * <table>
 *   <caption>Settings and defaults</caption>
 *   <tr><th>setting</th><th>default</th><th>what</th></tr>
 *   <tr><td>{@link #headers()}</td><td>none</td><td>sent with every request, such as {@code
 *   Authorization}</td></tr>
 *   <tr><td>{@link #connectTimeout()}</td><td>10 s</td><td>to open a connection</td></tr>
 *   <tr><td>{@link #requestTimeout()}</td><td>60 s</td><td>for one request's answer (a chunk's,
 *   when chunking); MLflow's server gives a worker 60 s</td></tr>
 *   <tr><td>{@link #maxAttempts()}</td><td>3</td><td>tries of a request, counting the first; only
 *   requests the server surely did not process are retried</td></tr>
 *   <tr><td>{@link #retryBackoff()}</td><td>200 ms</td><td>wait before the first retry, doubled
 *   each time</td></tr>
 *   <tr><td>{@link #chunkRows()}</td><td>0 (off)</td><td>rows per request for large
 *   batches</td></tr>
 *   <tr><td>{@link #maxResponseBytes()}</td><td>256 MiB</td><td>the largest answer read; a larger
 *   one fails rather than filling the heap</td></tr>
 *   <tr><td>{@link #startTimeout()}</td><td>180 s</td><td>managed mode: until {@code /ping}
 *   answers</td></tr>
 *   <tr><td>{@link #maxRestarts()}</td><td>3</td><td>managed mode: restarts of a dead server over
 *   the predictor's life</td></tr>
 *   <tr><td>{@link #workers()}</td><td>1</td><td>managed mode: gunicorn workers ({@code -w})</td></tr>
 *   <tr><td>{@link #enforcement()}</td><td>{@link EnforcementOptions#defaults()}</td><td>local
 *   schema enforcement</td></tr>
 * </table>
 *
 * <pre>{@code
 * RemoteOptions o = RemoteOptions.builder()
 *     .header("Authorization", "Bearer " + token)
 *     .requestTimeout(Duration.ofSeconds(20))
 *     .chunkRows(5_000)
 *     .build();
 * }</pre>
 */
public final class RemoteOptions {
  private static final RemoteOptions DEFAULTS = new Builder().build();

  private final Map<String, String> headers;
  private final Duration connectTimeout;
  private final Duration requestTimeout;
  private final int maxAttempts;
  private final Duration retryBackoff;
  private final int chunkRows;
  private final long maxResponseBytes;
  private final Duration startTimeout;
  private final int maxRestarts;
  private final int workers;
  private final EnforcementOptions enforcement;

  private RemoteOptions(Builder b) {
    headers = Map.copyOf(b.headers);
    connectTimeout = b.connectTimeout;
    requestTimeout = b.requestTimeout;
    maxAttempts = b.maxAttempts;
    retryBackoff = b.retryBackoff;
    chunkRows = b.chunkRows;
    maxResponseBytes = b.maxResponseBytes;
    startTimeout = b.startTimeout;
    maxRestarts = b.maxRestarts;
    workers = b.workers;
    enforcement = b.enforcement;
  }

  /**
   * The defaults of the table above.
   *
   * @return the default options
   */
  public static RemoteOptions defaults() {
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
   * Headers sent with every request.
   *
   * @return the headers by name; unmodifiable
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * How long opening a connection may take.
   *
   * @return the connect timeout
   */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /**
   * How long one request may wait for its whole answer, headers and body.
   *
   * @return the request timeout
   */
  public Duration requestTimeout() {
    return requestTimeout;
  }

  /**
   * Tries of a request that the server surely did not process, counting the first (at least 1).
   *
   * @return the number of tries, at least 1
   */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * The wait before the first retry; doubled for each further one.
   *
   * @return the first backoff
   */
  public Duration retryBackoff() {
    return retryBackoff;
  }

  /**
   * Rows per request when a batch is split; 0 sends every batch in one request.
   *
   * @return the chunk size in rows, or 0
   */
  public int chunkRows() {
    return chunkRows;
  }

  /**
   * The most bytes of one answer's body (a chunk's, when chunking) that are read: a larger answer,
   * or one that declares a larger {@code Content-Length}, fails with an {@link EndpointException}
   * of code {@code endpoint-response} instead of filling the heap.
   *
   * @return the limit in bytes
   */
  public long maxResponseBytes() {
    return maxResponseBytes;
  }

  /**
   * Managed mode: how long a starting MLflow server may take to answer {@code /ping}.
   *
   * @return the start timeout
   */
  public Duration startTimeout() {
    return startTimeout;
  }

  /**
   * Managed mode: how many times a server that died is started again, over the predictor's life.
   *
   * @return the restart budget, 0 for none
   */
  public int maxRestarts() {
    return maxRestarts;
  }

  /**
   * Managed mode: the number of gunicorn workers.
   *
   * @return the worker count passed to {@code mlflow models serve --workers}
   */
  public int workers() {
    return workers;
  }

  /**
   * The options of the local schema enforcement.
   *
   * @return the enforcement options applied before a request is sent
   */
  public EnforcementOptions enforcement() {
    return enforcement;
  }

  @Override
  public String toString() {
    return "RemoteOptions[headers=" + headers.keySet() + ", connectTimeout=" + connectTimeout + ", requestTimeout="
        + requestTimeout + ", maxAttempts=" + maxAttempts + ", chunkRows=" + chunkRows + ", maxResponseBytes="
        + maxResponseBytes + ", maxRestarts="
        + maxRestarts + "]";
  }

  /** Builds {@link RemoteOptions}; not thread-safe. */
  public static final class Builder {
    private final Map<String, String> headers = new LinkedHashMap<>();
    /** The longest time a deadline can count in nanoseconds: about 292 years. */
    private static final Duration MAX_TIME = Duration.ofNanos(Long.MAX_VALUE);

    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(60);
    private int maxAttempts = 3;
    private Duration retryBackoff = Duration.ofMillis(200);
    private int chunkRows;
    private long maxResponseBytes = 256L << 20;
    private Duration startTimeout = Duration.ofSeconds(180);
    private int maxRestarts = 3;
    private int workers = 1;
    private EnforcementOptions enforcement = EnforcementOptions.defaults();

    private Builder() {}

    /**
     * Adds a header to every request, such as {@code Authorization: Bearer ...}; {@code
     * Content-Type} is always {@code application/json} and cannot be set.
     *
     * @param name the header name
     * @param value the header value, sent as given
     * @return this builder
     * @throws IllegalArgumentException for {@code Content-Type}, a name or value with a line break, or
     *     one Java's HTTP client does not send (a restricted name such as {@code Host} or {@code
     *     Connection}, a name that is no HTTP token, a value with a control character)
     */
    public Builder header(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      if (name.strip().toLowerCase(Locale.ROOT).equals("content-type")) {
        throw new IllegalArgumentException("Content-Type is always application/json and cannot be set");
      }
      if ((name + value).indexOf('\n') >= 0 || (name + value).indexOf('\r') >= 0) {
        throw new IllegalArgumentException("header " + name + " has a line break");
      }
      // the client's own rules, here rather than at every predict: restricted names and token characters,
      try {
        HttpRequest.newBuilder().header(name, "");
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("header " + name + " cannot be sent by Java's HTTP client: " + e.getMessage());
      }
      try { // and the value's characters, without the value in the message (it may be a secret)
        HttpRequest.newBuilder().header("X", value);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("the value of header " + name + " cannot be sent by Java's HTTP client:"
            + " it holds a control character or one above U+00FF");
      }
      headers.put(name, value);
      return this;
    }

    /**
     * See {@link RemoteOptions#connectTimeout()}.
     *
     * @param value the connect timeout, positive, at most 292 years
     * @return this builder
     */
    public Builder connectTimeout(Duration value) {
      connectTimeout = positive(value, "connectTimeout");
      return this;
    }

    /**
     * See {@link RemoteOptions#requestTimeout()}.
     *
     * @param value the request timeout, positive, at most 292 years
     * @return this builder
     */
    public Builder requestTimeout(Duration value) {
      requestTimeout = positive(value, "requestTimeout");
      return this;
    }

    /**
     * See {@link RemoteOptions#maxAttempts()}; 1 turns retries off.
     *
     * @param value the number of tries, at least 1
     * @return this builder
     */
    public Builder maxAttempts(int value) {
      maxAttempts = atLeast(value, 1, "maxAttempts");
      return this;
    }

    /**
     * See {@link RemoteOptions#retryBackoff()}.
     *
     * @param value the first backoff, positive, at most 292 years
     * @return this builder
     */
    public Builder retryBackoff(Duration value) {
      retryBackoff = positive(value, "retryBackoff");
      return this;
    }

    /**
     * See {@link RemoteOptions#chunkRows()}.
     *
     * @param value the rows per request, or 0 for no splitting
     * @return this builder
     */
    public Builder chunkRows(int value) {
      chunkRows = atLeast(value, 0, "chunkRows");
      return this;
    }

    /**
     * See {@link RemoteOptions#maxResponseBytes()}.
     *
     * @param value the limit in bytes, at least 1 and at most {@code Integer.MAX_VALUE - 8} (one array)
     * @return this builder
     */
    public Builder maxResponseBytes(long value) {
      if (value < 1 || value > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException("maxResponseBytes must be between 1 and " + (Integer.MAX_VALUE - 8)
            + ", got " + value);
      }
      maxResponseBytes = value;
      return this;
    }

    /**
     * See {@link RemoteOptions#startTimeout()}.
     *
     * @param value the start timeout, positive, at most 292 years
     * @return this builder
     */
    public Builder startTimeout(Duration value) {
      startTimeout = positive(value, "startTimeout");
      return this;
    }

    /**
     * See {@link RemoteOptions#maxRestarts()}; 0 never restarts.
     *
     * @param value the restart budget, 0 or more
     * @return this builder
     */
    public Builder maxRestarts(int value) {
      maxRestarts = atLeast(value, 0, "maxRestarts");
      return this;
    }

    /**
     * See {@link RemoteOptions#workers()}.
     *
     * @param value the gunicorn worker count, at least 1
     * @return this builder
     */
    public Builder workers(int value) {
      workers = atLeast(value, 1, "workers");
      return this;
    }

    /**
     * See {@link RemoteOptions#enforcement()}.
     *
     * @param value the local enforcement options
     * @return this builder
     */
    public Builder enforcement(EnforcementOptions value) {
      enforcement = Objects.requireNonNull(value, "enforcement");
      return this;
    }

    /**
     * The options.
     *
     * @return the immutable options; the builder may be reused
     */
    public RemoteOptions build() {
      return new RemoteOptions(this);
    }

    private static Duration positive(Duration d, String what) {
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(what + " must be positive, got " + d);
      }
      // the deadlines count in nanoseconds; a longer time (ChronoUnit.FOREVER) overflowed at every call
      if (d.compareTo(MAX_TIME) > 0) {
        throw new IllegalArgumentException(what + " must be at most 292 years (what a long counts in nanoseconds), got " + d);
      }
      return d;
    }

    private static int atLeast(int v, int min, String what) {
      if (v < min) {
        throw new IllegalArgumentException(what + " must be at least " + min + ", got " + v);
      }
      return v;
    }
  }
}
