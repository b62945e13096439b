package io.mlmodel;

import io.mlmodel.io.Resources;
import io.mlmodel.io.SafePaths;
import io.mlmodel.model.MLModel;
import io.mlmodel.model.ModelReader;
import io.mlmodel.store.ModelLocations;
import io.mlmodel.yaml.YamlDocument;
import io.mlmodel.yaml.YamlReader;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The entry point: reads MLflow model folders into {@link MLModel}s.
 *
 * <pre>{@code
 * MLModel model = MLModels.read(Path.of("mlruns/0/abc/artifacts/model"));
 * model.flavors().keySet();                       // [python_function, onnx]
 * model.pythonFunction().map(f -> f.loaderModule()); // mlflow.onnx
 * model.mlflowVersion();                          // Optional[2.17.2]
 * }</pre>
 *
 * <p>A folder is read the way MLflow's {@code Model.load} reads it: YAML typed as PyYAML types it,
 * no key required, unknown keys kept. Any {@link Path} works, including paths inside a zip or jar
 * {@link FileSystem} and in-memory file systems. Every failure is a {@link ModelException} whose
 * message names the file, line, column and key path, or an {@link UncheckedIOException} when the
 * file system fails. An MLmodel that is a symbolic link is read only when it leads to a file
 * inside its folder; one that leads out is refused ({@code path-escape}), as every other file the
 * model names is (docs/hardening.md, folder rules). This class is stateless and thread-safe.
 */
public final class MLModels {
  /** The descriptor's file name, always exactly this. */
  public static final String MLMODEL = "MLmodel";

  private MLModels() {}

  /**
   * Reads the model in {@code path}: a model folder, or its MLmodel file.
   *
   * @param path a model folder or its MLmodel file
   * @return the model, with its signature parsed
   * @throws ModelException when the file is missing or broken, with its location
   * @throws UncheckedIOException when the file system fails
   */
  public static MLModel read(Path path) {
    return read(path, ReadOptions.defaults());
  }

  /**
   * Reads the model a location names: a path, a {@code file:} URI, or a {@code runs:/}, {@code
   * models:/} or other model URI, resolved by {@link ModelLocations#resolve(String)} (against a
   * tracking server when {@code io.mlmodel.tracking} is present and {@code MLFLOW_TRACKING_URI}
   * names one).
   *
   * @param location a path, {@code file:} URI or model URI
   * @return the model, with its signature parsed
   * @throws ModelException when the location resolves to nothing or the model is broken
   * @throws UncheckedIOException when the file system fails
   */
  public static MLModel read(String location) {
    Objects.requireNonNull(location, "location");
    return read(ModelLocations.resolve(location), ReadOptions.defaults());
  }

  /**
   * Reads the model in {@code path} with the given limits.
   *
   * @param path a model folder or its MLmodel file
   * @param options the size, depth and alias limits
   * @return the model, with its signature parsed
   * @throws ModelException when the file is missing, broken or beyond a limit, with its location
   * @throws UncheckedIOException when the file system fails
   */
  public static MLModel read(Path path, ReadOptions options) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(options, "options");
    Path file = Files.isDirectory(path) ? path.resolve(MLMODEL) : path;
    if (!Files.isRegularFile(file)) {
      throw new ModelException("missing-file", Location.of(file),
          "Could not find an \"MLmodel\" configuration file at \"" + path + "\"");
    }
    Path dir = file.toAbsolutePath().getParent();
    // A symbolic link is followed only while it stays in the folder, as for every other file.
    SafePaths.resolve(dir, file.getFileName().toString(), Location.of(file));
    YamlDocument doc = YamlReader.read(file, options);
    return ModelReader.read(doc, dir, options);
  }

  /**
   * Reads an MLmodel from a stream, with {@code directory} as the folder its relative paths are
   * resolved against. The stream is read up to the size limit and not closed.
   *
   * @param mlmodel the MLmodel's bytes, UTF-8
   * @param directory the model folder; side files are looked up in it only when asked for
   * @return the model, with its signature parsed
   * @throws ModelException when the content is broken, located in {@code directory/MLmodel}
   */
  public static MLModel read(InputStream mlmodel, Path directory) {
    return read(mlmodel, directory, ReadOptions.defaults());
  }

  /**
   * Same, with the given limits.
   *
   * @param mlmodel the MLmodel's bytes, UTF-8
   * @param directory the model folder; side files are looked up in it only when asked for
   * @param options the size, depth and alias limits
   * @return the model, with its signature parsed
   * @throws ModelException when the content is broken or beyond a limit, located in {@code directory/MLmodel}
   */
  public static MLModel read(InputStream mlmodel, Path directory, ReadOptions options) {
    Objects.requireNonNull(mlmodel, "mlmodel");
    Path file = directory.resolve(MLMODEL);
    return ModelReader.read(YamlReader.read(mlmodel, file, options), directory, options);
  }

  /**
   * Reads a model folder from the class path, such as a fixture under {@code src/test/resources}:
   * {@code readResource("models/iris")}. Works for folders in directories and in jars.
   *
   * @param folder the folder's resource name, without a leading slash
   * @return the model, with its signature parsed
   * @throws ModelException when the class path has no such folder ({@code missing-file}) or the model is broken
   */
  public static MLModel readResource(String folder) {
    return readResource(folder, Resources.defaultLoader(MLModels.class));
  }

  /**
   * Same, with the given class loader.
   *
   * @param folder the folder's resource name, without a leading slash
   * @param loader the class loader that finds the resource
   * @return the model, with its signature parsed
   * @throws ModelException when the class path has no such folder ({@code missing-file}) or the model is broken
   */
  public static MLModel readResource(String folder, ClassLoader loader) {
    Path dir = Resources.folder(folder, MLMODEL, loader).orElseThrow(() -> new ModelException("missing-file",
        Location.UNKNOWN, "Could not find an \"MLmodel\" configuration file at \"classpath:"
            + Resources.name(folder, MLMODEL) + "\""));
    return read(dir);
  }
}
