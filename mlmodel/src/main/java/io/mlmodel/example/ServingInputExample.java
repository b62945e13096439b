package io.mlmodel.example;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.ReadOptions;
import io.mlmodel.io.JsonDocument;
import io.mlmodel.io.SafePaths;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A model's {@code serving_input_example.json} (MLflow 2.15+): a ready-made body for a {@code POST
 * /invocations} request, such as {@code {"dataframe_split": {...}, "params": {...}}} or {@code
 * {"inputs": ...}}. It is kept as the exact text (to hand to a scoring-request decoder) and as a
 * parsed tree (plain Java values, as in {@link InputExample}); its shape is not checked here,
 * because the request decoder owns those rules.
 *
 * @param file the file read
 * @param json the text of the file
 * @param value the parsed JSON
 */
public record ServingInputExample(Path file, String json, @Nullable Object value) {
  /** The input fields of the MLflow 2 scoring protocol, one of which a request holds. */
  public static final List<String> INPUT_FIELDS = List.of("dataframe_split", "dataframe_records", "instances", "inputs");

  /**
   * The serving example named by {@code serving_input_path}, when there is one.
   *
   * @param modelDir the model directory; the serving example file is resolved inside it
   * @param info the raw {@code saved_input_example_info} mapping, or null
   * @param options the limits for reading the file
   * @return the serving example; empty when {@code info} is null or has no (or a null) {@code
   *     serving_input_path}
   * @throws ModelException {@code bad-example} when {@code serving_input_path} is not a string,
   *     {@code missing-file} when the named file does not exist, {@code path-escape} or {@code
   *     bad-path} for the name, {@code json-syntax}, {@code duplicate-key}, {@code encoding} or
   *     {@code limit} for the file's text
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public static Optional<ServingInputExample> load(Path modelDir, @Nullable Map<?, ?> info, ReadOptions options) {
    return load(modelDir, info, InputExamples.infoLocation(modelDir), options);
  }

  /**
   * Same, with the location of the {@code saved_input_example_info} mapping in the MLmodel.
   *
   * @param modelDir the model directory; the serving example file is resolved inside it
   * @param info the raw {@code saved_input_example_info} mapping, or null
   * @param infoAt where {@code info} is in the MLmodel; errors about {@code serving_input_path}
   *     extend this key path
   * @param options the limits for reading the file
   * @return the serving example; empty when {@code info} is null or has no (or a null) {@code
   *     serving_input_path}
   * @throws ModelException as {@link #load(Path, Map, ReadOptions)} does
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public static Optional<ServingInputExample> load(Path modelDir, @Nullable Map<?, ?> info, Location infoAt,
      ReadOptions options) {
    if (info == null || info.get("serving_input_path") == null) {
      return Optional.empty();
    }
    Location at = ExampleInfo.key(infoAt, "serving_input_path");
    if (!(info.get("serving_input_path") instanceof String name)) {
      throw new ModelException("bad-example", at, "serving_input_path must be a string");
    }
    return Optional.of(read(SafePaths.resolveExisting(modelDir, name, at), options));
  }

  /**
   * Reads a serving example file. Its shape is not checked, only that it is JSON.
   *
   * @param file the file; it is read as given, not checked to be inside a model directory
   * @param options the limits for reading the file
   * @return the file, its text (decoded, without a byte order mark) and its parsed value
   * @throws ModelException code {@code json-syntax}, {@code duplicate-key}, {@code encoding} or
   *     {@code limit}, located in the file
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public static ServingInputExample read(Path file, ReadOptions options) {
    JsonDocument doc = JsonDocument.read(file, options);
    return new ServingInputExample(file, doc.text(), doc.root());
  }

  /**
   * Which input field of the scoring protocol the request uses ({@code dataframe_split}, {@code
   * dataframe_records}, {@code instances} or {@code inputs}); empty for a body without one (the
   * unified chat/completions form, or a malformed body).
   *
   * @return the first of {@link #INPUT_FIELDS}, in that list's order, that is a top-level key of
   *     the body; empty when the body is not an object or has none of them
   */
  public Optional<String> inputField() {
    if (value instanceof Map<?, ?> map) {
      return INPUT_FIELDS.stream().filter(map::containsKey).findFirst();
    }
    return Optional.empty();
  }

  /**
   * The {@code params} object of the request, when it has one.
   *
   * @return the value of the top-level {@code params} key, as parsed (not copied), when the body
   *     is an object and that value is an object; empty otherwise
   */
  @SuppressWarnings("unchecked")
  public Optional<Map<String, @Nullable Object>> params() {
    if (value instanceof Map<?, ?> map && map.get("params") instanceof Map<?, ?> params) {
      return Optional.of((Map<String, @Nullable Object>) params);
    }
    return Optional.empty();
  }
}
