package io.mlmodel.env;

import io.mlmodel.Location;
import io.mlmodel.ReadOptions;
import io.mlmodel.yaml.KeyPath;
import io.mlmodel.yaml.YamlDocument;
import io.mlmodel.yaml.YamlReader;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Loads a test model folder's environment the way the model reader will: from its MLmodel. */
final class EnvTestData {
  private EnvTestData() {}

  static Path dir(String name) {
    return Path.of(System.getProperty("mlmodel.basedir", ".")).resolve("testdata/env").resolve(name);
  }

  static @Nullable Map<?, ?> pyfunc(Path modelDir) {
    Object root = YamlReader.read(modelDir.resolve("MLmodel"), ReadOptions.defaults()).root();
    Object flavors = ((Map<?, ?>) root).get("flavors");
    return flavors instanceof Map<?, ?> f ? (Map<?, ?>) f.get("python_function") : null;
  }

  static Environment load(Path modelDir) {
    YamlDocument doc = YamlReader.read(modelDir.resolve("MLmodel"), ReadOptions.defaults());
    Map<?, ?> pyfunc = pyfunc(modelDir);
    Location at = doc.locate(KeyPath.of("flavors", "python_function", "env"));
    return Environment.load(modelDir, pyfunc == null ? null : pyfunc.get("env"), at, ReadOptions.defaults());
  }
}
