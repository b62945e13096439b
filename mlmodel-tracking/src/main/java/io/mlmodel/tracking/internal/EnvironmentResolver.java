package io.mlmodel.tracking.internal;

import io.mlmodel.store.ModelUriResolver;
import io.mlmodel.tracking.DownloadListener;
import io.mlmodel.tracking.TrackingClient;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The core's {@link ModelUriResolver}: when {@code MLFLOW_TRACKING_URI} (or the system property
 * {@code mlmodel.trackingUri}) names an http(s) server, {@code runs:/}, {@code models:/} and
 * {@code mlflow-artifacts:} URIs are resolved against it through a {@link TrackingClient} built
 * from the environment; otherwise it declines, without network. {@link #handles} tells which,
 * also without network.
 */
public final class EnvironmentResolver implements ModelUriResolver {
  private volatile @Nullable Holder holder;

  private record Holder(String trackingUri, TrackingClient client) {}

  @Override
  public boolean handles(String uri) {
    return server(uri) != null;
  }

  @Override
  public Optional<Path> resolve(String uri) {
    String tracking = server(uri);
    if (tracking == null) {
      return Optional.empty();
    }
    return Optional.of(client(tracking + " " + System.getProperty("mlmodel.cacheDir", ""))
        .resolve(uri, DownloadListener.NONE));
  }

  /** The tracking server's URI when {@code uri} is one this resolver fetches from it, else null. */
  private static @Nullable String server(String uri) {
    int colon = uri.indexOf(':');
    String scheme = colon < 0 ? "" : uri.substring(0, colon).toLowerCase(Locale.ROOT);
    if (!scheme.equals("runs") && !scheme.equals("models") && !scheme.equals("mlflow-artifacts")) {
      return null;
    }
    String tracking = System.getProperty("mlmodel.trackingUri");
    if (tracking == null || tracking.isBlank()) {
      tracking = System.getenv("MLFLOW_TRACKING_URI");
    }
    String t = tracking == null ? "" : tracking.strip();
    String lower = t.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://") ? t : null;
  }

  /** One client per tracking URI and cache folder: its HTTP client and cache state are reused. */
  private TrackingClient client(String key) {
    Holder h = holder;
    if (h == null || !h.trackingUri().equals(key)) {
      h = new Holder(key, TrackingClient.builder().build());
      holder = h;
    }
    return h.client();
  }
}
