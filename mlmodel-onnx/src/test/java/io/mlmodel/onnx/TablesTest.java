package io.mlmodel.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.InputException;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.IntColumn;
import io.mlmodel.data.Tensor;
import io.mlmodel.signature.NumpyDtype;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Outputs answered as a table: each flattened into a column of its numpy type. */
class TablesTest {

  @Test
  void smallIntegersWidenToInt32WithTheirSign() {
    assertThat(ints(Tensor.of(NumpyDtype.UINT8, new byte[] {(byte) 200, 1}, 2))).containsExactly(200, 1);
    assertThat(ints(Tensor.of(NumpyDtype.INT8, new byte[] {(byte) 200, 1}, 2))).containsExactly(-56, 1);
    assertThat(ints(Tensor.of(NumpyDtype.INT16, new short[] {-3, 30_000}, 2))).containsExactly(-3, 30_000);
  }

  @Test
  void outputsAreFlattenedAndMustAgreeInLength() {
    Map<String, Tensor> out = new LinkedHashMap<>();
    out.put("y", Tensor.ofFloats(new float[] {1, 2, 3, 4}, 2, 2));
    out.put("label", Tensor.ofLongs(new long[] {7, 8, 9, 10}, 4));
    ColumnTable t = Tables.fromOutputs(out);
    assertThat(t.names()).containsExactly("y", "label");
    assertThat(t.rowCount()).isEqualTo(4);
    out.put("short", Tensor.ofLongs(new long[] {1}, 1));
    assertThatThrownBy(() -> Tables.fromOutputs(out)).isInstanceOf(InputException.class)
        .hasMessageContaining("the ONNX outputs flatten to different lengths (y: 4, short: 1)");
  }

  private static int[] ints(Tensor t) {
    return ((IntColumn) Tables.column("q", t)).toArray();
  }
}
