package io.mlmodel.tracking;

import io.mlmodel.ModelException;
import io.mlmodel.tracking.internal.Limits;
import io.mlmodel.tracking.internal.Resolver;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Model URIs resolved against an MLflow tracking server: {@code models:/name/3}, {@code
 * models:/name@alias}, {@code models:/name/Production}, {@code models:/name/latest}, {@code
 * models:/m-<id>} (MLflow 3 logged models), {@code runs:/<run_id>/path} and {@code
 * mlflow-artifacts:/path}, downloaded through the server's artifact proxy (or an {@code s3://}
 * store with {@code mlmodel-tracking-s3}) into a local cache.
 *
 * <pre>{@code
 * TrackingClient client = TrackingClient.fromEnvironment();   // MLFLOW_TRACKING_URI=http://mlflow:5000
 * Path dir = client.resolve("models:/fraud@champion");
 * MLModel model = MLModels.read(dir);
 * }</pre>
 *
 * <p>A pinned version, run path or logged model is downloaded once and then served from the cache
 * without network; an alias, a stage and {@code latest} are asked of the server on every call, or
 * once per {@link Builder#refTtl(Duration) TTL}. Authentication, TLS, retries and timeouts follow
 * MLflow's variables ({@code MLFLOW_TRACKING_TOKEN}, {@code MLFLOW_HTTP_REQUEST_MAX_RETRIES}, ...;
 * see docs/model-uris-remote.md). Instances are immutable and thread-safe, and several processes
 * may share one cache folder. Errors are {@link ModelException}s with a code ({@code not-found},
 * {@code unauthorized}, {@code timeout}, {@code unreachable}, {@code path-escape}, {@code limit},
 * {@code size-mismatch}, {@code offline}, {@code unsupported-uri}, ...); local file system failures
 * are {@link java.io.UncheckedIOException}s.
 */
public final class TrackingClient {
  private final Resolver resolver;
  private final URI server;

  TrackingClient(Resolver resolver, URI server) {
    this.resolver = resolver;
    this.server = server;
  }

  /**
   * A client configured from the environment alone, as MLflow's Python client would be.
   *
   * @return the client
   * @throws ModelException as {@link Builder#build()}
   */
  public static TrackingClient fromEnvironment() {
    return builder().build();
  }

  /**
   * A builder whose unset options come from the environment.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The tracking server.
   *
   * @return its URI
   */
  public URI server() {
    return server;
  }

  /**
   * The folder of this server's cache entries.
   *
   * @return {@code <cache dir>/tracking/<host_port-hash>}
   */
  public Path cacheFolder() {
    return resolver.cacheFolder();
  }

  /**
   * The local model folder (or file, when the URI names one) of {@code uri}, from the cache.
   *
   * @param uri a {@code models:/}, {@code runs:/} or {@code mlflow-artifacts:/} URI
   * @return the cached folder or file, complete; never modify it
   */
  public Path resolve(String uri) {
    return resolve(uri, DownloadListener.NONE);
  }

  /**
   * Same, telling {@code listener} how a download advances.
   *
   * @param uri a {@code models:/}, {@code runs:/} or {@code mlflow-artifacts:/} URI
   * @param listener told of the progress, when something is downloaded
   * @return the cached folder or file, complete; never modify it
   */
  public Path resolve(String uri, DownloadListener listener) {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(listener, "listener");
    return resolver.resolve(uri, listener);
  }

  /**
   * Copies what {@code uri} names into {@code dir} (created if needed) as {@code dir/<name>}, the
   * last segment of the artifact path, through the cache; the copy is made in a temporary sibling
   * and renamed, so {@code dir/<name>} is complete or absent.
   *
   * @param uri a {@code models:/}, {@code runs:/} or {@code mlflow-artifacts:/} URI
   * @param dir the folder to copy into
   * @param listener told of the progress, when something is downloaded
   * @return the copied file or folder
   * @throws ModelException code {@code exists} when {@code dir/<name>} already exists
   */
  public Path download(String uri, Path dir, DownloadListener listener) {
    Path cached = resolve(uri, listener);
    return Copies.into(cached, dir);
  }

  @Override
  public String toString() {
    return "TrackingClient[" + server + "]";
  }

  /**
   * Options; each unset one comes from the environment (the variables given to {@link
   * #variables(Function)}, by default the process environment). Not thread-safe.
   */
  public static final class Builder {
    private Function<String, @Nullable String> variables = System::getenv;
    private @Nullable URI trackingUri;
    private @Nullable Path cacheDir;
    private @Nullable Duration refTtl;
    private @Nullable Long maxCacheBytes;
    private @Nullable Boolean offline;
    private @Nullable Integer maxRetries;
    private @Nullable Integer backoffFactor;
    private @Nullable Duration timeout;
    private @Nullable Duration downloadTimeout;
    private Limits limits = Limits.DEFAULT;

    private Builder() {}

    /**
     * Where MLflow's and this module's variables are read (default: {@link System#getenv(String)}).
     *
     * @param lookup gives a variable's value, or null when it is unset
     * @return this builder
     */
    public Builder variables(Function<String, @Nullable String> lookup) {
      this.variables = Objects.requireNonNull(lookup, "lookup");
      return this;
    }

