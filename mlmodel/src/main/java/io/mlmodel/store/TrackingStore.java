package io.mlmodel.store;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.ReadOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A local MLflow tracking folder ({@code mlruns/}, the file store layout of format reference
 * §10.2): its experiments, runs and MLflow 3 logged models, its {@link #registry() model registry},
 * and the resolution of every {@link ModelUri} to the model folder on disk.
 *
 * <pre>{@code
 * TrackingStore store = TrackingStore.at(Path.of("mlruns"));
 * Path dir = store.resolve("models:/iris@champion");
 * MLModel model = MLModels.read(dir);
 * }</pre>
 *
 * <p>Nothing is cached: every call reads the files it needs, so a store that MLflow is writing to
 * is seen as it is now. Instances are immutable and thread-safe. Errors are {@link ModelException}s:
 * {@code not-found} (naming what exists instead), {@code bad-uri}, {@code unsupported-uri}, and the
 * YAML and {@code bad-value} errors of a broken meta.yaml; I/O failures are {@link
 * java.io.UncheckedIOException}s.
 */
public final class TrackingStore {
  private static final String TRASH = ".trash";

  private final Path root;
  private final @Nullable Path artifactRoot;
  private final ReadOptions options;

  private TrackingStore(Path root, @Nullable Path artifactRoot, ReadOptions options) {
    this.root = root;
    this.artifactRoot = artifactRoot;
    this.options = options;
  }

  /** The tracking folder at {@code root} (it is checked when first used). */
  public static TrackingStore at(Path root) {
    return new TrackingStore(Objects.requireNonNull(root, "root"), null, ReadOptions.defaults());
  }

  /**
   * The store MLflow would use here: the system property {@code mlmodel.trackingUri}, else the
   * environment variable {@code MLFLOW_TRACKING_URI}, else {@code ./mlruns}.
   *
   * @throws ModelException code {@code unsupported-uri} when that names a tracking server or a
   *     database rather than a folder
   */
  public static TrackingStore fromEnvironment() {
    String uri = System.getProperty("mlmodel.trackingUri");
    if (uri == null || uri.isBlank()) {
      uri = System.getenv("MLFLOW_TRACKING_URI");
    }
    return uri == null || uri.isBlank() ? at(Path.of("mlruns")) : fromTrackingUri(uri);
  }

  /** The store a tracking URI names: a {@code file:} URI or a path. */
  public static TrackingStore fromTrackingUri(String trackingUri) {
    ModelUri parsed;
    try {
      parsed = ModelUri.parse(trackingUri);
    } catch (ModelException e) {
      parsed = null;
    }
    if (parsed instanceof PathUri p) {
      return at(p.path());
    }
    throw new ModelException("unsupported-uri", Location.UNKNOWN, "the tracking URI '" + trackingUri
        + "' is not a local folder; only a file store (a path or file: URI such as file:///home/me/mlruns)"
        + " is read");
  }

  /** This store, with {@code mlflow-artifacts:/} locations looked up under {@code dir}. */
  public TrackingStore withArtifactRoot(Path dir) {
    return new TrackingStore(root, Objects.requireNonNull(dir, "dir"), options);
  }

  /** This store, reading meta.yaml files with the given limits. */
  public TrackingStore withReadOptions(ReadOptions readOptions) {
    return new TrackingStore(root, artifactRoot, Objects.requireNonNull(readOptions, "readOptions"));
  }

  /** The tracking folder. */
  public Path root() {
    return root;
  }

  /**
   * Where {@code mlflow-artifacts:/} locations (written through a tracking server) are: as set, or
   * by default {@code mlartifacts} beside the tracking folder, where {@code mlflow server} keeps them.
   */
  public Path artifactRoot() {
    if (artifactRoot != null) {
      return artifactRoot;
    }
    Path abs = root.toAbsolutePath().normalize();
    return abs.getParent() == null ? abs.resolve("mlartifacts") : abs.resolveSibling("mlartifacts");
  }

  /** The model registry kept in this folder ({@code models/}). */
  public ModelRegistry registry() {
    return new ModelRegistry(this);
  }

  /** Every experiment, deleted ones (in {@code .trash}) last. */
  public List<ExperimentMeta> experiments() {
    return experimentDirs().stream().map(d -> ExperimentMeta.from(read(d.resolve("meta.yaml")))).toList();
  }

  /** The experiment with this id. */
  public ExperimentMeta experiment(String experimentId) {
    for (Path dir : experimentDirs()) {
      if (dir.getFileName().toString().equals(experimentId)) {
        return ExperimentMeta.from(read(dir.resolve("meta.yaml")));
      }
    }
    throw Listing.notFound(requireRoot(), "no experiment '" + experimentId + "'; experiments: "
        + Listing.join(experiments().stream().map(e -> e.experimentId() + " (" + e.name() + ")").toList()));
  }

  /** The runs of one experiment, by run id. */
  public List<RunMeta> runs(String experimentId) {
    Path dir = experiment(experimentId).file().getParent();
    return runDirs(dir).map(d -> RunMeta.from(read(d.resolve("meta.yaml")))).toList();
  }

  /** The run with this id, in whichever experiment it is. */
  public RunMeta run(String runId) {
    for (Path dir : isName(runId) ? experimentDirs() : List.<Path>of()) {
      Path meta = dir.resolve(runId).resolve("meta.yaml");
      if (Files.isRegularFile(meta)) {
        return RunMeta.from(read(meta));
      }
    }
    List<String> runs = new ArrayList<>();
    experimentDirs().forEach(d -> runDirs(d).forEach(r -> runs.add(d.getFileName() + "/" + r.getFileName())));
    throw Listing.notFound(requireRoot(), "no run '" + runId + "' in any experiment; runs: " + Listing.join(runs));
  }

  /** The folder of the run's artifacts. */
  public Path runArtifacts(String runId) {
    RunMeta run = run(runId);
    return runArtifacts(run).orElseThrow(() -> Listing.notFound(run.file(), "the artifacts of run '" + runId
        + "' are recorded at '" + run.artifactUri() + "', which is neither on this machine nor in " + root));
  }

  Optional<Path> runArtifacts(RunMeta run) {
    return ArtifactLocations.find(run.artifactUri(), this, run.file().getParent().resolve("artifacts"));
  }

  /** Every MLflow 3 logged model of every experiment. */
  public List<LoggedModelMeta> loggedModels() {
    List<LoggedModelMeta> out = new ArrayList<>();
    for (Path dir : experimentDirs()) {
      for (Path m : Listing.folders(dir.resolve("models"))) {
        if (Files.isRegularFile(m.resolve("meta.yaml"))) {
          out.add(LoggedModelMeta.from(read(m.resolve("meta.yaml"))));
        }
      }
    }
    return out;
  }

  /** The logged model with this id ({@code m-...}). */
  public LoggedModelMeta loggedModel(String modelId) {
    for (Path dir : isName(modelId) ? experimentDirs() : List.<Path>of()) {
      Path meta = dir.resolve("models").resolve(modelId).resolve("meta.yaml");
      if (Files.isRegularFile(meta)) {
        return LoggedModelMeta.from(read(meta));
      }
    }
    throw Listing.notFound(requireRoot(), "no logged model '" + modelId + "' in any experiment; logged models: "
        + Listing.join(loggedModels().stream().map(m -> m.modelId() + " (" + m.name() + ")").toList()));
  }

  /** The logged model's folder: the MLflow model folder itself. */
  public Path loggedModelArtifacts(String modelId) {
    LoggedModelMeta m = loggedModel(modelId);
    return ArtifactLocations.find(m.artifactLocation(), this, m.file().getParent().resolve("artifacts"))
        .orElseThrow(() -> Listing.notFound(m.file(), "the files of logged model '" + modelId
            + "' are recorded at '" + m.artifactLocation() + "', which is neither on this machine nor in " + root));
  }

  /** The model folder (or MLmodel file) that {@code uri} names; see {@link ModelUri}. */
  public Path resolve(String uri) {
    return resolve(ModelUri.parse(uri));
  }

  /** Same, for a parsed URI. */
  public Path resolve(ModelUri uri) {
    return new ModelLocator(this).resolve(uri);
  }

  MetaFile read(Path file) {
    return MetaFile.read(file, options);
  }

  Path requireRoot() {
    if (!Files.isDirectory(root)) {
      throw new ModelException("not-found", Location.of(root), "there is no MLflow tracking folder here;"
          + " name one with TrackingStore.at(path) or the MLFLOW_TRACKING_URI environment variable");
    }
    return root;
  }

  /** Experiment folders: those with a meta.yaml, in the root then in .trash. */
  private List<Path> experimentDirs() {
    List<Path> out = new ArrayList<>();
    for (Path base : List.of(requireRoot(), root.resolve(TRASH))) {
      for (Path d : Listing.folders(base)) {
        String name = d.getFileName().toString();
        if (!name.startsWith(".") && !(base.equals(root) && name.equals("models"))
            && Files.isRegularFile(d.resolve("meta.yaml"))) {
          out.add(d);
        }
      }
    }
    return out;
  }

  private static Stream<Path> runDirs(Path experimentDir) {
    return Listing.folders(experimentDir).stream()
        .filter(d -> !d.getFileName().toString().equals("models"))
        .filter(d -> Files.isRegularFile(d.resolve("meta.yaml")));
  }

  /** A single folder name: no separators, not {@code .} or {@code ..}, so lookups stay inside. */
  static boolean isName(String s) {
    return !s.isEmpty() && !s.equals(".") && !s.equals("..") && s.indexOf('/') < 0 && s.indexOf('\\') < 0
        && s.indexOf('\0') < 0 && !s.contains(":");
  }
}
