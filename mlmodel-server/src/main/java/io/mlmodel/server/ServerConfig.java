package io.mlmodel.server;

import io.mlmodel.enforce.EnforcementOptions;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Immutable settings of a {@link ScoringServer}. Build with {@link #builder()}; thread-safe.
 *
 * <table>
 *   <caption>Settings and defaults</caption>
 *   <tr><th>setting</th><th>default</th></tr>
 *   <tr><td>{@link #models()}</td><td>none: at least one is required</td></tr>
 *   <tr><td>{@link #host()}</td><td>{@code 127.0.0.1}</td></tr>
 *   <tr><td>{@link #port()}</td><td>{@code 5000} (MLflow's); 0 picks a free port</td></tr>
 *   <tr><td>{@link #enforcement()}</td><td>{@link EnforcementOptions#defaults()}; its
 *       {@code maxRequestBytes} (8 MiB) bounds request bodies (413 beyond)</td></tr>
 *   <tr><td>{@link #requestTimeout()}</td><td>{@code MLFLOW_SCORING_SERVER_REQUEST_TIMEOUT} seconds,
 *       else 60 s (504 beyond)</td></tr>
 *   <tr><td>{@link #maxInFlight()}</td><td>256 predictions at once (503 beyond)</td></tr>
 *   <tr><td>{@link #maxBufferedBytes()}</td><td>bytes of request bodies held at once across connections
 *       (503 beyond): a quarter of the maximum heap, at most {@code maxInFlight × maxRequestBytes}, at
 *       least {@code maxRequestBytes} (64 MiB with {@code -Xmx256m} and the other defaults)</td></tr>
 *   <tr><td>{@link #maxConnections()}</td><td>4096 open connections (more are
 *       closed as they are accepted)</td></tr>
 *   <tr><td>{@link #workers()}</td><td>the number of processors: threads that run predictions</td></tr>
 *   <tr><td>{@link #drainTimeout()}</td><td>30 s for requests in flight at {@link ScoringServer#close()}</td></tr>
 *   <tr><td>{@link #loadInBackground()}</td><td>false: {@code start} returns once every model is loaded</td></tr>
 *   <tr><td>{@link #accessLog()}</td><td>true: one INFO line per request on logger {@code io.mlmodel.server.access}</td></tr>
 * </table>
 *
 * <pre>{@code
 * ServerConfig config = ServerConfig.builder()
 *     .model("linear", "testdata/onnx/external_data")
 *     .port(0)
 *     .requestTimeout(Duration.ofSeconds(5))
 *     .build();
 * }</pre>
 */
public final class ServerConfig {

  private final Map<String, String> models;
  private final String host;
  private final int port;
  private final EnforcementOptions enforcement;
  private final Duration requestTimeout;
  private final int maxInFlight;
  private final long maxBufferedBytes;
  private final int maxConnections;
  private final int workers;
  private final Duration drainTimeout;
  private final boolean loadInBackground;
  private final boolean accessLog;

  private ServerConfig(Builder b) {
    if (b.models.isEmpty()) {
      throw new IllegalArgumentException("a server needs at least one model");
    }
    this.models = Collections.unmodifiableMap(new LinkedHashMap<>(b.models));
    this.host = b.host;
    this.port = b.port;
    this.enforcement = b.enforcement;
    this.requestTimeout = b.requestTimeout;
    this.maxInFlight = b.maxInFlight;
    this.maxBufferedBytes = ServerDefaults.maxBufferedBytes(b.maxBufferedBytes, b.enforcement.maxRequestBytes(),
        b.maxInFlight);
    this.maxConnections = b.maxConnections;
    this.workers = b.workers;
    this.drainTimeout = b.drainTimeout;
    this.loadInBackground = b.loadInBackground;
    this.accessLog = b.accessLog;
  }

  /**
   * A builder with the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The models by name, in the order given; the first is the one {@code /invocations} serves.
   *
   * @return the model URIs by name; unmodifiable
   */
  public Map<String, String> models() {
    return models;
  }

  /**
   * The address to bind.
   *
   * @return the host name or IP address
   */
  public String host() {
    return host;
  }

  /**
   * The port to bind; 0 for a free one (see {@link ScoringServer#port()}).
   *
   * @return the configured port
   */
  public int port() {
    return port;
  }

  /**
   * Decoding and enforcement settings, the request body limit among them.
   *
   * @return the enforcement options
   */
  public EnforcementOptions enforcement() {
    return enforcement;
  }

  /**
   * The longest a request may take from its first byte to its answer.
   *
   * @return the request timeout, after which the answer is 504
   */
  public Duration requestTimeout() {
    return requestTimeout;
  }

  /**
   * The most predictions running or queued at once.
   *
   * @return the limit, beyond which requests are answered 503
   */
  public int maxInFlight() {
    return maxInFlight;
  }

  /**
   * The most bytes of request bodies held at once, across all connections: bodies arriving,
   * gathered, queued or being predicted on. A body with a {@code Content-Length} reserves it all
   * before it is read; a chunked one reserves as it arrives.
   *
   * @return the limit, beyond which a request is answered 503 and its connection closed
   */
  public long maxBufferedBytes() {
    return maxBufferedBytes;
  }

  /**
   * The most connections open at once. A connection accepted beyond it is closed at once, before
   * anything is read from it, and counted in {@code mlmodel_connections_refused_total}. The
   * default, 4096, leaves room for keep-alive pools while idle connections stay cheap (about 3 KiB
   * of heap each); each holds a file descriptor (docs/server.md, "Connection cap").
   *
   * @return the limit of open connections
   */
  public int maxConnections() {
    return maxConnections;
  }

  /**
   * The threads that decode, predict and encode.
   *
   * @return the worker thread count
   */
  public int workers() {
    return workers;
  }

  /**
   * How long {@link ScoringServer#close()} waits for requests in flight.
   *
   * @return the drain timeout
   */
  public Duration drainTimeout() {
    return drainTimeout;
  }

  /**
   * Whether {@code start} binds the port before the models are loaded.
   *
   * @return true when the port answers (not ready) while the models load
   */
  public boolean loadInBackground() {
    return loadInBackground;
  }

  /**
   * Whether each request is logged.
   *
   * @return true when each request is logged as one INFO line on {@code io.mlmodel.server.access}
   */
  public boolean accessLog() {
    return accessLog;
  }

  /** Builds a {@link ServerConfig}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, String> models = new LinkedHashMap<>();
    private String host = "127.0.0.1";
    private int port = 5000;
    private EnforcementOptions enforcement = EnforcementOptions.defaults();
    private Duration requestTimeout = ServerDefaults.envTimeout(System.getenv());
    private int maxInFlight = 256;
    /** 0: derived from the other settings when built. */
    private long maxBufferedBytes;
    private int maxConnections = ServerDefaults.MAX_CONNECTIONS;
    private int workers = Runtime.getRuntime().availableProcessors();
    private Duration drainTimeout = Duration.ofSeconds(30);
    private boolean loadInBackground;
    private boolean accessLog = true;

    private Builder() {}

    /**
     * Adds a model: {@code uri} is anything {@link io.mlmodel.store.ModelLocations#resolve(String)}
     * resolves (a folder, {@code file:}, {@code runs:/}, {@code models:/}).
     *
     * @param name the model's name in the routes
     * @param uri where the model is
     * @return this builder
     * @throws IllegalArgumentException when the name is not 1–128 letters, digits, {@code .}, {@code _}
     *     or {@code -} (starting with a letter or digit), or is already used
     */
    public Builder model(String name, String uri) {
      Objects.requireNonNull(uri, "uri");
      if (models.putIfAbsent(ServerDefaults.modelName(name), uri) != null) {
        throw new IllegalArgumentException("model name used twice: '" + name + "'");
      }
      return this;
    }

    /**
     * See {@link ServerConfig#host()}.
     *
     * @param value a host name or IP address
     * @return this builder
     */
    public Builder host(String value) {
      this.host = Objects.requireNonNull(value, "host");
      return this;
    }

    /**
     * See {@link ServerConfig#port()}; 0 to 65535.
     *
     * @param value the port
     * @return this builder
     */
    public Builder port(int value) {
      this.port = ServerDefaults.port(value);
      return this;
    }

    /**
     * See {@link ServerConfig#enforcement()}.
     *
     * @param value the decoding and enforcement settings
     * @return this builder
     */
    public Builder enforcement(EnforcementOptions value) {
      this.enforcement = Objects.requireNonNull(value, "enforcement");
      return this;
    }

    /**
     * See {@link ServerConfig#requestTimeout()}; positive.
     *
     * @param value the request timeout
     * @return this builder
     */
    public Builder requestTimeout(Duration value) {
      this.requestTimeout = ServerDefaults.positive(value, "requestTimeout");
      return this;
    }

    /**
     * See {@link ServerConfig#maxInFlight()}; positive.
     *
     * @param value the in-flight limit
     * @return this builder
     */
    public Builder maxInFlight(int value) {
      this.maxInFlight = ServerDefaults.positive(value, "maxInFlight");
      return this;
    }

    /**
     * See {@link ServerConfig#maxBufferedBytes()}; at least the body limit ({@link
     * EnforcementOptions#maxRequestBytes()}), checked by {@link #build()}.
     *
     * @param value the most bytes of request bodies held at once
     * @return this builder
     */
    public Builder maxBufferedBytes(long value) {
      this.maxBufferedBytes = ServerDefaults.positive(value, "maxBufferedBytes");
      return this;
    }

    /**
     * See {@link ServerConfig#maxConnections()}; positive.
     *
     * @param value the most connections open at once
     * @return this builder
     */
    public Builder maxConnections(int value) {
      this.maxConnections = ServerDefaults.positive(value, "maxConnections");
      return this;
    }

    /**
     * See {@link ServerConfig#workers()}; positive.
     *
     * @param value the worker thread count
     * @return this builder
     */
    public Builder workers(int value) {
      this.workers = ServerDefaults.positive(value, "workers");
      return this;
    }

    /**
     * See {@link ServerConfig#drainTimeout()}; zero or more.
     *
     * @param value the drain timeout
     * @return this builder
     */
    public Builder drainTimeout(Duration value) {
      this.drainTimeout = ServerDefaults.notNegative(value, "drainTimeout");
      return this;
    }

    /**
     * See {@link ServerConfig#loadInBackground()}.
     *
     * @param value true to bind before loading
     * @return this builder
     */
    public Builder loadInBackground(boolean value) {
      this.loadInBackground = value;
      return this;
    }

    /**
     * See {@link ServerConfig#accessLog()}.
     *
     * @param value true to log each request
     * @return this builder
     */
    public Builder accessLog(boolean value) {
      this.accessLog = value;
      return this;
    }

    /**
     * The settings.
     *
     * @return the immutable settings
     * @throws IllegalArgumentException when no model was added, or {@code maxBufferedBytes} is below
     *     the body limit
     */
    public ServerConfig build() {
      return new ServerConfig(this);
    }

  }
}