    /**
     * Variables from a map, falling back to nothing (for tests and embedding).
     *
     * @param map the variables
     * @return this builder
     */
    public Builder variables(Map<String, String> map) {
      Map<String, String> copy = Map.copyOf(map);
      return variables(copy::get);
    }

    /**
     * The tracking server (default: system property {@code mlmodel.trackingUri}, else {@code MLFLOW_TRACKING_URI}).
     *
     * @param server the tracking server's http(s) URI
     * @return this builder
     */
    public Builder trackingUri(URI server) {
      this.trackingUri = Objects.requireNonNull(server, "server");
      return this;
    }

    /**
     * The cache folder (default: {@code MLMODEL_CACHE_DIR}, else {@code ~/.cache/mlmodel}; entries go in its {@code tracking/}).
     *
     * @param dir the cache folder
     * @return this builder
     */
    public Builder cacheDir(Path dir) {
      this.cacheDir = Objects.requireNonNull(dir, "dir");
      return this;
    }

    /**
     * How long an alias or stage answer is reused (default: {@code MLMODEL_CACHE_TTL} seconds, else 0: ask every time).
     *
     * @param ttl how long; zero asks every time
     * @return this builder
     * @throws IllegalArgumentException if {@code ttl} is negative
     */
    public Builder refTtl(Duration ttl) {
      if (Objects.requireNonNull(ttl, "ttl").isNegative()) {
        throw new IllegalArgumentException("refTtl must not be negative, but got " + ttl);
      }
      this.refTtl = ttl;
      return this;
    }

    /**
     * The cache's size bound in bytes, least recently used entries evicted (default: {@code MLMODEL_CACHE_MAX_BYTES}, else none).
     *
     * @param bytes the bound; 0 for none
     * @return this builder
     * @throws IllegalArgumentException if {@code bytes} is negative
     */
    public Builder maxCacheBytes(long bytes) {
      if (bytes < 0) {
        throw new IllegalArgumentException("maxCacheBytes must be 0 (no bound) or more, but got " + bytes);
      }
      this.maxCacheBytes = bytes;
      return this;
    }

    /**
     * Cache only, no network (default: {@code MLMODEL_OFFLINE}, else false).
     *
     * @param on true for cache only
     * @return this builder
     */
    public Builder offline(boolean on) {
      this.offline = on;
      return this;
    }

    /**
     * Retries of a failed request (default: {@code MLFLOW_HTTP_REQUEST_MAX_RETRIES}, else 5).
     *
     * @param retries 0 to 9
     * @return this builder
     */
    public Builder maxRetries(int retries) {
      this.maxRetries = retries;
      return this;
    }

    /**
     * The backoff factor in seconds (default: {@code MLFLOW_HTTP_REQUEST_BACKOFF_FACTOR}, else 2).
     *
     * @param seconds 0 to 119
     * @return this builder
     */
    public Builder backoffFactor(int seconds) {
      this.backoffFactor = seconds;
      return this;
    }

    /**
     * The connect and read timeout (default: {@code MLFLOW_HTTP_REQUEST_TIMEOUT} seconds, else 120).
     *
     * @param t a positive duration
     * @return this builder
     */
    public Builder timeout(Duration t) {
      this.timeout = Objects.requireNonNull(t, "t");
      return this;
    }

    /**
     * How long one artifact's download may take in all, listings, files and retries together
     * (default: {@code MLMODEL_DOWNLOAD_TIMEOUT} seconds, else none). The {@link #timeout(Duration)
     * timeout} bounds each wait for data; this bounds a server that sends a byte just within it,
     * for ever. A download that passes it is the error {@code timeout}, and leaves no entry.
     *
     * @param total the time allowed; zero for no deadline
     * @return this builder
     * @throws IllegalArgumentException if {@code total} is negative
     */
    public Builder downloadTimeout(Duration total) {
      if (Objects.requireNonNull(total, "total").isNegative()) {
        throw new IllegalArgumentException("downloadTimeout must be 0 (none) or more, but got " + total);
      }
      this.downloadTimeout = total;
      return this;
    }

    /**
     * Bounds on one download (default: 100,000 files, 64 GiB, 64 folders deep).
     *
     * @param maxFiles files in one artifact
     * @param maxBytes bytes in one artifact, listed and received
     * @param maxDepth folder nesting
     * @return this builder
     */
    public Builder limits(int maxFiles, long maxBytes, int maxDepth) {
      this.limits = new Limits(maxFiles, maxBytes, maxDepth);
      return this;
    }

    /**
     * The client.
     *
     * @return the client, immutable and thread-safe
     * @throws ModelException code {@code unsupported-uri} when no http(s) tracking server is named,
     *     {@code bad-setting} for a malformed variable
     */
    public TrackingClient build() {
      return Configuration.client(new Configuration.Options(variables, trackingUri, cacheDir, refTtl, maxCacheBytes,
          offline, maxRetries, backoffFactor, timeout, downloadTimeout, limits));
    }
  }
}
