package io.mlmodel.tracking.internal;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.store.ModelUri;
import io.mlmodel.store.PathUri;
import io.mlmodel.tracking.DownloadListener;
import io.mlmodel.tracking.spi.ArtifactStoreProvider;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

/**
 * A model URI to a local path: pin it (an alias, a stage, {@code latest} become a version, online
 * or from the remembered answer), then take the pinned entry from the cache or download it.
 */
public final class Resolver {
  /** The cache's settings. */
  public record CacheSettings(Path dir, Duration refTtl, long maxBytes, boolean offline) {}

  private static final int MAX_HOPS = 8;
  /** The refs key prefix of a pinned URI whose artifact location is another runs:/ or models:/ URI. */
  private static final String FORWARD = "forward ";

  private final Locator locator;
  private final ModelCache cache;
  private final Refs refs;
  private final Pinning pinning;
  private final Downloader downloader;
  private final CacheSettings settings;
  private final URI server;
  private final Duration downloadTimeout;

  public Resolver(HttpSettings http, Variables variables, CacheSettings settings, Limits limits) {
    this.server = http.server();
    this.downloadTimeout = http.downloadTimeout();
    this.settings = settings;
    List<ArtifactStoreProvider> providers = ServiceLoader.load(ArtifactStoreProvider.class,
        Resolver.class.getClassLoader()).stream().map(ServiceLoader.Provider::get).toList();
    this.locator = new Locator(new Rest(new Http(http)), variables, providers);
    this.cache = new ModelCache(settings.dir().resolve(serverFolder(server)), new Eviction(settings.dir(), settings.maxBytes()));
    this.refs = new Refs(cache.root());
    this.pinning = new Pinning(locator, refs, settings, cache.root());
    this.downloader = new Downloader(limits);
  }

  /** {@code host_port-hash}: readable, and distinct for two servers on one host. */
  static String serverFolder(URI server) {
    String host = server.getHost() == null ? "server" : server.getHost().replaceAll("[^A-Za-z0-9.-]", "_");
    return host + "_" + (server.getPort() < 0 ? server.getScheme() : Integer.toString(server.getPort()))
        + "-" + ModelCache.hash(server.toString().replaceAll("/+$", "")).substring(0, 8);
  }

  /** This server's part of the cache. */
  public Path cacheFolder() {
    return cache.root();
  }

  /** The local file or folder {@code uri} names. */
  public Path resolve(String uri, DownloadListener listener) {
    return resolve(uri, listener, 0);
  }

  private Path resolve(String uri, DownloadListener listener, int hops) {
    if (hops > MAX_HOPS) {
      throw new ModelException("limit", Location.UNKNOWN, "'" + uri + "': artifact locations lead through more than "
          + MAX_HOPS + " runs:/ or models:/ URIs (a loop?)");
    }
    String scheme = scheme(uri);
    if (hops == 0 && (scheme.isEmpty() || scheme.equals("file"))) { // the server's own locations are judged by Locator
      throw new ModelException("unsupported-uri", Location.UNKNOWN, "'" + uri + "' is a local path, not a URI that a"
          + " tracking server answers (models:/, runs:/, mlflow-artifacts:/); read it with MLModels.read");
    }
    if (!scheme.equals("runs") && !scheme.equals("models")) {
      return fetch(uri, uri, null, listener, hops);
    }
    ModelUri parsed = ModelUri.parse(uri);
    if (parsed instanceof PathUri p) {
      return p.path();
    }
    ModelUri pinned = pinning.pin(parsed, uri);
    return fetch(Pinning.key(pinned), uri, pinned, listener, hops);
  }

  private Path fetch(String key, String uri, @Nullable ModelUri parsed, DownloadListener listener, int hops) {
    Optional<Path> hit = cache.lookup(key);
    if (hit.isPresent()) {
      return hit.get();
    }
    // A version registered with a runs:/ source (MlflowClient.create_model_version) names another
    // pinned URI: what it named is remembered, so that it too is answered from the cache, offline too.
    Optional<String> forward = parsed == null ? Optional.empty() : refs.get(FORWARD + key, -1).filter(v -> !v.isEmpty());
    if (forward.isEmpty() && settings.offline()) {
      throw pinning.offline(uri, "'" + key + "' is not in the cache " + cache.root());
    }
    String location = forward.isPresent() ? forward.get() : parsed == null ? uri : locator.artifactUri(parsed);
    String s = scheme(location);
    if (s.equals("runs") || s.equals("models")) {
      if (forward.isEmpty()) {
        refs.save(FORWARD + key, location);
      }
      return resolve(location, listener, hops + 1);
    }
    return cache.fill(key, location, dir -> {
      // from here, under the entry's lock: waiting for another caller's download of it is not ours
      Deadline deadline = Deadline.after(downloadTimeout);
      Locator.Target target = locator.open(location, deadline);
      return downloader.fetch(target.store(), target.path(), dir, listener, deadline);
    });
  }

  private static String scheme(String uri) {
    int colon = uri.indexOf(':');
    return colon <= 1 ? "" : uri.substring(0, colon).toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return "Resolver[" + server + ", cache " + cache.root() + "]";
  }
}
