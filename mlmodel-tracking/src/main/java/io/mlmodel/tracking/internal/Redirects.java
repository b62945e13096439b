package io.mlmodel.tracking.internal;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Set;

/**
 * Redirects followed by hand, as requests follows them for MLflow (at most 10), with two checks the
 * JDK client would not make: the target must be an http(s) URL with a host, and the Authorization
 * header goes only to the tracking server's own origin ({@link #sameOrigin}).
 */
final class Redirects {
  static final Set<Integer> STATUSES = Set.of(301, 302, 303, 307, 308);
  static final int MAX = 10;

  private Redirects() {}

  /** Whether {@code a} and {@code b} share scheme, host and port: only then may credentials go to {@code a}. */
  static boolean sameOrigin(URI a, URI b) {
    return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost() != null
        && a.getHost().equalsIgnoreCase(b.getHost()) && port(a) == port(b);
  }

  private static int port(URI u) {
    return u.getPort() >= 0 ? u.getPort() : u.getScheme().equalsIgnoreCase("https") ? 443 : 80;
  }

  /** Where a redirect leads: an http(s) URL with a host, else the error {@code http-error}. */
  static URI next(URI from, HttpResponse<?> response) {
    String location = response.headers().firstValue("Location").orElseThrow(() -> new ModelException(
        "http-error", Location.UNKNOWN, "GET " + from + ": HTTP " + response.statusCode() + " without a Location"));
    URI to;
    try {
      to = from.resolve(ProxyStore.requote(location));
    } catch (IllegalArgumentException e) {
      throw new ModelException("http-error", Location.UNKNOWN, "GET " + from + " redirects to '" + location
          + "', which is not a URL: " + e.getMessage());
    }
    String scheme = to.getScheme() == null ? "" : to.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || to.getHost() == null) {
      throw new ModelException("http-error", Location.UNKNOWN, "GET " + from + " redirects to '" + location
          + "', which is not an http(s) URL with a host");
    }
    return to;
  }
}
