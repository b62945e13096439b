package io.mlmodel.write;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.MLModels;
import io.mlmodel.model.MLModel;
import io.mlmodel.testsupport.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every reference MLmodel, read and written, is what MLflow itself writes for it. */
class MLModelWriterConformanceTest {

  static List<SharedData.Case> models() {
    return SharedData.allModels();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void writingAReferenceModelGivesMlflowsReemit(SharedData.Case c) throws Exception {
    MLModel model = MLModels.read(c.model());
    String expected = Files.readString(c.expected().resolve("mlflow-reemit.yaml"));
    assertThat(MLModelWriter.toYaml(model)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void readWriteReadIsAFixedPoint(SharedData.Case c, @TempDir Path out) throws Exception {
    MLModel first = MLModels.read(c.model());
    MLModelWriter.write(first, out);
    MLModel second = MLModels.read(out);
    assertThat(MLModelWriter.toYaml(second)).isEqualTo(MLModelWriter.toYaml(first));
    MLModelWriter.write(second, out);
    assertThat(MLModels.read(out)).isEqualTo(second);
  }
}
