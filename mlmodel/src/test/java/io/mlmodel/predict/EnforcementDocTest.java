package io.mlmodel.predict;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.MLModels;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.TensorMap;
import io.mlmodel.enforce.EnforcedInput;
import io.mlmodel.enforce.Enforcement;
import io.mlmodel.enforce.EnforcementOptions;
import io.mlmodel.request.Predictions;
import io.mlmodel.request.RequestValidator;
import io.mlmodel.request.ScoringRequest;
import io.mlmodel.request.ScoringRequests;
import io.mlmodel.signature.ModelSignature;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The Java examples of docs/enforcement.md, run as written. */
class EnforcementDocTest {
  private static final Path BASE = Paths.get(System.getProperty("mlmodel.basedir", "."));

  @Test
  void buildingInputs() {
    ColumnTable table = ColumnTable.builder()
        .addDoubles("x", 1.5, 2.0)
        .addStrings("name", "a", null)
        .addDateTimes("when", LocalDateTime.of(2024, 1, 2, 3, 4), null)
        .build();
    Tensor image = Tensor.ofFloats(new float[28 * 28], 1, 28, 28);
    FloatBuffer pixels = image.floatBuffer();
    TensorMap named = TensorMap.builder()
        .put("x", Tensor.ofFloats(new float[] {1, 2, 3}, 1, 3))
        .put("mask", Tensor.ofBooleans(new boolean[] {true}, 1))
        .build();
    assertThat(table.rowCount()).isEqualTo(2);
    assertThat(pixels.remaining()).isEqualTo(784);
    assertThat(named.names()).containsExactly("x", "mask");
  }

  @Test
  void enforcingASignatureAndDecodingARequest() throws Exception {
    Path dir = BASE.resolve("testdata/predict/sklearn_every_type");
    ModelSignature signature = MLModels.read(dir).signature().orElseThrow();
    try (InputStream body = Files.newInputStream(BASE.resolve("testdata/predict/requests/every_type.json"))) {
      ScoringRequest req = ScoringRequests.decode(body, "application/json", signature, EnforcementOptions.defaults());
      EnforcedInput in = Enforcement.enforce(req.input(), req.params(), signature, EnforcementOptions.defaults());
      assertThat(((ColumnTable) in.input()).names()).startsWith("b", "i32");
      assertThat(in.params().get("top_k")).contains(3L);
      assertThat(in.warnings()).hasSize(1);
    }
    EnforcedInput v = RequestValidator.validate(dir, new ByteArrayInputStream(
        "b,i32,i64,f32,f64,s,raw,ts\nTrue,1,3,0.5,2.25,x,AAE=,2020-05-17\n".getBytes(StandardCharsets.UTF_8)),
        "text/csv", EnforcementOptions.defaults());
    assertThat(v.input().rows()).isEqualTo(1);
  }

  @Test
  void optionsAndResponses() {
    EnforcementOptions big = EnforcementOptions.builder().maxRequestBytes(512L << 20).build();
    EnforcementOptions asMlflow = EnforcementOptions.builder()
        .compatibility(EnforcementOptions.Compatibility.MLFLOW)
        .build();
    assertThat(big.maxRequestBytes()).isEqualTo(512L << 20);
    assertThat(asMlflow.mlflowCompatible()).isTrue();
    ByteArrayOutputStream httpResponseStream = new ByteArrayOutputStream();
    Predictions.write(Tensor.ofDoubles(new double[] {0.5}, 1), httpResponseStream);
    assertThat(httpResponseStream.toString(StandardCharsets.UTF_8)).isEqualTo("{\"predictions\":[0.5]}");
  }
}
