package io.mlmodel.env;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.mlmodel.Fuzzing;
import io.mlmodel.ReadOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzzes the environment parsers (conda.yaml, python_env.yaml, requirements.txt,
 * registered_model_meta): any bytes either parse or fail with one of our exceptions. The readers
 * take a file, so each input is written to one scratch file first. Regression inputs live in
 * src/test/resources/io/mlmodel/env/EnvFuzzTestInputs/{condaEnv,pythonEnv,requirements,registeredModelMeta}.
 */
class EnvFuzzTest {
  private static final ReadOptions SMALL = ReadOptions.builder()
      .maxBytes(64 << 10).maxCodePoints(64 << 10).maxNodes(20_000).maxDepth(40).build();
  private static final Path DIR = scratch();

  @FuzzTest(maxDuration = "2m")
  void condaEnv(byte[] input) {
    Path f = write("conda.yaml", input);
    Fuzzing.run(() -> CondaEnv.read(f, SMALL).toString());
  }

  @FuzzTest(maxDuration = "2m")
  void pythonEnv(byte[] input) {
    Path f = write("python_env.yaml", input);
    Fuzzing.run(() -> PythonEnv.read(f, SMALL).toString());
  }

  @FuzzTest(maxDuration = "2m")
  void requirements(byte[] input) {
    Path f = write("requirements.txt", input);
    Fuzzing.run(() -> RequirementsFile.read(f, SMALL).toString());
  }

  @FuzzTest(maxDuration = "2m")
  void registeredModelMeta(byte[] input) {
    Path f = write("registered_model_meta", input);
    Fuzzing.run(() -> RegisteredModelMeta.read(f, SMALL).toString());
  }

  private static Path write(String name, byte[] input) {
    try {
      return Files.write(DIR.resolve(name), input);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path scratch() {
    try {
      Path dir = Files.createTempDirectory("mlmodel-fuzz-env");
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
