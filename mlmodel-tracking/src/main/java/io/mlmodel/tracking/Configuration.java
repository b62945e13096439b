package io.mlmodel.tracking;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.io.UrlText;
import io.mlmodel.tracking.internal.HttpSettings;
import io.mlmodel.tracking.internal.Limits;
import io.mlmodel.tracking.internal.Resolver;
import io.mlmodel.tracking.internal.Variables;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A client's settings: what the builder set, and every option it left unset read from the
 * environment as MLflow reads it (system properties first where the core has one).
 */
final class Configuration {
  private Configuration() {}

  /** The builder's choices; null is "unset, ask the environment". */
  record Options(Function<String, @Nullable String> variables, @Nullable URI trackingUri, @Nullable Path cacheDir,
      @Nullable Duration refTtl, @Nullable Long maxCacheBytes, @Nullable Boolean offline, @Nullable Integer maxRetries,
      @Nullable Integer backoffFactor, @Nullable Duration timeout, @Nullable Duration downloadTimeout, Limits limits) {}

  static TrackingClient client(Options o) {
    Variables v = new Variables(o.variables());
    URI server = o.trackingUri() != null ? o.trackingUri() : trackingUri(v);
    if (server == null || !("http".equalsIgnoreCase(server.getScheme()) || "https".equalsIgnoreCase(server.getScheme()))
        || server.getHost() == null) {
      String given = server != null ? server.toString() : trackingText(v);
      String why = given != null && (server == null || server.getHost() == null && server.getRawAuthority() != null)
          ? " (no host name a URI may have: letters, digits, '-' and '.', or an IP address)" : "";
      throw new ModelException("unsupported-uri", Location.UNKNOWN, "a tracking server is needed (an http:// or https://"
          + " URI in MLFLOW_TRACKING_URI), " + (given == null ? "and none is set (neither MLFLOW_TRACKING_URI nor the"
          + " system property mlmodel.trackingUri)" : "not '" + UrlText.withoutUserInfo(given, "***@") + "'" + why)
          + "; a local mlruns folder is read with TrackingStore");
    }
    // credentials in the URI (http://user:password@host) are Basic auth, as requests takes them from
    // the URL for MLflow's client (the variables' pair wins); requests and messages never show them
    String @Nullable [] fromUri = credentials(server);
    server = withoutCredentials(server);
    HttpSettings defaults = HttpSettings.from(server, v);
    boolean variablesPair = notEmpty(defaults.username()) && notEmpty(defaults.password());
    HttpSettings http = new HttpSettings(server, variablesPair || fromUri == null ? defaults.username() : fromUri[0],
        variablesPair || fromUri == null ? defaults.password() : fromUri[1], defaults.token(),
        defaults.insecureTls(), defaults.serverCert(), defaults.clientCert(),
        o.maxRetries() != null ? o.maxRetries() : defaults.maxRetries(),
        o.backoffFactor() != null ? o.backoffFactor() : defaults.backoffFactor(), defaults.backoffJitter(),
        o.timeout() != null ? o.timeout() : defaults.timeout(),
        o.downloadTimeout() != null ? o.downloadTimeout() : defaults.downloadTimeout(),
        defaults.respectRetryAfter(), defaults.allowRedirects());
    Resolver.CacheSettings cache = new Resolver.CacheSettings(
        (o.cacheDir() != null ? o.cacheDir() : cacheDir(v)).resolve("tracking").toAbsolutePath(),
        o.refTtl() != null ? o.refTtl() : Duration.ofSeconds(v.nonNegative("MLMODEL_CACHE_TTL", 0)),
        o.maxCacheBytes() != null ? o.maxCacheBytes() : v.nonNegative("MLMODEL_CACHE_MAX_BYTES", 0),
        o.offline() != null ? o.offline() : v.bool("MLMODEL_OFFLINE", false));
    return new TrackingClient(new Resolver(http, v, cache, o.limits()), server);
  }

  /** The user and password of {@code server}'s user information, percent-decoded; null when it has none. */
  private static String @Nullable [] credentials(URI server) {
    String info = server.getRawUserInfo();
    if (info == null) {
      return null;
    }
    int colon = info.indexOf(':');
    String user = colon < 0 ? info : info.substring(0, colon);
    String password = colon < 0 ? "" : info.substring(colon + 1);
    return new String[] {decode(user), decode(password)};
  }

  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8); // percent-decoding only: '+' stays
  }

  /** {@code server} without its user information, raw parts kept as they were. */
  private static URI withoutCredentials(URI server) {
    String authority = server.getRawAuthority();
    if (server.getRawUserInfo() == null || authority == null) {
      return server;
    }
    return URI.create(server.getScheme() + "://" + authority.substring(authority.lastIndexOf('@') + 1)
        + (server.getRawPath() == null ? "" : server.getRawPath())
        + (server.getRawQuery() == null ? "" : "?" + server.getRawQuery())
        + (server.getRawFragment() == null ? "" : "#" + server.getRawFragment()));
  }

  private static boolean notEmpty(@Nullable String s) {
    return s != null && !s.isEmpty();
  }

  /** System property {@code mlmodel.trackingUri} (as the core's TrackingStore), else MLFLOW_TRACKING_URI. */
  static @Nullable URI trackingUri(Variables v) {
    String s = trackingText(v);
    try {
      return s == null ? null : URI.create(s.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static @Nullable String trackingText(Variables v) {
    String s = System.getProperty("mlmodel.trackingUri");
    if (s == null || s.isBlank()) {
      s = v.get("MLFLOW_TRACKING_URI");
    }
    return s == null || s.isBlank() ? null : s;
  }

  /** System property {@code mlmodel.cacheDir}, else MLMODEL_CACHE_DIR, else XDG_CACHE_HOME/mlmodel, else ~/.cache/mlmodel. */
  static Path cacheDir(Variables v) {
    String dir = System.getProperty("mlmodel.cacheDir");
    if (dir == null || dir.isBlank()) {
      dir = v.get("MLMODEL_CACHE_DIR");
    }
    if (dir != null && !dir.isBlank()) {
      return Path.of(dir);
    }
    String xdg = v.get("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "mlmodel");
    }
    return Path.of(System.getProperty("user.home"), ".cache", "mlmodel");
  }
}
