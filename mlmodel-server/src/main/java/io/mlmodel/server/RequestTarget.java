package io.mlmodel.server;

import io.netty.handler.codec.http.QueryStringDecoder;

/**
 * The path a request is routed by, from its request target: the origin form ({@code /ping?a=1})
 * without query and fragment, percent-decoded, with its leading slashes made one, as Werkzeug
 * routes it. Stateless.
 */
final class RequestTarget {
  private RequestTarget() {}

  /**
   * The request target's path, percent-decoded; a plain one (the common case) is taken as it is.
   * An absolute-form target ({@code http://host/ping}), which a server must accept (RFC 9112,
   * 3.2.2) and MLflow's does, is routed by its path. Leading slashes count as one ({@code //ping}
   * is {@code /ping}, also when a slash is escaped: {@code /%2Fping}): Werkzeug 2.2's {@code
   * MapAdapter.match} strips them, so MLflow's server answers {@code //ping} and {@code
   * //invocations} as {@code /ping} and {@code /invocations}. Slashes doubled further on are kept
   * (a 404: Werkzeug redirects them to the merged path only when that matches a route, and every
   * MLflow route is one segment).
   */
  static String path(String target) {
    String path = decoded(target);
    return path.length() > 1 && path.charAt(1) == '/' && path.charAt(0) == '/' ? oneLeadingSlash(path) : path;
  }

  private static String oneLeadingSlash(String path) {
    int i = 1;
    while (i < path.length() && path.charAt(i) == '/') {
      i++;
    }
    return path.substring(i - 1);
  }

  private static String decoded(String target) {
    String uri = target.startsWith("/") ? target : originForm(target);
    for (int i = 0; i < uri.length(); i++) {
      char c = uri.charAt(i);
      if (c == '?' || c == '#' || c == '%') {
        try {
          return new QueryStringDecoder(uri).path();
        } catch (IllegalArgumentException e) {
          // a malformed escape (%ZZ): Werkzeug keeps the path as it is, and no route has a '%': 404
          int end = uri.length();
          for (char stop : new char[] {'?', '#'}) {
            end = uri.indexOf(stop) >= 0 ? Math.min(end, uri.indexOf(stop)) : end;
          }
          return uri.substring(0, end);
        }
      }
    }
    return uri;
  }

  /** An absolute-form target without its scheme and authority; any other target as it is. */
  private static String originForm(String target) {
    int authority = target.regionMatches(true, 0, "http://", 0, 7) ? 7
        : target.regionMatches(true, 0, "https://", 0, 8) ? 8 : -1;
    if (authority < 0) {
      return target;
    }
    for (int i = authority; i < target.length(); i++) {
      char c = target.charAt(i);
      if (c == '/' || c == '?' || c == '#') {
        return c == '/' ? target.substring(i) : "/" + target.substring(i);
      }
    }
    return "/";
  }
}
