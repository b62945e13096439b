package io.mlmodel.store;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.ReadOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
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

  /**
   * The tracking folder at {@code root} (it is checked when first used).
   *
   * @param root the tracking folder ({@code mlruns}); relative to the working directory when not
   *     absolute
   * @return a store with the default {@link ReadOptions} and the default {@link #artifactRoot()}
   */
  public static TrackingStore at(Path root) {
    return new TrackingStore(Objects.requireNonNull(root, "root"), null, ReadOptions.defaults());
  }

  /**
   * The store MLflow would use here: the system property {@code mlmodel.trackingUri}, else the
   * environment variable {@code MLFLOW_TRACKING_URI}, else {@code ./mlruns}.
   *
   * @return the store that the first non-blank of those names, as {@link #fromTrackingUri} reads it
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

  /**
   * The store a tracking URI names: a {@code file:} URI or a path.
   *
   * @param trackingUri a path or {@code file:} URI, as {@code MLFLOW_TRACKING_URI} holds it
   * @return the store in that folder (not checked to exist yet)
   * @throws ModelException code {@code unsupported-uri} for anything else: a tracking server
   *     ({@code http:}), a database ({@code sqlite:}), a {@code runs:/} or {@code models:/} URI,
   *     or a text that is not a valid path
   */
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

  /**
   * This store, with {@code mlflow-artifacts:/} locations looked up under {@code dir}.
   *
   * @param dir the artifact root of the {@code mlflow server} that wrote the store (its {@code
   *     --artifacts-destination})
   * @return a new store; this one is unchanged
   */
  public TrackingStore withArtifactRoot(Path dir) {
    return new TrackingStore(root, Objects.requireNonNull(dir, "dir"), options);
  }

  /**
   * This store, reading meta.yaml files with the given limits.
   *
   * @param readOptions the limits for every meta.yaml read
   * @return a new store; this one is unchanged
   */
  public TrackingStore withReadOptions(ReadOptions readOptions) {
    return new TrackingStore(root, artifactRoot, Objects.requireNonNull(readOptions, "readOptions"));
  }

  /**
   * The tracking folder.
   *
   * @return the folder as it was given, not made absolute
   */
  public Path root() {
    return root;
  }

  /**
   * Where {@code mlflow-artifacts:/} locations (written through a tracking server) are: as set, or
   * by default {@code mlartifacts} beside the tracking folder, where {@code mlflow server} keeps them.
   *
   * @return the folder set with {@link #withArtifactRoot}, else the absolute, normalised path of
   *     {@code mlartifacts} beside the tracking folder (it need not exist)
   */
  public Path artifactRoot() {
    if (artifactRoot != null) {
      return artifactRoot;
    }
    Path abs = root.toAbsolutePath().normalize();
    return abs.getParent() == null ? abs.resolve("mlartifacts") : abs.resolveSibling("mlartifacts");
  }

  /**
   * The model registry kept in this folder ({@code models/}).
   *
   * @return a registry that reads this store's {@code models/} folder on every call
   */
  public ModelRegistry registry() {
    return new ModelRegistry(this);
  }

  /**
   * Every experiment, deleted ones (in {@code .trash}) last.
   *
   * @return an unmodifiable list of the folders that hold a meta.yaml, in folder-name order (text
   *     order: {@code 10} before {@code 2}), first those of the tracking folder, then those of
   *     {@code .trash}
   * @throws ModelException code {@code not-found} when the tracking folder does not exist, or the
   *     errors of a broken meta.yaml (see {@link StoreMeta#read(Path)})
   * @throws java.io.UncheckedIOException when a folder or file cannot be read
   */
  public List<ExperimentMeta> experiments() {
    return experimentDirs().stream().map(d -> ExperimentMeta.from(read(d.resolve("meta.yaml")))).toList();
  }

  /**
   * The experiment with this id.
   *
   * @param experimentId the experiment id, which is the name of its folder
   * @return the experiment, whether active or in {@code .trash}
   * @throws ModelException code {@code not-found} (listing the experiments) when there is no such
   *     experiment or no tracking folder, or the errors of a broken meta.yaml (see {@link
   *     StoreMeta#read(Path)})
   * @throws java.io.UncheckedIOException when a folder or file cannot be read
   */
  public ExperimentMeta experiment(String experimentId) {
    for (Path dir : experimentDirs()) {
      if (dir.getFileName().toString().equals(experimentId)) {
        return ExperimentMeta.from(read(dir.resolve("meta.yaml")));
      }
    }
    throw Listing.notFound(requireRoot(), "no experiment '" + experimentId + "'; experiments: "
        + Listing.join(experiments().stream().map(e -> e.experimentId() + " (" + e.name() + ")").toList()));
  }

  /**
   * The runs of one experiment, by run id.
   *
   * @param experimentId the experiment id
   * @return an unmodifiable list of the experiment's runs in run-id order, deleted runs included
   *     (see {@link RunMeta#deleted()}); empty when it has none
   * @throws ModelException code {@code not-found} when there is no such experiment, or the errors
   *     of a broken meta.yaml (see {@link StoreMeta#read(Path)})
   * @throws java.io.UncheckedIOException when a folder or file cannot be read
   */
  public List<RunMeta> runs(String experimentId) {
    Path dir = experiment(experimentId).file().getParent();
    return runDirs(dir).map(d -> RunMeta.from(read(d.resolve("meta.yaml")))).toList();
  }

  /**
   * The run with this id, in whichever experiment it is.
   *
   * @param runId the run id, which is the name of its folder
   * @return the run, from any experiment (those in {@code .trash} included); a deleted run too
   * @throws ModelException code {@code not-found} (listing the runs) when no experiment has such a
   *     run or {@code runId} is not a plain folder name, or the errors of a broken meta.yaml (see
   *     {@link StoreMeta#read(Path)})
   * @throws java.io.UncheckedIOException when a folder or file cannot be read
   */
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

  /**
   * The folder of the run's artifacts.
   *
   * @param runId the run id
   * @return an existing folder: the recorded {@code artifact_uri} when it is on this machine, else
   *     the same location relocated into this store (or under {@link #artifactRoot()} for {@code
   *     mlflow-artifacts:}), else the run's {@code artifacts} folder
   * @throws ModelException code {@code not-found} when there is no such run or none of those
   *     exists, or the errors of a broken meta.yaml (see {@link StoreMeta#read(Path)})
   * @throws java.io.UncheckedIOException when a folder or file cannot be read
   */
  public Path runArtifacts(String runId) {
    RunMeta run = run(runId);
    return runArtifacts(run).orElseThrow(() -> Listing.notFound(run.file(), "the artifacts of run '" + runId
        + "' are recorded at '" + run.artifactUri() + "', which is neither on this machine nor in " + root));
  }

  Optional<Path> runArtifacts(RunMeta run) {
    return ArtifactLocations.find(run.artifactUri(), this, run.file().getParent().resolve("artifacts"));
  }

  /**
   * Every MLflow 3 logged model of every experiment.
   *
   * @return an unmodifiable list, in the order of {@link #experiments()} then by model id; empty for
   *     a store written by MLflow 2
   * @throws ModelException code {@code not-found} when the tracking folder does not exist, or the
   *     errors of a broken meta.yaml (see {@link StoreMeta#read(Path)})
   * @throws java.io.UncheckedIOException when a folder or file cannot be read
   */
  public List<LoggedModelMeta> loggedModels() {
    List<LoggedModelMeta> out = new ArrayList<>();
    for (Path dir : experimentDirs()) {
      for (Path m : Listing.folders(dir.resolve("models"))) {
        if (Files.isRegularFile(m.resolve("meta.yaml"))) {
          out.add(LoggedModelMeta.from(read(m.resolve("meta.yaml"))));
        }
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The logged model with this id ({@code m-...}).
   *
   * @param modelId the logged model id, which is the name of its folder
   * @return the logged model, from whichever experiment holds it
   * @throws ModelException code {@code not-found} (listing the logged models) when there is none,
   *     or the errors of a broken meta.yaml (see {@link StoreMeta#read(Path)})
   * @throws java.io.UncheckedIOException when a folder or file cannot be read
   */
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

  /**
   * The logged model's folder: the MLflow model folder itself.
   *
   * @param modelId the logged model id
   * @return an existing folder, found from the recorded {@code artifact_location} as {@link
   *     #runArtifacts(String)} finds a run's
   * @throws ModelException code {@code not-found} when there is no such logged model or its files
   *     are not found, or the errors of a broken meta.yaml (see {@link StoreMeta#read(Path)})
   * @throws java.io.UncheckedIOException when a folder or file cannot be read
   */
  public Path loggedModelArtifacts(String modelId) {
    LoggedModelMeta m = loggedModel(modelId);
    return ArtifactLocations.find(m.artifactLocation(), this, m.file().getParent().resolve("artifacts"))
        .orElseThrow(() -> Listing.notFound(m.file(), "the files of logged model '" + modelId
            + "' are recorded at '" + m.artifactLocation() + "', which is neither on this machine nor in " + root));
  }

  /**
   * The model folder (or MLmodel file) that {@code uri} names; see {@link ModelUri}.
   *
   * @param uri a plain path, or a {@code file:}, {@code runs:/} or {@code models:/} URI
   * @return the path; a plain path or {@code file:} URI is returned as given (decoded) without
   *     checking that it exists; any other URI gives a path in or recorded by this store, checked
   *     to exist (except the part of a {@code runs:/} path below an MLflow 3 logged model's folder)
   * @throws ModelException the codes of {@link ModelUri#parse}, and those of {@link
   *     #resolve(ModelUri)}
   * @throws java.io.UncheckedIOException when a folder or file cannot be read
   */
  public Path resolve(String uri) {
    return resolve(ModelUri.parse(uri));
  }

  /**
   * Same, for a parsed URI.
   *
   * <p>{@code runs:/<run>/<path>} is {@code <path>} inside the run's artifacts or, for MLflow 3,
   * inside the run's logged model whose name is the first segment of {@code <path>}. A {@code
   * models:/} URI picks a registered version, whose {@code storage_location}, else {@code source},
   * is followed (through at most 8 further {@code models:/} or {@code runs:/} URIs).
   *
   * @param uri the parsed location
   * @return the path, as for {@link #resolve(String)}
   * @throws ModelException code {@code not-found} (naming what exists instead) when the run,
   *     logged model, registered model, version, alias, stage or artifact is missing or a recorded
   *     location is not found; {@code unsupported-uri} when a version is stored only in a remote
   *     store; {@code path-escape} or {@code bad-path} for a {@code runs:/} path that leaves the
   *     artifacts; {@code bad-uri} for an unknown stage; {@code limit} when sources chain too
   *     deep; or the errors of a broken meta.yaml (see {@link StoreMeta#read(Path)})
   * @throws java.io.UncheckedIOException when a folder or file cannot be read
   */
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
