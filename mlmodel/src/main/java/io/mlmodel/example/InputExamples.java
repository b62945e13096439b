package io.mlmodel.example;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.ReadOptions;
import io.mlmodel.io.JsonDocument;
import io.mlmodel.io.SafePaths;
import io.mlmodel.yaml.KeyPath;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Loads a model's saved input example the way MLflow's {@code Model.load_input_example} and
 * {@code load_input_example_params} read it, without the signature-driven type conversion (that
 * belongs to schema enforcement):
 *
 * <ul>
 *   <li>no {@code saved_input_example_info}: no example (an empty {@link Optional});
 *   <li>the file named by {@code artifact_path} must exist inside the model directory ({@code
 *       missing-file}, {@code path-escape});
 *   <li>with the {@code params} flag the file is {@code {"inputs": data, "params": {...}}};
 *   <li>{@code dataframe}: split-oriented {@code {"columns": [...], "data": [[...]]}}, or
 *       {@code {"data": [[...]]}} for {@code pandas_orient: values}, or (not written by MLflow)
 *       records {@code [{"a": 1}, ...]} → {@link DataFrameExample};
 *   <li>{@code ndarray}: a nested list → {@link TensorExample}; an object of name → list →
 *       {@link TensorDictExample}; the {@code {"inputs": ...}} (or {@code {"instances": ...}})
 *       wrapping of MLflow 1.14–2.15 ({@code format: tf-serving}) is removed, also when the file
 *       is an object whose only key is {@code inputs} or {@code instances};
 *   <li>{@code json_object}: any value → {@link JsonObjectExample};
 *   <li>{@code sparse_matrix_csr} / {@code _csc}: {@code {"data", "indices", "indptr", "shape"}}
 *       → {@link SparseExample}.
 * </ul>
 *
 * <p>Errors are {@link ModelException}s: {@code bad-example} located (file, line, column, key
 * path) in the example file for a file of the wrong shape, {@code unknown-example-type}, {@code
 * json-syntax}, {@code duplicate-key} or {@code limit} for the JSON itself. Stateless and
 * thread-safe.
 *
 * <pre>{@code
 * Optional<InputExample> example = InputExamples.load(dir, info, ReadOptions.defaults());
 * if (example.orElse(null) instanceof DataFrameExample df) {
 *   List<Object> ages = df.column("age");
 * }
 * }</pre>
 */
public final class InputExamples {
  private InputExamples() {}

  /**
   * The example of the model in {@code modelDir}; errors about {@code info} are located at {@code
   * MLmodel: saved_input_example_info}.
   *
   * @param modelDir the model directory; the example file is resolved inside it
   * @param info the raw {@code saved_input_example_info} mapping of the MLmodel, or null
   * @param options the limits for reading the example file
   * @return the example; empty when {@code info} is null (the model has no example)
   * @throws ModelException codes {@code bad-example} and {@code unknown-example-type} for the info
   *     or a file of the wrong shape, {@code missing-file}, {@code path-escape} or {@code bad-path}
   *     for the file name, {@code json-syntax}, {@code duplicate-key}, {@code encoding} or {@code
   *     limit} for the file's text
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public static Optional<InputExample> load(Path modelDir, @Nullable Map<?, ?> info, ReadOptions options) {
    return load(modelDir, info, infoLocation(modelDir), options);
  }

  /**
   * Same, with the location of the {@code saved_input_example_info} mapping in the MLmodel.
   *
   * @param modelDir the model directory; the example file is resolved inside it
   * @param info the raw {@code saved_input_example_info} mapping of the MLmodel, or null
   * @param infoAt where {@code info} is in the MLmodel; errors about its keys extend this key path
   * @param options the limits for reading the example file
   * @return the example; empty when {@code info} is null (the model has no example)
   * @throws ModelException as {@link #load(Path, Map, ReadOptions)} does
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public static Optional<InputExample> load(Path modelDir, @Nullable Map<?, ?> info, Location infoAt, ReadOptions options) {
    if (info == null) {
      return Optional.empty();
    }
    ExampleInfo typed = ExampleInfo.of(info, infoAt);
    Path file = SafePaths.resolveExisting(modelDir, typed.artifactPath(), ExampleInfo.key(infoAt, "artifact_path"));
    return Optional.of(read(file, typed, options));
  }

  /**
   * Reads the example file {@code file} as {@code info} describes it.
   *
   * @param file the example file; it is read as given, not checked to be inside a model directory
   * @param info the typed {@code saved_input_example_info} that says how to read the file
   * @param options the limits for reading the file
   * @return the example, of the variant {@link ExampleInfo#type()} calls for
   * @throws ModelException code {@code bad-example} (located in the file) for a file of the wrong
   *     shape; {@code json-syntax}, {@code duplicate-key}, {@code encoding} or {@code limit} for
   *     its text
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public static InputExample read(Path file, ExampleInfo info, ReadOptions options) {
    return new ExampleReader(JsonDocument.read(file, options), info).read();
  }

  /**
   * Decodes a binary value as MLflow saves it: base64 with a line break every 76 characters and
   * a trailing newline ({@code "AQI=\n"}). Line breaks are allowed; any other character that is
   * not base64 is refused rather than skipped.
   *
   * @param text the base64 text, with or without line breaks ({@code \n} or {@code \r})
   * @return the decoded bytes, a new array (empty for empty text)
   * @throws IllegalArgumentException when {@code text} is not base64
   */
  public static byte[] decodeBinary(String text) {
    String compact = text.replace("\n", "").replace("\r", "");
    try {
      return Base64.getDecoder().decode(compact);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + text + "' is not base64 text: " + e.getMessage(), e);
    }
  }

  static Location infoLocation(Path modelDir) {
    return new Location(modelDir.resolve("MLmodel"), 0, 0, "saved_input_example_info");
  }

  static ModelException bad(JsonDocument doc, KeyPath path, String problem) {
    return new ModelException("bad-example", doc.locate(path), problem);
  }
}
