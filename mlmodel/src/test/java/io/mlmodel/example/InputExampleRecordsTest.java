package io.mlmodel.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.example.SparseExample.Layout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The example records built in Java: immutable, and a sparse matrix checked on construction. */
class InputExampleRecordsTest {

  @Test
  void aTensorExampleDoesNotShareTheCallersLists() {
    List<Object> row = new ArrayList<>(List.of(1L, 2L));
    List<Object> values = new ArrayList<>(List.of(row));
    TensorExample t = TensorExample.of(values);
    row.set(0, 9L);
    values.add(List.of(3L, 4L));
    assertThat(t.values()).isEqualTo(List.of(List.of(1L, 2L)));
    assertThat(t.shape()).containsExactly(1, 2);
    assertThatThrownBy(() -> ((List<?>) t.values()).clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ((List<?>) ((List<?>) t.values()).get(0)).clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aJsonObjectExampleDoesNotShareTheCallersValue() {
    List<Object> messages = new ArrayList<>(List.of("hi"));
    JsonObjectExample e = new JsonObjectExample(Map.of("messages", messages), null);
    messages.add("there");
    assertThat(e.value()).isEqualTo(Map.of("messages", List.of("hi")));
    assertThatThrownBy(() -> ((List<?>) ((Map<?, ?>) e.value()).get("messages")).clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aDataFrameExampleDoesNotShareTheCallersCells() {
    List<Object> cell = new ArrayList<>(List.of(1L));
    List<Object> row = new ArrayList<>();
    row.add(cell);
    DataFrameExample df = new DataFrameExample(List.of("a"), List.of(row), true, Map.of("k", new ArrayList<>(cell)));
    cell.add(2L);
    assertThat(df.rows()).isEqualTo(List.of(List.of(List.of(1L))));
    assertThatThrownBy(() -> ((List<?>) df.rows().get(0).get(0)).clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ((List<?>) df.paramsOrNull().get("k")).clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aSparseExampleWhoseArraysDisagreeIsRefusedOnConstruction() {
    // a 2 x 2 CSR matrix [[5, 0], [0, 6]] is data [5, 6], indices [0, 1], indptr [0, 1, 2]
    List<Object> data = List.of(5L, 6L);
    assertThat(new SparseExample(Layout.CSR, data, List.of(0L, 1L), List.of(0L, 1L, 2L), 2, 2, null).toDense(4))
        .isEqualTo(List.of(List.of(5L, 0L), List.of(0L, 6L)));
    assertThatThrownBy(() -> new SparseExample(Layout.CSR, data, List.of(0L, 2L), List.of(0L, 1L, 2L), 2, 2, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("indices[1] is 2, outside the matrix, which has 2 columns");
    assertThatThrownBy(() -> new SparseExample(Layout.CSR, data, List.of(0L), List.of(0L, 1L, 2L), 2, 2, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("indices must have one entry per stored value (2), not 1");
    assertThatThrownBy(() -> new SparseExample(Layout.CSC, data, List.of(0L, 1L), List.of(0L, 2L), 2, 2, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("indptr must have one entry per column plus one (3), not 2");
    assertThatThrownBy(() -> new SparseExample(Layout.CSR, data, List.of(0L, 1L), List.of(0L, 2L, 1L), 2, 2, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("indptr must start at 0 and never decrease; indptr[2] is 1");
    assertThatThrownBy(() -> new SparseExample(Layout.CSR, data, List.of(0L, 1L), List.of(0L, 1L, 3L), 2, 2, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the last indptr entry must equal the number of stored values (2), not 3");
    assertThatThrownBy(() -> new SparseExample(Layout.CSR, data, List.of(0L, -1L), List.of(0L, 1L, 2L), 2, 2, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("indices[1] is -1, outside the matrix, which has 2 columns");
    assertThatThrownBy(() -> new SparseExample(Layout.CSR, List.of(), List.of(), List.of(0L), 0, -1, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the shape must not be negative: 0 x -1");
  }
}
