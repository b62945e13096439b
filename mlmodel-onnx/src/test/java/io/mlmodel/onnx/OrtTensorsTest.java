package io.mlmodel.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.InputException;
import org.junit.jupiter.api.Test;

/** Regression (review finding): sizes of 2 GiB overflowed int into a bare buffer exception. */
class OrtTensorsTest {

  @Test
  void anInputOfTwoGibibytesOrMoreIsALimitErrorNotAnOverflow() {
    assertThatCode(() -> OrtTensors.checkBytes("x", Integer.MAX_VALUE / 4, 4)).doesNotThrowAnyException();
    assertThatThrownBy(() -> OrtTensors.checkBytes("x", 1 << 29, 4))
        .isInstanceOf(InputException.class)
        .hasMessage("<input>: x: the input 'x' needs 2147483648 bytes of native memory; ONNX Runtime's Java API feeds at most"
            + " 2147483647 bytes per tensor")
        .satisfies(e -> assertThat(((InputException) e).code()).isEqualTo("limit"));
    assertThatThrownBy(() -> OrtTensors.checkBytes("ids", Integer.MAX_VALUE, 8)).isInstanceOf(InputException.class);
  }
}
