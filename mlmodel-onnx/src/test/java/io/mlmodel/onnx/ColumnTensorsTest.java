package io.mlmodel.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.InputException;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.Tensor;
import io.mlmodel.signature.NumpyDtype;
import org.junit.jupiter.api.Test;

/**
 * A table fed to a graph with one input becomes {@code DataFrame.values}: one row-major 2-d
 * tensor of the columns' common numpy type (numbers as numpy promotes them, values exact).
 */
class ColumnTensorsTest {

  private static Tensor values(ColumnTable t) {
    return ColumnTensors.values(t);
  }

  @Test
  void doublesLongsIntsAndFloatsMakeFloat64RowByRow() {
    Tensor t = values(ColumnTable.builder().addDoubles("a", 0.5, -1.25).addLongs("b", 3, 1L << 40)
        .addInts("c", -7, 8).addFloats("d", 0.1f, 2.5f).build());
    assertThat(t.dtype()).isEqualTo(NumpyDtype.FLOAT64);
    assertThat(t.shape()).containsExactly(2, 4);
    assertThat(t.toDoubleArray()).containsExactly(0.5, 3, -7, (double) 0.1f, -1.25, 1L << 40, 8, 2.5);
  }

  @Test
  void floatsAloneStayFloat32() {
    Tensor t = values(ColumnTable.builder().addFloats("a", 1.5f, 2f).addFloats("b", -3f, 4f).build());
    assertThat(t.dtype()).isEqualTo(NumpyDtype.FLOAT32);
    assertThat(t.toFloatArray()).containsExactly(1.5f, -3f, 2f, 4f);
  }

  @Test
  void intsAndLongsMakeInt64AndIntsAloneInt32() {
    Tensor mixed = values(ColumnTable.builder().addInts("a", 1, 2).addLongs("b", Long.MAX_VALUE, -1).build());
    assertThat(mixed.dtype()).isEqualTo(NumpyDtype.INT64);
    assertThat(mixed.toLongArray()).containsExactly(1, Long.MAX_VALUE, 2, -1);
    Tensor ints = values(ColumnTable.builder().addInts("a", 1, 2).addInts("b", 3, 4).build());
    assertThat(ints.dtype()).isEqualTo(NumpyDtype.INT32);
    assertThat(ints.toIntArray()).containsExactly(1, 3, 2, 4);
  }

  @Test
  void booleansAndStringsKeepTheirType() {
    Tensor b = values(ColumnTable.builder().addBooleans("a", true, false).addBooleans("b", false, false).build());
    assertThat(b.dtype()).isEqualTo(NumpyDtype.BOOL);
    assertThat(b.toBooleanArray()).containsExactly(true, false, false, false);
    Tensor s = values(ColumnTable.builder().addStrings("a", "x", "y").addStrings("b", "p", "q").build());
    assertThat(s.dtype()).isEqualTo(NumpyDtype.STR);
    assertThat(s.toStringArray()).containsExactly("x", "p", "y", "q");
  }

  @Test
  void aMissingStringIsReportedBeforeTheTypesAreMixed() {
    ColumnTable t = ColumnTable.builder().addDoubles("a", 1, 2).addStrings("s", "x", null).build();
    assertThatThrownBy(() -> values(t)).isInstanceOf(InputException.class)
        .hasMessage("<input>: s: column 's' of dtype object cannot feed an ONNX tensor: row 1 is missing");
  }

  @Test
  void numbersAndStringsDoNotMix() {
    ColumnTable t = ColumnTable.builder().addDoubles("a", 1).addStrings("s", "x").build();
    assertThatThrownBy(() -> values(t)).isInstanceOf(InputException.class)
        .hasMessage("<input>: the columns [a, s] mix types (float64 and str) that make an object array, which an ONNX"
            + " model with one input cannot take");
  }

  @Test
  void oneColumnIsAColumnVector() {
    Tensor t = values(ColumnTable.builder().addLongs("a", 4, 5, 6).build());
    assertThat(t.shape()).containsExactly(3, 1);
    assertThat(t.toLongArray()).containsExactly(4, 5, 6);
  }
}
