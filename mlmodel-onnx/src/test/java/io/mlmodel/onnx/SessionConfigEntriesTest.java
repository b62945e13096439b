package io.mlmodel.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.MLModels;
import io.mlmodel.ModelException;
import io.mlmodel.predict.Predictors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which ONNX Runtime config keys {@code extra_session_config} may set (SessionConfigEntries). */
class SessionConfigEntriesTest {

  static Path withExtraConfig(Path dir, String entries) throws IOException {
    Path m = OnnxPredictorTest.copyWithoutSignature("external_data", dir);
    Files.writeString(m.resolve("MLmodel"), "flavors:\n  onnx:\n    data: model.onnx\n    onnx_session_options:\n"
        + "      extra_session_config:\n" + entries);
    return m;
  }

  /**
   * Regression: ep.context_enable with ep.context_file_path was passed to ONNX Runtime, which may
   * write an EP context model wherever the path points; the key is now refused before any session.
   */
  @Test
  void aConfigKeyThatWritesFilesIsRefused(@TempDir Path dir, @TempDir Path outside) throws IOException {
    Path target = outside.resolve("ctx.onnx");
    Path m = withExtraConfig(dir, "        ep.context_enable: '1'\n        ep.context_file_path: '" + target + "'\n");
    assertThatThrownBy(() -> Predictors.resolve(MLModels.read(m)).close())
        .isInstanceOf(ModelException.class)
        .hasMessageStartingWith(m.resolve("MLmodel").toAbsolutePath() + ":6:28: flavors.onnx.onnx_session_options"
            + ".extra_session_config[\"ep.context_enable\"]: ONNX Runtime config key 'ep.context_enable' is refused: only"
            + " keys that tune execution are allowed, not ones that read or write files or share memory; allowed: [")
        .extracting(e -> ((ModelException) e).code()).isEqualTo("bad-value");
    assertThat(target).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(strings = {"session.use_env_allocators", "session.load_model_format", "session.save_model_format",
      "session.model_external_initializers_file_folder_path", "session.collect_node_memory_stats_to_file",
      "session.node_partition_config_file", "session.optimized_model_external_initializers_file_name",
      "session.use_ort_model_bytes_directly", "session.debug_layout_transformation", "ep.context_file_path",
      "ep.context_model_external_initializers_file_name", "optimization.minimal_build_optimizations",
      "Session.Disable_Prepacking", "session.disable_prepacking "})
  void keysOutsideTheAllowListAreRefused(String key, @TempDir Path dir) throws IOException {
    Path m = withExtraConfig(dir, "        '" + key + "': '/tmp'\n");
    assertThatThrownBy(() -> Predictors.resolve(MLModels.read(m)).close())
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("flavors.onnx.onnx_session_options.extra_session_config[\"" + key
            + "\"]: ONNX Runtime config key '" + key + "' is refused");
  }

  @Test
  void aNonStringValueIsLocatedAtItsKey(@TempDir Path dir) throws IOException {
    Path m = withExtraConfig(dir, "        session.disable_prepacking: [1]\n");
    assertThatThrownBy(() -> Predictors.resolve(MLModels.read(m)).close())
        .isInstanceOf(ModelException.class)
        .hasMessage(m.resolve("MLmodel").toAbsolutePath() + ":6:37: flavors.onnx.onnx_session_options"
            + ".extra_session_config[\"session.disable_prepacking\"]: expected a string value for"
            + " 'session.disable_prepacking', found [1]");
  }

  @Test
  void keysThatTuneExecutionStillLoad(@TempDir Path dir) throws IOException {
    Path m = withExtraConfig(dir, "        session.intra_op.allow_spinning: '0'\n"
        + "        session.set_denormal_as_zero: '1'\n        session.disable_prepacking: 1\n"
        + "        optimization.enable_gelu_approximation: '0'\n");
    try (OnnxPredictor p = Predictors.resolve(MLModels.read(m), OnnxPredictor.class)) {
      assertThat(p.providers()).containsExactly("CPUExecutionProvider");
    }
  }
}
