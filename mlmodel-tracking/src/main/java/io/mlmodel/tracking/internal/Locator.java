package io.mlmodel.tracking.internal;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.store.LoggedModelUri;
import io.mlmodel.store.ModelUri;
import io.mlmodel.store.ModelsUri;
import io.mlmodel.store.RunsUri;
import io.mlmodel.tracking.spi.ArtifactStore;
import io.mlmodel.tracking.spi.ArtifactStoreProvider;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Asks the tracking server where things are: a model URI's version ({@link #version}) and the
 * artifact location behind a pinned URI ({@link #artifactUri}), then the store that reads that
 * location ({@link #open}). The REST calls are those MLflow 2.17.2's client makes, plus MLflow 3's
 * {@code GET /api/2.0/mlflow/logged-models/{id}}.
 */
final class Locator {
  /** Where to read an artifact: the store and the path inside it. */
  record Target(ArtifactStore store, String path, String location) {}

  private static final String API = "/api/2.0/mlflow";

  private final Rest rest;
  private final Variables variables;
  private final List<ArtifactStoreProvider> providers;

  Locator(Rest rest, Variables variables, List<ArtifactStoreProvider> providers) {
    this.rest = rest;
    this.variables = variables;
    this.providers = providers;
  }

  /** The version an alias, a stage or {@code latest} names now. */
  long version(ModelsUri uri) {
    switch (uri.kind()) {
      case VERSION:
        return uri.version();
      case ALIAS: {
        JsonNode n = rest.get(API + "/registered-models/alias", Map.of("name", uri.name(), "alias", uri.selector()));
        return Rest.version(n, "/model_version/version", rest.uri(API + "/registered-models/alias", Map.of()));
      }
      default: {
        Map<String, String> q = uri.kind() == ModelsUri.Kind.STAGE
            ? Map.of("name", uri.name(), "stages", uri.selector()) : Map.of("name", uri.name());
        JsonNode n = rest.get(API + "/registered-models/get-latest-versions", q);
        long best = -1;
        URI from = rest.uri(API + "/registered-models/get-latest-versions", Map.of());
        for (JsonNode v : n.path("model_versions")) {
          best = Math.max(best, Rest.version(v, "/version", from));
        }
        if (best < 0) {
          String stage = uri.kind() == ModelsUri.Kind.STAGE ? " and stage '" + uri.selector() + "'" : "";
          throw new ModelException("not-found", Location.UNKNOWN, "No versions of model with name '" + uri.name() + "'"
              + stage + " found (on " + rest.http().settings().server() + ")");
        }
        return best;
      }
    }
  }

  /** The artifact location of a pinned URI: a version, a run path, a logged model. */
  String artifactUri(ModelUri uri) {
    if (uri instanceof ModelsUri m) {
      String version = Long.toString(version(m));
      JsonNode n = rest.get(API + "/model-versions/get-download-uri", Map.of("name", m.name(), "version", version));
      return Rest.text(n, "/artifact_uri", rest.uri(API + "/model-versions/get-download-uri", Map.of()));
    }
    if (uri instanceof RunsUri r) {
      JsonNode n = rest.get(API + "/runs/get", Map.of("run_id", r.runId()));
      String root = Rest.text(n, "/run/info/artifact_uri", rest.uri(API + "/runs/get", Map.of()));
      return r.artifactPath().isEmpty() ? root : root.replaceAll("/+$", "") + "/" + SafeNames.checkPath(r.artifactPath(), uri.uri());
    }
    if (uri instanceof LoggedModelUri l) {
      String endpoint = API + "/logged-models/" + ProxyStore.encodePath(SafeNames.check(l.modelId(), uri.uri()));
      try {
        return Rest.text(rest.get(endpoint, Map.of()), "/model/info/artifact_uri", rest.uri(endpoint, Map.of()));
      } catch (ModelException e) {
        if (e.code().equals("unsupported-server")) {
          throw new ModelException("unsupported-server", Location.UNKNOWN, "'" + uri.uri() + "' names an MLflow 3 logged model, but "
              + rest.http().settings().server() + " has no logged-models API (an MLflow 2 server); " + e.problem(), e);
        }
        throw e;
      }
    }
    throw new IllegalArgumentException(uri.uri());
  }

  /**
   * {@code scheme://authority}, which the HTTP client will request: a host a URL may have (not
   * {@code mlflow_server}, a docker-compose service name, which java.net.URI reads as no host) and a
   * port of at most 65535; else the location's error, {@code bad-uri}.
   */
  private static URI host(String scheme, String authority, String location) {
    try {
      URI u = new URI(scheme + "://" + authority);
      if (u.getHost() != null && u.getPort() <= 65535) {
        return u;
      }
    } catch (URISyntaxException noAuthority) {
      // as a host the URI does not take: the same error
    }
    throw new ModelException("bad-uri", Location.UNKNOWN, "the artifact location '" + location + "' names '" + authority
        + "', which is no host and port a URL may have (a host is letters, digits, '-' and '.', or an IP address;"
        + " a port is at most 65535)");
  }

  /** The store and path an artifact location names; the artifact proxy ends its requests at {@code deadline}. */
  Target open(String location, Deadline deadline) {
    URI u;
    try {
      u = new URI(ProxyStore.requote(location));
    } catch (URISyntaxException e) {
      throw new ModelException("bad-uri", Location.UNKNOWN, "the artifact location '" + location + "' is not a URI: " + e.getMessage());
    }
    String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
    String path = u.getPath() == null ? "" : u.getPath().replaceAll("^/+", "").replaceAll("/+$", "");
    switch (scheme) {
      case "mlflow-artifacts": {
        URI server = rest.http().settings().server();
        Rest r = u.getRawAuthority() == null ? rest : new Rest(rest.http(),
            host(server.getScheme(), u.getRawAuthority(), location));
        return new Target(new ProxyStore(r, deadline), SafeNames.checkPath(path, location), location);
      }
      case "http":
      case "https": {
        int at = path.indexOf(ProxyStore.ENDPOINT.substring(1));
        if (at < 0) {
          break;
        }
        String prefix = path.substring(0, at).replaceAll("/+$", "");
        URI base = URI.create(host(scheme, u.getRawAuthority() == null ? "" : u.getRawAuthority(), location)
            + (prefix.isEmpty() ? "" : "/" + ProxyStore.encodePath(prefix)));
        String rel = path.substring(at + ProxyStore.ENDPOINT.length() - 1).replaceAll("^/+", "");
        return new Target(new ProxyStore(new Rest(rest.http(), base), deadline), SafeNames.checkPath(rel, location), location);
      }
      case "":
      case "file":
        throw new ModelException("unsupported-uri", Location.UNKNOWN, "the tracking server keeps these artifacts at '"
            + location + "', a folder on the server's own disk; serve them with 'mlflow server --serve-artifacts'"
            + " (MLflow's default) so that clients download them through the server");
      default:
        for (ArtifactStoreProvider p : providers) {
          if (p.schemes().contains(scheme)) {
            if (u.getRawAuthority() == null) { // s3:///x would name the bucket "null"
              throw new ModelException("bad-uri", Location.UNKNOWN, "the artifact location '" + location
                  + "' names no bucket or host (" + scheme + "://<bucket>/<path>)");
            }
            return new Target(p.open(URI.create(scheme + "://" + u.getRawAuthority()), variables.lookup()),
                SafeNames.checkPath(path, location), location);
          }
        }
    }
    String reader = scheme.equals("s3") || scheme.equals("s3a")
        ? "add io.mlmodel:mlmodel-tracking-s3 to the class path to read it directly"
        : "no module of mlmodel reads '" + scheme + ":'; serve the artifacts through the tracking server"
            + " ('mlflow server --serve-artifacts') and download them from it";
    throw new ModelException("unsupported-uri", Location.UNKNOWN, "the artifact location '" + location
        + "' has the scheme '" + scheme + ":': " + reader);
  }
}
