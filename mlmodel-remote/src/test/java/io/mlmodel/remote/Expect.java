package io.mlmodel.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.mlmodel.data.Column;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.PredictOutput;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.TensorMap;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** Compares a prediction with the oracle's description of what MLflow's Python returned. */
final class Expect {
  private Expect() {}

  @SuppressWarnings("unchecked")
  static void same(PredictOutput got, Map<String, Object> want) {
    switch ((String) want.get("kind")) {
      case "error":
        fail("MLflow's Python failed: " + want.get("message"));
        break;
      case "tensor": {
        assertThat(got).isInstanceOf(Tensor.class);
        Tensor t = (Tensor) got;
        assertThat(t.dtype().numpyName()).as("dtype").isEqualTo(want.get("dtype"));
        assertThat(t.shape()).as("shape").containsExactly(((List<Number>) want.get("shape")).stream()
            .mapToLong(Number::longValue).toArray());
        List<Object> values = (List<Object>) want.get("values");
        for (int i = 0; i < values.size(); i++) {
          sameValue(t.getObject(i), values.get(i), "element " + i);
        }
        break;
      }
      case "table": {
        assertThat(got).isInstanceOf(ColumnTable.class);
        ColumnTable t = (ColumnTable) got;
        List<Map<String, Object>> cols = (List<Map<String, Object>>) want.get("columns");
        assertThat(t.names()).containsExactlyElementsOf(cols.stream().map(c -> (String) c.get("name")).toList());
        for (Map<String, Object> c : cols) {
          Column col = t.column((String) c.get("name")).orElseThrow();
          assertThat(col.dtypeName()).as("dtype of " + c.get("name")).isEqualTo(c.get("dtype"));
          List<Object> values = (List<Object>) c.get("values");
          assertThat(col.size()).isEqualTo(values.size());
          for (int i = 0; i < values.size(); i++) {
            sameValue(col.getObject(i), values.get(i), c.get("name") + "[" + i + "]");
          }
        }
        break;
      }
      case "tensors": {
        assertThat(got).isInstanceOf(TensorMap.class);
        Map<String, Object> tensors = (Map<String, Object>) want.get("tensors");
        assertThat(((TensorMap) got).names()).containsExactlyElementsOf(tensors.keySet());
        tensors.forEach((k, v) -> same(((TensorMap) got).get(k).orElseThrow(), (Map<String, Object>) v));
        break;
      }
      default:
        assertThat(got).isEqualTo(PredictOutput.plain(want.get("value")));
    }
  }

  static void sameValue(Object got, Object want, String where) {
    if ("NaN".equals(want)) {
      // a float column's getObject gives null for NaN (missing); a tensor's gives the NaN itself
      assertThat(got == null || Double.isNaN(((Number) got).doubleValue())).as(where + " is NaN: " + got).isTrue();
    } else if (want instanceof Integer || want instanceof Long) {
      assertThat(got).as(where).isInstanceOfAny(Long.class, Integer.class, Short.class, Byte.class);
      assertThat(((Number) got).longValue()).as(where).isEqualTo(((Number) want).longValue());
    } else if (want instanceof Number n) {
      assertThat(got).as(where).isInstanceOfAny(Double.class, Float.class);
      assertThat(((Number) got).doubleValue()).as(where).isEqualTo(n.doubleValue());
    } else if (got instanceof LocalDateTime t) {
      assertThat(LocalDateTime.parse((String) want)).as(where).isEqualTo(t);
    } else {
      assertThat(got).as(where).isEqualTo(want);
    }
  }
}
