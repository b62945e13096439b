package io.mlmodel.tracking.internal;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.store.LoggedModelUri;
import io.mlmodel.store.ModelUri;
import io.mlmodel.store.ModelsUri;
import io.mlmodel.store.RunsUri;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A parsed {@code runs:/} or {@code models:/} URI to the pinned URI whose cache entry holds it: an
 * alias, a stage or {@code latest} become the version they name now (asked of the server, or the
 * answer remembered within the TTL, or any remembered answer offline), a version is its number,
 * a run path is normalised; and the cache key of a pinned URI.
 */
final class Pinning {
  private final Locator locator;
  private final Refs refs;
  private final Resolver.CacheSettings settings;
  private final Path cacheRoot;

  Pinning(Locator locator, Refs refs, Resolver.CacheSettings settings, Path cacheRoot) {
    this.locator = locator;
    this.refs = refs;
    this.settings = settings;
    this.cacheRoot = cacheRoot;
  }

  /** The pinned form of {@code parsed} ({@code uri} as given, for errors). */
  ModelUri pin(ModelUri parsed, String uri) {
    if (parsed instanceof RunsUri r) {
      return new RunsUri(r.runId(), SafeNames.normalizePath(r.artifactPath(), uri));
    }
    if (parsed instanceof ModelsUri m) {
      // a version as the server reads it: MLflow's client sends models:/x/02 as "02", which the
      // server takes as the integer 2, so both share one entry (and we ask for "2")
      long version = m.kind() == ModelsUri.Kind.VERSION ? m.version() : version(m);
      return new ModelsUri(m.name(), ModelsUri.Kind.VERSION, Long.toString(version));
    }
    return parsed;
  }

  private long version(ModelsUri m) {
    String key = m.uri();
    long ttl = settings.offline() ? -1 : TimeUnit.NANOSECONDS.toMillis(Deadline.nanos(settings.refTtl()));
    if (settings.offline() || ttl > 0) {
      Optional<String> known = refs.get(key, ttl).filter(v -> v.matches("[0-9]{1,18}")); // else foreign: ask again
      if (known.isPresent()) {
        return Long.parseLong(known.get());
      }
      if (settings.offline()) {
        throw offline(m.uri(), "which version '" + m.uri() + "' names was never resolved on this machine");
      }
    }
    long v = locator.version(m);
    refs.save(key, Long.toString(v));
    return v;
  }

  /** The cache key of a pinned URI. */
  static String key(ModelUri pinned) {
    if (pinned instanceof RunsUri r) {
      return "runs:/" + r.runId() + (r.artifactPath().isEmpty() ? "" : "/" + r.artifactPath());
    }
    if (pinned instanceof LoggedModelUri l) {
      return "models:/" + l.modelId();
    }
    return pinned.uri();
  }

  /** The error of a URI that cannot be answered without the network. */
  ModelException offline(String uri, String why) {
    return new ModelException("offline", Location.of(cacheRoot), "cannot resolve '" + uri + "' offline: " + why);
  }
}
