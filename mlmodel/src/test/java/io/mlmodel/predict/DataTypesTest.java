package io.mlmodel.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.DateTimeColumn;
import io.mlmodel.data.DoubleColumn;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.TensorMap;
import io.mlmodel.enforce.Params;
import io.mlmodel.signature.NumpyDtype;
import java.nio.ReadOnlyBufferException;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The input and output data types: primitive storage, immutability, factories. */
class DataTypesTest {

  @Test
  void tableBuilderKeepsOrderAndTypes() {
    ColumnTable t = ColumnTable.builder().addDoubles("x", 1.5, 2).addStrings("s", "a", null).addLongs("n", 1, 2).build();
    assertThat(t.names()).containsExactly("x", "s", "n");
    assertThat(t.rowCount()).isEqualTo(2);
    assertThat(t.column("s").orElseThrow().isNull(1)).isTrue();
  }

  @Test
  void tableRefusesUnequalLengthsAndDuplicateNames() {
    assertThatThrownBy(() -> ColumnTable.builder().addDoubles("x", 1).addDoubles("y", 1, 2).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'y' has 2 values");
    assertThatThrownBy(() -> ColumnTable.builder().addDoubles("x", 1).addDoubles("x", 1).build())
        .hasMessageContaining("duplicate column name 'x'");
  }

  @Test
  void wrapSharesTheArrayWhereOfCopiesIt() {
    float[] data = {1, 2, 3, 4, 5, 6};
    Tensor copied = Tensor.of(NumpyDtype.FLOAT32, data, 2, 3);
    Tensor wrapped = Tensor.wrap(NumpyDtype.FLOAT32, data, 2, 3);
    data[0] = 9;
    assertThat(copied.floatBuffer().get(0)).isEqualTo(1f);
    assertThat(wrapped.floatBuffer().get(0)).isEqualTo(9f);
    assertThat(wrapped.shape()).containsExactly(2, 3);
  }

  @Test
  void wrapChecksStorageAndShapeAsTheFactoriesDo() {
    assertThatThrownBy(() -> Tensor.wrap(NumpyDtype.FLOAT64, new float[2], 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a float64 tensor is stored in a double[], not a float[]");
    assertThatThrownBy(() -> Tensor.wrap(NumpyDtype.INT64, new long[5], 2, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("shape [2, 3] needs 6 elements but 5 were given");
  }

  @Test
  void aTensorMapOfOneTensorBehavesAsOneOfMany() {
    Tensor x = Tensor.ofFloats(new float[] {1}, 1);
    Tensor y = Tensor.ofLongs(new long[] {2}, 1);
    TensorMap one = TensorMap.of("x", x);
    TensorMap two = TensorMap.builder().put("x", x).put("y", y).build();
    assertThat(one).isEqualTo(TensorMap.builder().put("x", x).build())
        .hasSameHashCodeAs(TensorMap.builder().put("x", x).build()).isNotEqualTo(two);
    for (TensorMap m : List.of(one, two)) {
      assertThat(m.get("x")).contains(x);
      assertThat(m.get("z")).isEmpty();
      assertThat(m.tensors().containsKey(null)).isFalse();
      assertThat(m.tensors().get(null)).isNull();
      assertThatThrownBy(() -> m.get(null)).isInstanceOf(NullPointerException.class).hasMessage("name");
      assertThatThrownBy(() -> m.tensors().put("w", x)).isInstanceOf(UnsupportedOperationException.class);
    }
    assertThat(one.names()).containsExactly("x");
    assertThat(two.names()).containsExactly("x", "y");
  }

  @Test
  void columnsCopyTheirInputAndExposeReadOnlyBuffers() {
    double[] v = {1, 2};
    DoubleColumn c = DoubleColumn.of("x", v);
    v[0] = 9;
    assertThat(c.get(0)).isEqualTo(1.0);
    assertThatThrownBy(() -> c.buffer().put(0, 5.0)).isInstanceOf(ReadOnlyBufferException.class);
    c.toArray()[1] = 7;
    assertThat(c.get(1)).isEqualTo(2.0);
  }

  @Test
  void dateTimeColumnHoldsEpochNanosWithNat() {
    DateTimeColumn c = DateTimeColumn.of("t", LocalDateTime.of(1970, 1, 1, 0, 0, 1), null);
    assertThat(c.getEpochNanos(0)).isEqualTo(1_000_000_000L);
    assertThat(c.getEpochNanos(1)).isEqualTo(DateTimeColumn.NAT);
    assertThat(c.get(1)).isNull();
  }

  @Test
  void tensorChecksShapeAgainstData() {
    assertThatThrownBy(() -> Tensor.ofFloats(new float[5], 2, 3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs 6 elements but 5 were given");
    assertThatThrownBy(() -> Tensor.of(NumpyDtype.FLOAT32, new double[1], 1))
        .hasMessageContaining("a float32 tensor is stored in a float[]");
    assertThatThrownBy(() -> Tensor.of(NumpyDtype.COMPLEX64, new float[2], 1))
        .hasMessageContaining("no Java storage for numpy dtype complex64");
  }

  @Test
  void tensorGivesItsStorageOnlyAsItsOwnType() {
    Tensor t = Tensor.ofFloats(new float[] {1, 2, 3, 4}, 2, 2);
    assertThat(t.floatBuffer().get(3)).isEqualTo(4f);
    assertThatThrownBy(t::doubleBuffer).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("a float32 tensor holds float[] elements, not double[]");
    assertThat(t.reshape(4).shape()).containsExactly(4);
    assertThat(t.rows()).isEqualTo(2);
  }

  @Test
  void unsignedElementsAreWidenedWhenBoxed() {
    Tensor t = Tensor.of(NumpyDtype.UINT8, new byte[] {(byte) 255}, 1);
    assertThat(t.getObject(0)).isEqualTo((short) 255);
    Tensor u = Tensor.of(NumpyDtype.UINT64, new long[] {-1L}, 1);
    assertThat(u.getObject(0)).hasToString("18446744073709551615");
  }

  @Test
  void tensorMapKeepsOrder() {
    TensorMap m = TensorMap.builder().put("b", Tensor.ofInts(new int[] {1}, 1)).put("a", Tensor.ofInts(new int[] {2}, 1))
        .build();
    assertThat(m.names()).isEqualTo(List.of("b", "a"));
    assertThat(m.rows()).isEqualTo(1);
  }

  @Test
  void paramsGiveTypedValues() {
    Params p = Params.of(java.util.Map.of("k", 3L));
    assertThat(p.get("k", Long.class)).contains(3L);
    assertThatThrownBy(() -> p.get("k", String.class)).isInstanceOf(IllegalStateException.class);
    assertThat(p.get("absent")).isEmpty();
  }
}
