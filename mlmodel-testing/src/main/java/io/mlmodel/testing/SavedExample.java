package io.mlmodel.testing;

import io.mlmodel.ModelException;
import io.mlmodel.example.ServingInputExample;
import io.mlmodel.model.MLModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** The scoring request a model folder's saved input example stands for (format reference §6.5). */
final class SavedExample {
  private SavedExample() {}

  /** The request body: the saved serving example, else the input example wrapped as MLflow wraps it. */
  static String request(MLModel model) {
    Map<String, Object> info = model.savedInputExampleInfo().orElseThrow(() -> new ModelException("missing-file",
        model.locateKey("saved_input_example_info"), "the model records no input example"
            + " (saved_input_example_info); give the golden check a request file"));
    Path dir = model.directory().orElseThrow(() -> new IllegalArgumentException("the model was not read from a folder"));
    Optional<ServingInputExample> serving = model.servingInputExample();
    if (serving.isPresent()) {
      return serving.get().json();
    }
    if (!(info.get("artifact_path") instanceof String file) || !Files.isRegularFile(dir.resolve(file))) {
      throw new ModelException("missing-file", model.locate("saved_input_example_info", "artifact_path"),
          "the input example file recorded here is not in the folder");
    }
    String json = read(dir.resolve(file));
    Object type = info.get("type");
    if ("ndarray".equals(type) || "json_object".equals(type)) {
      return "{\"inputs\": " + json + "}";
    }
    if ("dataframe".equals(type)) {
      return "records".equals(info.get("pandas_orient"))
          ? "{\"dataframe_records\": " + json + "}" : "{\"dataframe_split\": " + json + "}";
    }
    throw new ModelException("bad-value", model.locate("saved_input_example_info", "type"),
        "an input example of type '" + type + "' cannot be sent to a scoring server; give the golden check a request file");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
