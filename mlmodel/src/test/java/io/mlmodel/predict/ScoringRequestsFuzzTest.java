package io.mlmodel.predict;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.mlmodel.Fuzzing;
import io.mlmodel.enforce.Enforcement;
import io.mlmodel.enforce.EnforcementOptions;
import io.mlmodel.request.ScoringRequest;
import io.mlmodel.request.ScoringRequests;
import io.mlmodel.signature.DataType;
import io.mlmodel.signature.ModelSignature;
import io.mlmodel.signature.Schema;
import java.io.ByteArrayInputStream;

/**
 * Fuzzes {@link ScoringRequests#decode} for JSON and CSV bodies, without a signature and with a
 * small column signature, each followed by enforcement: any bytes either decode or fail with one
 * of our exceptions. Regression inputs live in
 * src/test/resources/io/mlmodel/predict/ScoringRequestsFuzzTestInputs/{json,csv}.
 */
class ScoringRequestsFuzzTest {
  private static final EnforcementOptions SMALL = EnforcementOptions.builder()
      .maxRequestBytes(64 << 10).maxDepth(40).maxCells(2_000).maxColumns(100).build();
  private static final ModelSignature SIG = ModelSignature.builder().inputs(Schema.builder()
      .column("a", DataType.DOUBLE).column("b", DataType.LONG).column("c", DataType.STRING)
      .column("d", DataType.BOOLEAN).build()).build();

  @FuzzTest(maxDuration = "2m")
  void json(byte[] input) {
    decode(input, "application/json");
  }

  @FuzzTest(maxDuration = "2m")
  void csv(byte[] input) {
    decode(input, "text/csv");
  }

  private static void decode(byte[] input, String type) {
    Fuzzing.run(() -> ScoringRequests.decode(new ByteArrayInputStream(input), type, null, SMALL).toString());
    Fuzzing.run(() -> {
      ScoringRequest r = ScoringRequests.decode(new ByteArrayInputStream(input), type, SIG, SMALL);
      Enforcement.enforce(r.input(), r.params(), SIG, SMALL).toString();
    });
  }
}
