package io.mlmodel.store;

import io.mlmodel.LimitExceededException;
import io.mlmodel.Location;
import io.mlmodel.ModelException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Resolves each {@link ModelUri} form against one {@link TrackingStore} (format reference §10.1). */
final class ModelLocator {
  /** How many registry sources may point at further registry URIs before we call it a loop. */
  private static final int MAX_HOPS = 8;
  private static final String RUN_ARTIFACTS = "the run's artifacts";

  private final TrackingStore store;

  ModelLocator(TrackingStore store) {
    this.store = store;
  }

  Path resolve(ModelUri uri) {
    return resolve(uri, 0);
  }

  private Path resolve(ModelUri uri, int hops) {
    if (hops > MAX_HOPS) {
      throw new LimitExceededException(Location.of(store.root()), "registry sources lead through more than "
          + MAX_HOPS + " models:/ URIs, ending at " + uri.uri() + "; is there a loop?");
    }
    if (uri instanceof PathUri p) {
      return p.path();
    } else if (uri instanceof LoggedModelUri m) {
      return store.loggedModelArtifacts(m.modelId());
    } else if (uri instanceof RunsUri r) {
      return runs(r);
    }
    ModelsUri m = (ModelsUri) uri;
    ModelRegistry registry = store.registry();
    ModelVersionMeta version = switch (m.kind()) {
      case VERSION -> registry.version(m.name(), m.version());
      case ALIAS -> registry.alias(m.name(), m.selector());
      case STAGE -> registry.latestInStage(m.name(), m.selector());
      case LATEST -> registry.latest(m.name());
    };
    return versionFiles(version, hops);
  }

  /** The run's artifact path; for MLflow 3, the run's logged model of that name when it has no such artifact. */
  private Path runs(RunsUri uri) {
    RunMeta run = store.run(uri.runId());
    Optional<Path> artifacts = store.runArtifacts(run);
    Location at = Location.of(run.file());
    String path = ArtifactPaths.normalize(uri.artifactPath(), RUN_ARTIFACTS, at);
    if (artifacts.isPresent()) {
      Path inside = ArtifactPaths.resolve(artifacts.get(), path, RUN_ARTIFACTS, at);
      if (Files.exists(inside)) {
        return inside;
      }
    }
    String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
    String rest = path.substring(first.length()).replaceFirst("^/", "");
    List<LoggedModelMeta> logged = store.loggedModels().stream()
        .filter(m -> uri.runId().equals(m.sourceRunId())).toList();
    for (LoggedModelMeta m : logged) {
      if (m.name().equals(first)) {
        Path dir = store.loggedModelArtifacts(m.modelId());
        return ArtifactPaths.resolve(dir, rest, "the files of logged model '" + m.modelId() + "'", Location.of(m.file()));
      }
    }
    List<String> have = new ArrayList<>(artifacts.map(a -> Listing.names(a)).orElse(List.of()));
    logged.forEach(m -> have.add(m.name() + " (logged model " + m.modelId() + ")"));
    throw Listing.notFound(artifacts.orElse(run.file().getParent()), "run '" + uri.runId() + "' has no artifact '"
        + path + "'; it has: " + Listing.join(have));
  }

  /** Where a registered version's files are: its storage_location, else its source. */
  private Path versionFiles(ModelVersionMeta v, int hops) {
    List<String> tried = new ArrayList<>();
    ModelException remote = null;
    for (String recorded : new String[] {v.storageLocation(), v.source()}) {
      if (recorded == null || recorded.isBlank() || tried.contains("'" + recorded + "'")) {
        continue;
      }
      tried.add("'" + recorded + "'");
      try {
        if (ArtifactLocations.isLocal(recorded)) {
          Optional<Path> found = ArtifactLocations.find(recorded, store, null);
          if (found.isPresent()) {
            return found.get();
          }
        } else {
          return resolve(ModelUri.parse(recorded), hops + 1);
        }
      } catch (ModelException e) {
        if (e.code().equals("unsupported-uri")) {
          remote = e;
        } else if (!e.code().equals("not-found")) {
          throw e;
        }
      }
    }
    String where = "version " + v.version() + " of registered model '" + v.name() + "' is stored at "
        + String.join(" and ", tried);
    if (remote != null) {
      throw new ModelException("unsupported-uri", Location.of(v.file()), where + ", which is not local", remote);
    }
    throw Listing.notFound(v.file(), where + ", which is neither on this machine nor in " + store.root());
  }
}
