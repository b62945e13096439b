package io.mlmodel.write;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.ReadOptions;
import io.mlmodel.testsupport.SharedData;
import io.mlmodel.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** MLflow's own output (PyYAML safe_dump) read and written again comes back byte for byte. */
class YamlWriterFixedPointTest {

  static List<SharedData.Case> models() {
    return SharedData.allModels();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void mlflowOutputIsAFixedPoint(SharedData.Case c) throws Exception {
    Path file = c.expected().resolve("mlflow-reemit.yaml");
    byte[] bytes = Files.readAllBytes(file);
    Object tree = YamlReader.parse(bytes, file, ReadOptions.defaults()).root();
    assertThat(YamlWriter.dump(tree)).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
  }
}
