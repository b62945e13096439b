package io.mlmodel;

import io.mlmodel.model.MLModel;
import io.mlmodel.model.ModelReader;
import io.mlmodel.yaml.YamlDocument;
import io.mlmodel.yaml.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
 * file system fails. This class is stateless and thread-safe.
 */
public final class MLModels {
  /** The descriptor's file name, always exactly this. */
  public static final String MLMODEL = "MLmodel";

  private MLModels() {}

  /** Reads the model in {@code path}: a model folder, or its MLmodel file. */
  public static MLModel read(Path path) {
    return read(path, ReadOptions.defaults());
  }

  /** Reads the model in {@code path} with the given limits. */
  public static MLModel read(Path path, ReadOptions options) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(options, "options");
    Path file = Files.isDirectory(path) ? path.resolve(MLMODEL) : path;
    if (!Files.isRegularFile(file)) {
      throw new ModelException("missing-file", Location.of(file),
          "Could not find an \"MLmodel\" configuration file at \"" + path + "\"");
    }
    Path dir = file.toAbsolutePath().getParent();
    YamlDocument doc = YamlReader.read(file, options);
    return ModelReader.read(doc, dir, options);
  }

  /**
   * Reads an MLmodel from a stream, with {@code directory} as the folder its relative paths are
   * resolved against. The stream is read up to the size limit and not closed.
   */
  public static MLModel read(InputStream mlmodel, Path directory) {
    return read(mlmodel, directory, ReadOptions.defaults());
  }

  /** Same, with the given limits. */
  public static MLModel read(InputStream mlmodel, Path directory, ReadOptions options) {
    Objects.requireNonNull(mlmodel, "mlmodel");
    Path file = directory.resolve(MLMODEL);
    return ModelReader.read(YamlReader.read(mlmodel, file, options), directory, options);
  }

  /**
   * Reads a model folder from the class path, such as a fixture under {@code src/test/resources}:
   * {@code readResource("models/iris")}. Works for folders in directories and in jars.
   */
  public static MLModel readResource(String folder) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return readResource(folder, loader == null ? MLModels.class.getClassLoader() : loader);
  }

  /** Same, with the given class loader. */
  public static MLModel readResource(String folder, ClassLoader loader) {
    String name = stripSlashes(folder) + "/" + MLMODEL;
    URL url = loader.getResource(name);
    if (url == null) {
      throw new ModelException("missing-file", Location.UNKNOWN.withKeyPath(""),
          "Could not find an \"MLmodel\" configuration file at \"classpath:" + name + "\"");
    }
    return read(toPath(url).getParent());
  }

  private static String stripSlashes(String s) {
    String out = s;
    while (out.startsWith("/")) {
      out = out.substring(1);
    }
    while (out.endsWith("/")) {
      out = out.substring(0, out.length() - 1);
    }
    return out;
  }

  private static Path toPath(URL url) {
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        FileSystem fs;
        try {
          fs = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          fs = FileSystems.getFileSystem(uri);
        }
        String inner = uri.getSchemeSpecificPart();
        return fs.getPath(inner.substring(inner.indexOf("!/") + 1));
      }
      return Path.of(uri);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a valid resource URL: " + url, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + url + ": " + e.getMessage(), e);
    }
  }
}
