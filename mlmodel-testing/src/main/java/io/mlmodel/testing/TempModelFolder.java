package io.mlmodel.testing;

import io.mlmodel.MLModels;
import io.mlmodel.model.MLModel;
import io.mlmodel.signature.ModelSignature;
import io.mlmodel.write.YamlWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Writes a small MLflow model folder in a test: an {@code MLmodel} file and whatever side files the
 * test gives.
 *
 * <pre>{@code
 * @TempDir Path tmp;
 *
 * Path dir = TempModelFolder.in(tmp)
 *     .pythonFunction("mlflow.onnx", "model.onnx")
 *     .flavor("onnx", Map.of("data", "model.onnx", "onnx_version", "1.17.0"))
 *     .signature("[{\"type\": \"double\", \"name\": \"age\"}]", null)
 *     .copy("model.onnx", Path.of("src/test/resources/linear.onnx"))
 *     .write();
 * }</pre>
 *
 * <p>The MLmodel is written as MLflow writes it ({@link YamlWriter}: PyYAML's {@code safe_dump},
 * keys sorted, strings quoted wherever YAML 1.1 would read them as another type), so its values
 * read back exactly as given. Values are those the YAML layer reads: strings, numbers, booleans,
 * null, dates, lists and maps; anything else is an {@link IllegalArgumentException} at {@link
 * #write()}. Not thread-safe: build one folder per builder.
 */
public final class TempModelFolder {
  private final Path dir;
  private final Map<String, Object> top = new LinkedHashMap<>();
  private final Map<String, Object> flavors = new LinkedHashMap<>();
  private final Map<String, byte[]> files = new LinkedHashMap<>();

  private TempModelFolder(Path dir) {
    this.dir = dir;
  }

  /**
   * A builder writing into {@code dir} (created when missing), such as a JUnit {@code @TempDir}.
   *
   * @param dir the folder to write the model into
   * @return a builder with no keys and no flavors
   */
  public static TempModelFolder in(Path dir) {
    return new TempModelFolder(Objects.requireNonNull(dir, "dir"));
  }

  /**
   * A builder writing into a new folder under {@code java.io.tmpdir}, which the caller deletes.
   *
   * @return a builder with no keys and no flavors
   * @throws UncheckedIOException when the folder cannot be created
   */
  public static TempModelFolder create() {
    try {
      return new TempModelFolder(Files.createTempDirectory("mlmodel-test-"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts from every key of {@code model} (its flavors included).
   *
   * @param model the model whose keys and flavors are copied
   * @return this builder
   */
  public TempModelFolder model(MLModel model) {
    model.toMap().forEach(this::put);
    return this;
  }

  /**
   * Sets a top-level key; {@code flavors} replaces every flavor. A {@code flavors} that is not a
   * mapping (for a model that must be refused) is written as given, until {@link #flavor} adds a
   * flavor.
   *
   * @param key the top-level MLmodel key
   * @param value the value, written as YAML (maps, lists, strings, numbers, booleans)
   * @return this builder
   */
  public TempModelFolder put(String key, Object value) {
    if (key.equals("flavors")) {
      flavors.clear();
      top.remove(key);
      if (value instanceof Map<?, ?> m) {
        m.forEach((k, v) -> flavors.put(String.valueOf(k), v));
        return this;
      }
    }
    top.put(key, value);
    return this;
  }

  /**
   * Adds (or replaces) a flavor with its configuration.
   *
   * @param name the flavor's key under {@code flavors}
   * @param config the flavor's keys and values
   * @return this builder
   */
  public TempModelFolder flavor(String name, Map<String, ?> config) {
    top.remove("flavors");
    flavors.put(name, new LinkedHashMap<>(config));
    return this;
  }

  /**
   * Adds a python_function flavor loading {@code data} with {@code loaderModule}.
   *
   * @param loaderModule the {@code loader_module}, such as {@code mlflow.onnx}
   * @param data the flavor's {@code data} path
   * @return this builder
   */
  public TempModelFolder pythonFunction(String loaderModule, String data) {
    return flavor("python_function", Map.of("loader_module", loaderModule, "data", data,
        "python_version", "3.11.2", "env", Map.of("conda", "conda.yaml", "virtualenv", "python_env.yaml")));
  }

  /**
   * Sets the signature from its schema JSON strings, as MLflow stores them; {@code outputs} may be
   * null. Params stay null.
   *
   * @param inputs the inputs schema's JSON text
   * @param outputs the outputs schema's JSON text, or null for none
   * @return this builder
   */
  public TempModelFolder signature(String inputs, @Nullable String outputs) {
    Map<String, Object> sig = new LinkedHashMap<>();
    sig.put("inputs", inputs);
    sig.put("outputs", outputs);
    sig.put("params", null);
    top.put("signature", sig);
    return this;
  }

  /**
   * Sets the signature, written as MLflow writes it (its {@code toDict()} JSON strings).
   *
   * @param signature the signature to write
   * @return this builder
   */
  public TempModelFolder signature(ModelSignature signature) {
    top.put("signature", new LinkedHashMap<>(signature.toDict()));
    return this;
  }

  /**
   * Saves {@code json} as {@code input_example.json} and records it the way MLflow does; {@code
   * type} is {@code ndarray}, {@code dataframe} (split orient) or {@code json_object}.
   *
   * @param type the example's type, as MLflow records it in {@code saved_input_example_info}
   * @param json the example's content
   * @return this builder
   */
  public TempModelFolder inputExample(String type, String json) {
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("artifact_path", "input_example.json");
    info.put("type", type);
    if (type.equals("dataframe")) {
      info.put("pandas_orient", "split");
    }
    top.put("saved_input_example_info", info);
    return file("input_example.json", json);
  }

  /**
   * Adds a text file (UTF-8) at a path relative to the folder.
   *
   * @param relative the path inside the folder, such as {@code model.onnx} or {@code code/util.py}
   * @param text the file's content
   * @return this builder
   * @throws IllegalArgumentException when {@code relative} is absolute or leads outside the folder
   */
  public TempModelFolder file(String relative, String text) {
    return file(relative, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Adds a file at a path relative to the folder.
   *
   * @param relative the path inside the folder, such as {@code model.onnx} or {@code code/util.py}
   * @param bytes the file's content, copied
   * @return this builder
   * @throws IllegalArgumentException when {@code relative} is absolute or leads outside the folder
   */
  public TempModelFolder file(String relative, byte[] bytes) {
    Path target = dir.resolve(relative).normalize();
    if (Path.of(relative).isAbsolute() || !target.startsWith(dir.normalize()) || target.equals(dir.normalize())) {
      throw new IllegalArgumentException("'" + relative + "' is not a path inside the model folder");
    }
    files.put(relative, bytes.clone());
    return this;
  }

  /**
   * Adds a copy of {@code source} at a path relative to the folder.
   *
   * @param relative the path inside the folder
   * @param source the file to copy, read now
   * @return this builder
   * @throws UncheckedIOException when {@code source} cannot be read
   * @throws IllegalArgumentException when {@code relative} is absolute or leads outside the folder
   */
  public TempModelFolder copy(String relative, Path source) {
    try {
      return file(relative, Files.readAllBytes(source));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes the folder and returns it.
   *
   * @return the folder, holding {@code MLmodel} and every added file
   * @throws UncheckedIOException when a file cannot be written
   */
  public Path write() {
    Map<String, Object> all = new LinkedHashMap<>(top);
    // a flavors value put as given (not a mapping) is written as it is; this once became {}
    if (!top.containsKey("flavors")) {
      all.put("flavors", flavors);
    }
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(MLModels.MLMODEL), YamlWriter.dump(all), StandardCharsets.UTF_8);
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Path target = dir.resolve(f.getKey());
        Files.createDirectories(target.getParent());
        Files.write(target, f.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the model folder " + dir + ": " + e.getMessage(), e);
    }
    return dir;
  }

  /**
   * Writes the folder and reads it back.
   *
   * @return the model as {@link MLModels#read(Path)} reads the written folder
   * @throws UncheckedIOException when a file cannot be written
   */
  public MLModel writeAndRead() {
    return MLModels.read(write());
  }
}
