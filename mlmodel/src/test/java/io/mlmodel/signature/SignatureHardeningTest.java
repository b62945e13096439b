package io.mlmodel.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.LimitExceededException;
import io.mlmodel.ReadOptions;
import org.junit.jupiter.api.Test;

/**
 * The tensor-shape limit (docs/hardening.md): a default, located, and raisable; and the schema's
 * table keeping each column on its row whatever its name holds.
 */
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

  @Test
  void aColumnNameWithALineBreakStaysOnItsRowOfTheTable() {
    // regression: the table wrote the name as it is, so its line break split the row and what
    // followed it read as a row of its own (inspect printed it so)
    Schema s = SignatureParser.fromStrings("[{\"type\": \"double\", \"name\": \"x\\n9  forged  long  yes\"},"
        + " {\"type\": \"long\", \"name\": \"y\\u001b[2J\"}]", null, null).inputs().orElseThrow();
    assertThat(s.toString()).isEqualTo("columns (2, named)\n"
        + "#  name                         type    required\n"
        + "0  x\\u000a9  forged  long  yes  double  yes\n"
        + "1  y\\u001b[2J                   long    yes\n");
  }
}
