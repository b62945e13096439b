package io.mlmodel.testing;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.ReadOptions;
import io.mlmodel.example.ServingInputExample;
import io.mlmodel.io.SafePaths;
import io.mlmodel.io.TextFiles;
import io.mlmodel.model.MLModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

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
    Location at = model.locate("saved_input_example_info", "artifact_path");
    // by SafePaths' rules, as the core reads side files: '..', an absolute name or a link leading out
    // of the folder is refused (path-escape) rather than read
    @Nullable Path file = info.get("artifact_path") instanceof String name ? SafePaths.resolve(dir, name, at) : null;
    if (file == null || !Files.isRegularFile(file)) {
      throw new ModelException("missing-file", at, "the input example file recorded here is not in the folder");
    }
    String json = TextFiles.read(file, ReadOptions.defaults());
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
}
