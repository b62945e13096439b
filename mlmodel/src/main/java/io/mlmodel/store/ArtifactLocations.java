package io.mlmodel.store;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Finds the local folder behind an artifact location recorded in a meta.yaml. Such locations were
 * written on the machine that ran MLflow ({@code file:///C:/Users/ana/proj/mlruns/1/abc/artifacts},
 * {@code mlflow-artifacts:/1/abc/artifacts}), so when the recorded path is not on this machine the
 * part of it that lies inside a tracking folder ({@code 1/abc/artifacts}) is looked up in this
 * store instead: that is what makes a store copied from elsewhere, or committed to git, usable.
 */
final class ArtifactLocations {
  private ArtifactLocations() {}

  /** Whether {@code recorded} is a location this class handles (a path, file: or mlflow-artifacts:). */
  static boolean isLocal(String recorded) {
    String lower = recorded.toLowerCase(Locale.ROOT);
    if (lower.startsWith("mlflow-artifacts:") || lower.startsWith("file:")) {
      return true;
    }
    return !lower.matches("^[a-z][a-z0-9+.\\-]+:.*");
  }

  /**
   * The local folder for {@code recorded}, trying in turn: the path itself, the path inside the
   * store's artifact root (for {@code mlflow-artifacts:}), its store-relative tail relocated into
   * the store, and {@code layoutDir} (where the store's layout puts it), when given.
   */
  static Optional<Path> find(@Nullable String recorded, TrackingStore store, @Nullable Path layoutDir) {
    if (recorded != null && isLocal(recorded)) {
      String location;
      if (recorded.toLowerCase(Locale.ROOT).startsWith("mlflow-artifacts:")) {
        location = stripAuthority(recorded.substring("mlflow-artifacts:".length()));
        Optional<Path> served = relocate(location, store.artifactRoot(), false);
        if (served.isPresent()) {
          return served;
        }
      } else if (recorded.toLowerCase(Locale.ROOT).startsWith("file:")
          && UriParser.foreignHost(recorded.substring(5)) != null && !UriParser.WINDOWS) {
        // another machine's share: neither /host/share nor MLflow's /share (the host dropped) is
        // it, so only its tail is looked up in this store, below
        location = UriParser.anyHostLocation(recorded.substring(5));
      } else {
        location = recorded.toLowerCase(Locale.ROOT).startsWith("file:")
            ? UriParser.fileLocation(recorded.substring(5)) : UriParser.normalizeWindows(recorded);
        Optional<Path> direct = existing(location, store);
        if (direct.isPresent()) {
          return direct;
        }
      }
      Optional<Path> moved = relocate(location, store.root(), true);
      if (moved.isPresent()) {
        return moved;
      }
    }
    return layoutDir != null && Files.exists(layoutDir) ? Optional.of(layoutDir) : Optional.empty();
  }

  private static Optional<Path> existing(String location, TrackingStore store) {
    if (location.isBlank()) {
      return Optional.empty();
    }
    try {
      Path p = Path.of(location);
      if (Files.exists(p)) {
        return Optional.of(p);
      }
      // A relative location (file://./my_model) was relative to where MLflow ran: beside mlruns/.
      Path parent = store.root().toAbsolutePath().getParent();
      if (!p.isAbsolute() && parent != null && Files.exists(parent.resolve(p))) {
        return Optional.of(parent.resolve(p).normalize());
      }
    } catch (InvalidPathException e) {
      // Not a path of this operating system: only relocation can find it.
    }
    return Optional.empty();
  }

  /**
   * Finds the first tail of {@code location} that starts with an experiment folder of {@code base}
   * and exists there. In the tracking folder an experiment folder holds a meta.yaml; in an
   * artifact root (no meta.yaml files) its name is an all-digit experiment id.
   */
  private static Optional<Path> relocate(String location, Path base, boolean needsMeta) {
    List<String> segments = List.of(location.split("[/\\\\]+"));
    for (int i = 0; i < segments.size() - 1; i++) {
      String first = segments.get(i);
      if (first.isEmpty() || first.startsWith(".")) {
        continue;
      }
      try {
        Path experiment = base.resolve(first);
        boolean isExperiment = needsMeta ? Files.isRegularFile(experiment.resolve("meta.yaml"))
            : UriParser.isDigits(first) && Files.isDirectory(experiment);
        if (!isExperiment) {
          continue;
        }
        Path candidate = base.resolve(String.join("/", segments.subList(i, segments.size()))).normalize();
        if (candidate.startsWith(base.normalize()) && Files.exists(candidate)) {
          return Optional.of(candidate);
        }
      } catch (InvalidPathException e) {
        // A segment such as "C:" on Windows cannot start a relative path: skip it.
      }
    }
    return Optional.empty();
  }

  private static String stripAuthority(String rest) {
    if (rest.startsWith("//")) {
      int slash = rest.indexOf('/', 2);
      return slash < 0 ? "" : rest.substring(slash);
    }
    return rest;
  }
}
