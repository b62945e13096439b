package io.mlmodel.example;

import io.mlmodel.Location;
import io.mlmodel.ReadOptions;
import io.mlmodel.yaml.KeyPath;
import io.mlmodel.yaml.YamlDocument;
import io.mlmodel.yaml.YamlReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Loads a test model folder's examples the way the model reader will: from its MLmodel. */
final class ExampleTestData {
  private ExampleTestData() {}

  static Path dir(String name) {
    return Path.of(System.getProperty("mlmodel.basedir", ".")).resolve("testdata/examples").resolve(name);
  }

  static @Nullable Map<?, ?> info(Path modelDir) {
    Object root = YamlReader.read(modelDir.resolve("MLmodel"), ReadOptions.defaults()).root();
    return (Map<?, ?>) ((Map<?, ?>) root).get("saved_input_example_info");
  }

  static Location infoAt(Path modelDir) {
    YamlDocument doc = YamlReader.read(modelDir.resolve("MLmodel"), ReadOptions.defaults());
    return doc.locate(KeyPath.of("saved_input_example_info"));
  }

  static Optional<InputExample> load(Path modelDir) {
    return InputExamples.load(modelDir, info(modelDir), infoAt(modelDir), ReadOptions.defaults());
  }

  static InputExample example(String name) {
    return load(dir(name)).orElseThrow();
  }

  static Optional<ServingInputExample> serving(Path modelDir) {
    return ServingInputExample.load(modelDir, info(modelDir), infoAt(modelDir), ReadOptions.defaults());
  }
}
