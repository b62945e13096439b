package io.mlmodel.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import org.junit.jupiter.api.Test;

/** The inputs of one prediction never share memory, whatever their number, size and type. */
class ScratchTest {

  @Test
  void inputsOfOnePredictionGetSeparateDirectMemory() {
    Scratch s = Scratch.reset();
    FloatBuffer a = s.floats(3);
    FloatBuffer b = s.floats(3);
    LongBuffer c = s.longs(2);
    assertThat(a.isDirect()).isTrue();
    assertThat(new int[] {a.position(), a.limit(), b.position(), b.limit(), c.limit()}).containsExactly(0, 3, 0, 3, 2);
    a.put(new float[] {1, 2, 3});
    b.put(new float[] {4, 5, 6});
    c.put(new long[] {-1, -1});
    assertThat(new float[] {a.get(0), a.get(1), a.get(2)}).containsExactly(1, 2, 3);
    assertThat(new float[] {b.get(0), b.get(1), b.get(2)}).containsExactly(4, 5, 6);
  }

  @Test
  void anEmptyFirstInputDoesNotShareItsViewWithTheNext() {
    Scratch s = Scratch.reset();
    FloatBuffer empty = s.floats(0);
    FloatBuffer next = s.floats(2);
    assertThat(next).isNotSameAs(empty);
    assertThat(empty.limit()).isZero();
    assertThat(next.limit()).isEqualTo(2);
  }

  @Test
  void aNewPredictionStartsOverAndLargeInputsGrowTheMemory() {
    Scratch.reset().ints(4).put(new int[] {1, 2, 3, 4});
    IntBuffer again = Scratch.reset().ints(4);
    assertThat(again.get(0)).as("the memory is reused by the next prediction").isEqualTo(1);
    Scratch s = Scratch.reset();
    FloatBuffer small = s.floats(2);
    small.put(new float[] {7, 8});
    FloatBuffer large = s.floats(100_000);
    assertThat(large.limit()).isEqualTo(100_000);
    assertThat(new float[] {small.get(0), small.get(1)}).as("the first input keeps its memory").containsExactly(7, 8);
  }
}
