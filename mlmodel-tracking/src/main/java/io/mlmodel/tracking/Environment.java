package io.mlmodel.tracking;

import io.mlmodel.tracking.internal.Variables;
import java.net.URI;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Where the environment puts the tracking server and the cache. */
final class Environment {
  private Environment() {}

  /** System property {@code mlmodel.trackingUri} (as the core's TrackingStore), else MLFLOW_TRACKING_URI. */
  static @Nullable URI trackingUri(Variables v) {
    String s = System.getProperty("mlmodel.trackingUri");
    if (s == null || s.isBlank()) {
      s = v.get("MLFLOW_TRACKING_URI");
    }
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return URI.create(s.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
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
