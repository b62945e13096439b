package io.mlmodel.onnx;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.MLModels;
import io.mlmodel.ModelException;
import io.mlmodel.predict.Predictors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Wrongly typed or out-of-range onnx flavor keys are located bad-value errors, before any session. */
class SessionOptionValuesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      '    onnx_session_options:\\n      intra_op_num_threads: -1\\n' | 5:29: flavors.onnx.onnx_session_options.intra_op_num_threads:
      '    onnx_session_options:\\n      intra_op_num_threads: "4"\\n' | 5:29: flavors.onnx.onnx_session_options.intra_op_num_threads:
      '    onnx_session_options:\\n      inter_op_num_threads: 99999999999999999999\\n' | 5:29: flavors.onnx.onnx_session_options.inter_op_num_threads:
      '    onnx_session_options:\\n      log_severity_level: 9\\n' | 5:27: flavors.onnx.onnx_session_options.log_severity_level:
      '    onnx_session_options:\\n      graph_optimization_level: 4\\n' | 5:33: flavors.onnx.onnx_session_options.graph_optimization_level:
      '    onnx_session_options:\\n      enable_cpu_mem_arena: yes please\\n' | 5:29: flavors.onnx.onnx_session_options.enable_cpu_mem_arena:
      '    onnx_session_options:\\n      execution_mode: 1\\n' | 5:23: flavors.onnx.onnx_session_options.execution_mode:
      '    onnx_session_options: [1, 2]\\n' | 4:27: flavors.onnx.onnx_session_options:
      '    onnx_session_options: fast\\n' | 4:27: flavors.onnx.onnx_session_options:
      '    providers: CPUExecutionProvider\\n' | 4:16: flavors.onnx.providers:
      '    providers: [[CPUExecutionProvider]]\\n' | 4:16: flavors.onnx.providers
      '    providers: {a: b}\\n' | 4:16: flavors.onnx.providers:
      """)
  void aWrongValueIsALocatedBadValue(String yaml, String where, @TempDir Path dir) throws IOException {
    Path m = OnnxPredictorTest.copyWithoutSignature("external_data", dir);
    Files.writeString(m.resolve("MLmodel"), "flavors:\n  onnx:\n    data: model.onnx\n" + yaml.replace("\\n", "\n"));
    assertThatThrownBy(() -> Predictors.resolve(MLModels.read(m)).close())
        .isInstanceOf(ModelException.class)
        .hasMessageStartingWith(m.resolve("MLmodel").toAbsolutePath() + ":" + where)
        .extracting(e -> ((ModelException) e).code()).isEqualTo("bad-value");
  }

  /**
   * Regression: a thread count had no upper bound but int's, so a hostile intra_op_num_threads of
   * 2147483647 reached ONNX Runtime, which starts its pool's threads when the session is created.
   */
  @ParameterizedTest
  @CsvSource({"intra_op_num_threads, 1025", "inter_op_num_threads, 2147483647"})
  void aThreadCountAbove1024IsRefused(String key, long threads, @TempDir Path dir) throws IOException {
    Path m = OnnxPredictorTest.copyWithoutSignature("external_data", dir);
    Files.writeString(m.resolve("MLmodel"), "flavors:\n  onnx:\n    data: model.onnx\n    onnx_session_options:\n"
        + "      " + key + ": " + threads + "\n");
    assertThatThrownBy(() -> Predictors.resolve(MLModels.read(m)).close())
        .isInstanceOf(ModelException.class)
        .hasMessage(m.resolve("MLmodel").toAbsolutePath() + ":5:29: flavors.onnx.onnx_session_options." + key
            + ": expected an integer from 0 to 1024, found " + threads);
  }
}
