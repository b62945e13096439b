package io.mlmodel.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.LimitExceededException;
import io.mlmodel.ReadOptions;
import org.junit.jupiter.api.Test;

/** The tensor-shape limit (docs/hardening.md): a default, located, and raisable. */
class SignatureHardeningTest {
  private static String tensor(int dims) {
    return "[{\"type\": \"tensor\", \"tensor-spec\": {\"dtype\": \"float32\", \"shape\": [-1"
        + ", 2".repeat(dims - 1) + "]}}]";
  }

  @Test
  void sixtyFourDimensionsHitTheLimit() {
    assertThatThrownBy(() -> SignatureParser.fromStrings(tensor(64), null, null))
        .isInstanceOf(LimitExceededException.class)
        .hasMessage("<input>: signature.inputs[0].tensor-spec.shape: the tensor shape has 64"
            + " dimensions, more than the limit of 32 (ReadOptions.maxDimensions)");
  }

  @Test
  void thirtyTwoDimensionsAreFine() {
    assertThat(SignatureParser.fromStrings(tensor(32), null, null).inputs().orElseThrow()
        .tensors().get(0).shape()).hasSize(32);
  }

  @Test
  void theDimensionLimitCanBeRaised() {
    ReadOptions wide = ReadOptions.builder().maxDimensions(64).build();
    assertThat(SignatureParser.fromStrings(tensor(64), null, null, wide).inputs().orElseThrow()
        .tensors().get(0).shape()).hasSize(64);
  }
}
