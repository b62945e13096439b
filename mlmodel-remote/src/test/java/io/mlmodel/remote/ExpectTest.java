package io.mlmodel.remote;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.DoubleColumn;
import io.mlmodel.data.Tensor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The oracle comparison itself fails on a wrong dtype, shape, value, name or kind. */
class ExpectTest {
  static Map<String, Object> tensor(String dtype, List<Integer> shape, List<Object> values) {
    return Map.of("kind", "tensor", "dtype", dtype, "shape", shape, "values", values);
  }

  @Test
  void everyDifferenceFails() {
    Tensor t = Tensor.ofFloats(new float[] {0.1f, 2}, 2);
    Expect.same(t, tensor("float32", List.of(2), List.of((double) 0.1f, 2.0)));
    assertThatThrownBy(() -> Expect.same(t, tensor("float64", List.of(2), List.of((double) 0.1f, 2.0))))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> Expect.same(t, tensor("float32", List.of(1, 2), List.of((double) 0.1f, 2.0))))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> Expect.same(t, tensor("float32", List.of(2), List.of(0.1, 2.0))))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> Expect.same(t, tensor("float32", List.of(2), List.of((double) 0.1f, 2))))
        .isInstanceOf(AssertionError.class);
    ColumnTable table = ColumnTable.of(DoubleColumn.of("y", 1));
    assertThatThrownBy(() -> Expect.same(table, Map.of("kind", "table", "columns",
        List.of(Map.of("name", "z", "dtype", "float64", "values", List.of(1.0)))))).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> Expect.same(table, tensor("float64", List.of(1), List.of(1.0))))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> Expect.same(table, Map.of("kind", "error", "message", "boom")))
        .isInstanceOf(AssertionError.class).hasMessageContaining("boom");
  }
}
