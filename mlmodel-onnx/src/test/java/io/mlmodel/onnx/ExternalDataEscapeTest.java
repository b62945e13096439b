package io.mlmodel.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.MLModels;
import io.mlmodel.ModelException;
import io.mlmodel.predict.Predictors;
import io.mlmodel.validate.Finding;
import io.mlmodel.validate.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (issue 16, item 1): a model.onnx whose weights name external data outside the model
 * folder (by {@code ..}, by an absolute path, or through a symbolic link) made ONNX Runtime read
 * that file and return its bytes as floats, and validate said ok. The hostile models are
 * testdata/onnx/external_data with its locations ({@code model.onnx.data}, for W and b) patched in place to
 * another 15-byte name, which keeps every protocol buffer length valid.
 */
class ExternalDataEscapeTest {
  private static final String LOCATION = "model.onnx.data";

  @TempDir Path dir;

  private Path hostile(String location) throws IOException {
    assertThat(location).hasSize(LOCATION.length());
    Path m = OnnxPredictorTest.copyWithoutSignature("external_data", Files.createDirectories(dir.resolve("m")));
    byte[] onnx = Files.readAllBytes(m.resolve("model.onnx"));
    String text = new String(onnx, StandardCharsets.ISO_8859_1);
    int at = text.indexOf(LOCATION);
    assertThat(at).isPositive();
    for (; at >= 0; at = text.indexOf(LOCATION, at + 1)) {
      System.arraycopy(location.getBytes(StandardCharsets.ISO_8859_1), 0, onnx, at, location.length());
    }
    Files.write(m.resolve("model.onnx"), onnx);
    return m;
  }

  private static void assertRefused(Path m, String location) {
    assertThatThrownBy(() -> Predictors.resolve(MLModels.read(m)))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("flavors.onnx.data: model.onnx: tensor 'W' stores its data in '" + location + "'")
        .extracting(e -> ((ModelException) e).code()).isEqualTo("path-escape");
    assertThat(Validator.defaults().validate(m).withCode("path-escape")).extracting(Finding::message)
        .anySatisfy(msg -> assertThat(msg).contains("tensor 'W' stores its data in '" + location + "'"));
  }

  @Test
  void aDotDotLocationIsRefusedBeforeTheSession() throws IOException {
    Path m = hostile("../outside.data");
    Files.copy(m.resolve(LOCATION), dir.resolve("outside.data"));
    assertRefused(m, "../outside.data");
  }

  @Test
  void anAbsoluteLocationIsRefusedBeforeTheSession() throws IOException {
    Path outside = Path.of("/tmp/" + UUID.randomUUID().toString().substring(0, 10));
    Path m = hostile(outside.toString());
    Files.copy(m.resolve(LOCATION), outside);
    try {
      assertRefused(m, outside.toString());
    } finally {
      Files.delete(outside);
    }
  }

  @Test
  void aSymlinkedDataFileIsRefusedBeforeTheSession() throws IOException {
    Path m = OnnxPredictorTest.copyWithoutSignature("external_data", Files.createDirectories(dir.resolve("m")));
    Path outside = Files.move(m.resolve(LOCATION), dir.resolve("secret.data"));
    Files.createSymbolicLink(m.resolve(LOCATION), outside);
    assertRefused(m, LOCATION);
  }

  @Test
  void theUnpatchedModelStillLoadsAndValidates() throws IOException {
    Path m = hostile(LOCATION);
    try (var p = Predictors.resolve(MLModels.read(m))) {
      assertThat(p).isInstanceOf(OnnxPredictor.class);
    }
    assertThat(Validator.defaults().validate(m).withCode("path-escape")).isEmpty();
  }
}
