package io.mlmodel.predict;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.data.BinaryColumn;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.DateTimeColumn;
import io.mlmodel.data.LongColumn;
import io.mlmodel.data.PredictOutput;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.TensorMap;
import io.mlmodel.request.Predictions;
import io.mlmodel.signature.NumpyDtype;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Format reference §6.4: {"predictions": ...} as MLflow's scoring server writes each output type. */
class PredictionsTest {

  @Test
  void tableIsAListOfRecords() {
    ColumnTable t = ColumnTable.builder().addDoubles("score", 0.5, Double.NaN).addStrings("label", "a", null).build();
    assertThat(Predictions.toJson(t))
        .isEqualTo("{\"predictions\":[{\"score\":0.5,\"label\":\"a\"},{\"score\":NaN,\"label\":null}]}");
  }

  @Test
  void seriesIsAListOfOneKeyRecords() {
    assertThat(Predictions.toJson(LongColumn.of("0", 1, 2))).isEqualTo("{\"predictions\":[{\"0\":1},{\"0\":2}]}");
  }

  @Test
  void tensorIsNestedLists() {
    Tensor t = Tensor.ofFloats(new float[] {1, 2, 3, 0.1f}, 2, 2);
    assertThat(Predictions.toJson(t)).isEqualTo("{\"predictions\":[[1.0,2.0],[3.0,0.10000000149011612]]}");
  }

  @Test
  void tensorMapIsAnObjectOfNestedLists() {
    TensorMap m = TensorMap.builder().put("y", Tensor.ofLongs(new long[] {1, 2}, 2))
        .put("p", Tensor.ofBooleans(new boolean[] {true}, 1, 1)).build();
    assertThat(Predictions.toJson(m)).isEqualTo("{\"predictions\":{\"y\":[1,2],\"p\":[[true]]}}");
  }

  @Test
  void plainValuesAreWrittenAsIs() {
    assertThat(Predictions.toJson(PredictOutput.plain(List.of("a", Map.of("k", 1L)))))
        .isEqualTo("{\"predictions\":[\"a\",{\"k\":1}]}");
  }

  @Test
  void bytesAreBase64WithMlflowsLineBreaksAndDatesAreIso() {
    assertThat(Predictions.toJson(BinaryColumn.of("b", new byte[] {0, 1})))
        .isEqualTo("{\"predictions\":[{\"b\":\"AAE=\\n\"}]}");
    assertThat(Predictions.toJson(DateTimeColumn.of("t", LocalDateTime.of(2020, 5, 17, 12, 30), null)))
        .isEqualTo("{\"predictions\":[{\"t\":\"2020-05-17T12:30:00\"},{\"t\":\"NaT\"}]}");
  }

  @Test
  void zeroDimensionalTensorIsItsValue() {
    assertThat(Predictions.toJson(Tensor.of(NumpyDtype.INT64, new long[] {4}))).isEqualTo("{\"predictions\":4}");
  }
}
