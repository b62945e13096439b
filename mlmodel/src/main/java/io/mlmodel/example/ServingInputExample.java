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
   * @param info the raw {@code saved_input_example_info} mapping, or null
   * @throws ModelException {@code missing-file} when the named file does not exist, {@code
   *     path-escape}, {@code json-syntax}, {@code limit}
   */
  public static Optional<ServingInputExample> load(Path modelDir, @Nullable Map<?, ?> info, ReadOptions options) {
    return load(modelDir, info, InputExamples.infoLocation(modelDir), options);
  }

  /** Same, with the location of the {@code saved_input_example_info} mapping in the MLmodel. */
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

  /** Reads a serving example file. */
  public static ServingInputExample read(Path file, ReadOptions options) {
    JsonDocument doc = JsonDocument.read(file, options);
    return new ServingInputExample(file, doc.text(), doc.root());
  }

  /**
   * Which input field of the scoring protocol the request uses ({@code dataframe_split}, {@code
   * dataframe_records}, {@code instances} or {@code inputs}); empty for a body without one (the
   * unified chat/completions form, or a malformed body).
   */
  public Optional<String> inputField() {
    if (value instanceof Map<?, ?> map) {
      return INPUT_FIELDS.stream().filter(map::containsKey).findFirst();
    }
    return Optional.empty();
  }

  /** The {@code params} object of the request, when it has one. */
  @SuppressWarnings("unchecked")
  public Optional<Map<String, @Nullable Object>> params() {
    if (value instanceof Map<?, ?> map && map.get("params") instanceof Map<?, ?> params) {
      return Optional.of((Map<String, @Nullable Object>) params);
    }
    return Optional.empty();
  }
}
