package io.mlmodel.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.LimitExceededException;
import io.mlmodel.data.Tensor;
import io.mlmodel.request.Predictions;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A tensor with no elements may still have an outer dimension past {@code int}'s range, as numpy
 * allows: {@code np.zeros((2**31, 0)).tolist()} is 2^31 empty lists. Regression: the writers cast
 * that dimension to {@code int}, got a negative count and wrote {@code []}, silently.
 */
class EmptyTensorAnswerTest {
  private static final long BEYOND_INT = 1L << 31;

  @Test
  void anOuterDimensionPastIntsRangeIsWrittenAsThatManyEmptyListsByWriteAsMlflow() {
    String start = firstBytes(out -> Predictions.writeAsMlflow(Tensor.ofFloats(new float[0], BEYOND_INT, 0), out));
    assertThat(start).startsWith("{\"predictions\": [[], [], [], ");
  }

  @Test
  void anOuterDimensionPastIntsRangeIsWrittenAsThatManyEmptyListsByWrite() {
    String start = firstBytes(out -> Predictions.write(Tensor.ofLongs(new long[0], 2, BEYOND_INT, 0), out));
    assertThat(start).startsWith("{\"predictions\":[[[],[],[],");
  }

  @Test
  void smallEmptyShapesAreWrittenAsNumpyWrites() {
    assertThat(Predictions.toJson(Tensor.ofFloats(new float[0], 3, 0))).isEqualTo("{\"predictions\":[[],[],[]]}");
    assertThat(Predictions.toJson(Tensor.ofFloats(new float[0], 0, 3))).isEqualTo("{\"predictions\":[]}");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Predictions.writeAsMlflow(Tensor.ofInts(new int[0], 2, 0, 5), out);
    assertThat(out.toString(StandardCharsets.US_ASCII)).isEqualTo("{\"predictions\": [[], []]}");
  }

  @Test
  void stringsThatWouldNeedMoreListsThanJavaHoldsAreALimitNotAnEmptyAnswer() {
    Tensor strings = Tensor.ofStrings(new String[0], BEYOND_INT, 0);
    assertThatThrownBy(() -> Predictions.toJson(strings))
        .isInstanceOf(LimitExceededException.class)
        .hasMessageContaining("a tensor of shape [2147483648, 0] has 2147483648 lists along axis 0, more than a"
            + " Java list holds (2147483639)");
  }

  /** The first 64 KiB a writer gives; then the stream stops it, as a client that hangs up would. */
  private static String firstBytes(Consumer<OutputStream> writer) {
    ByteArrayOutputStream seen = new ByteArrayOutputStream();
    OutputStream stopping = new OutputStream() {
      @Override
      public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        seen.write(b, off, len);
        if (seen.size() > 64 * 1024) {
          throw new Stop();
        }
      }
    };
    assertThatThrownBy(() -> writer.accept(stopping)).isInstanceOf(Stop.class);
    return seen.toString(StandardCharsets.US_ASCII);
  }

  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }
}
