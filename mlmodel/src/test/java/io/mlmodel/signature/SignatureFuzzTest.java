package io.mlmodel.signature;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.mlmodel.Fuzzing;
import io.mlmodel.ReadOptions;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Fuzzes the signature parser: three JSON strings (inputs, outputs, params; NUL-separated in the
 * fuzzer's bytes, so that seeds are readable files) either make a
 * signature or fail with one of our exceptions; a signature that was read writes itself back
 * (MLflow's {@code to_dict}) into strings that read as an equal signature. Regression inputs live
 * in src/test/resources/io/mlmodel/signature/SignatureFuzzTestInputs/fromStrings.
 */
class SignatureFuzzTest {
  private static final ReadOptions SMALL = ReadOptions.builder()
      .maxBytes(64 << 10).maxCodePoints(64 << 10).maxNodes(20_000).maxDepth(40).build();

  @FuzzTest(maxDuration = "3m")
  void fromStrings(byte[] data) {
    String[] parts = new String(data, StandardCharsets.UTF_8).split("\0", 3);
    String inputs = part(parts, 0);
    String outputs = part(parts, 1);
    String params = part(parts, 2);
    ModelSignature sig = Fuzzing.expectOwnErrors(
        () -> SignatureParser.fromStrings(inputs, outputs, params, SMALL));
    if (sig == null) {
      return;
    }
    String text = sig.toString();
    Map<String, String> dict = sig.toDict();
    ModelSignature again = SignatureParser.fromStrings(dict.get("inputs"), dict.get("outputs"),
        dict.get("params"), SMALL);
    // MLflow's to_dict writes empty params beside inputs or outputs as None: they come back absent.
    boolean emptyParamsDropped = sig.params().filter(p -> p.params().isEmpty()).isPresent()
        && again.params().isEmpty() && (sig.inputs().isPresent() || sig.outputs().isPresent());
    boolean same = emptyParamsDropped
        ? again.inputs().equals(sig.inputs()) && again.outputs().equals(sig.outputs())
        : again.equals(sig);
    if (!same) {
      throw new AssertionError("round trip changed the signature:\n" + text + "\n" + again);
    }
  }

  private static String part(String[] parts, int i) {
    return i < parts.length && !parts[i].isEmpty() ? parts[i] : null;
  }
}
