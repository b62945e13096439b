package io.mlmodel.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.MLModels;
import io.mlmodel.ModelException;
import io.mlmodel.predict.Predictors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile external-data entries in testdata/onnx/external_data, rewritten by ExternalEntries. */
class ExternalDataHostileTest {
  @TempDir Path dir;

  /** The model with W's entries replaced by {@code keysAndValues}, b's kept (offset 24, length 8). */
  private Path hostile(String... keysAndValues) throws IOException {
    Path m = OnnxPredictorTest.copyWithoutSignature("external_data", dir);
    Map<String, String> entries = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      entries.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    Path file = m.resolve("model.onnx");
    Files.write(file, ExternalEntries.replace(Files.readAllBytes(file),
        List.of(entries, Map.of("location", "model.onnx.data", "offset", "24", "length", "8"))));
    return m;
  }

  @Test
  void theRewriterKeepsAWorkingModel() throws IOException {
    Path m = hostile("location", "model.onnx.data", "offset", "0", "length", "24");
    try (OnnxPredictor p = Predictors.resolve(MLModels.read(m), OnnxPredictor.class)) {
      assertThat(p.providers()).contains("CPUExecutionProvider");
    }
  }

  /**
   * Regression: ONNX Runtime reads an initializer whose location is {@code *}{@code /_ORT_MEM_ADDR_/*}
   * from the memory address written as its offset; from a model file that crashed the JVM (SIGSEGV
   * at address 16). The location is now refused before any session.
   */
  @Test
  void aMemoryAddressLocationIsRefusedBeforeTheSession() throws IOException {
    Path m = hostile("location", "*/_ORT_MEM_ADDR_/*", "offset", "16", "length", "24");
    assertThatThrownBy(() -> Predictors.resolve(MLModels.read(m)).close())
        .isInstanceOf(ModelException.class)
        .hasMessage(m.resolve("MLmodel").toAbsolutePath() + ":3:11: flavors.onnx.data: model.onnx: tensor 'W' stores"
            + " its data in '*/_ORT_MEM_ADDR_/*', which makes ONNX Runtime read the tensor from the memory address"
            + " written in its 'offset', not from a file; a model file may not use it")
        .extracting(e -> ((ModelException) e).code()).isEqualTo("bad-path");
  }

  /**
   * Regression: with data: link/model.onnx where link is a symbolic link to the model folder
   * itself, ONNX Runtime resolved the location ../outside.data physically (link/.. is the folder's
   * parent) while the check dropped link/.. by name, so the session read a file beside the folder.
   */
  @Test
  void aDotDotAfterALinkToTheFolderIsRefused(@TempDir Path root) throws IOException {
    Path m = Files.createDirectories(root.resolve("m"));
    for (Path f : List.of(hostile("location", "../outside.data", "offset", "0", "length", "24").resolve("model.onnx"),
        dir.resolve("model.onnx.data"))) {
      Files.copy(f, m.resolve(f.getFileName()));
    }
    Files.copy(m.resolve("model.onnx.data"), root.resolve("outside.data"));
    Files.createSymbolicLink(m.resolve("link"), Path.of("."));
    Files.writeString(m.resolve("MLmodel"), "flavors:\n  onnx:\n    data: link/model.onnx\n");
    assertThatThrownBy(() -> Predictors.resolve(MLModels.read(m)).close())
        .isInstanceOf(ModelException.class)
        .hasMessage(m.resolve("MLmodel").toAbsolutePath() + ":3:11: flavors.onnx.data: model.onnx: tensor 'W' stores"
            + " its data in '../outside.data', which the system resolves through a symbolic link to "
            + root.toRealPath() + ", outside the model directory; ONNX Runtime would open"
            + " that file")
        .extracting(e -> ((ModelException) e).code()).isEqualTo("path-escape");
  }
}
