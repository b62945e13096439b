package io.mlmodel.remote;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.Location;
import io.mlmodel.data.BinaryColumn;
import io.mlmodel.data.BooleanColumn;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.DateTimeColumn;
import io.mlmodel.data.DoubleColumn;
import io.mlmodel.data.FloatColumn;
import io.mlmodel.data.IntColumn;
import io.mlmodel.data.LongColumn;
import io.mlmodel.data.ObjectColumn;
import io.mlmodel.data.PredictOutput;
import io.mlmodel.data.StringColumn;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.TensorMap;
import io.mlmodel.signature.NumpyDtype;
import io.mlmodel.signature.Schema;
import io.mlmodel.signature.SignatureParser;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Response bodies as MLflow's server writes them, typed by the signature's outputs or inferred. */
class OutputDecoderTest {
  static PredictOutput decode(String body, String outputs) {
    Schema schema = outputs == null ? null : SignatureParser.parseSchema(outputs, Location.UNKNOWN);
    Failures f = new Failures(Location.UNKNOWN, URI.create("http://127.0.0.1:1/invocations"));
    return OutputDecoder.decode(ResponseReader.predictions(body.getBytes(StandardCharsets.UTF_8), f), schema);
  }

  @Test
  void recordsAreATableOfTheDeclaredColumnTypes() {
    String outputs = "[{\"type\": \"float\", \"name\": \"f\"}, {\"type\": \"integer\", \"name\": \"i\"},"
        + " {\"type\": \"boolean\", \"name\": \"b\"}, {\"type\": \"binary\", \"name\": \"raw\"},"
        + " {\"type\": \"datetime\", \"name\": \"t\"}, {\"type\": \"string\", \"name\": \"s\"}]";
    PredictOutput out = decode("{\"predictions\": [{\"f\": 0.5, \"i\": 3, \"b\": true, \"raw\": \"aGk=\\n\","
        + " \"t\": \"2024-01-02T03:04:05.000006\", \"s\": \"a\"}, {\"f\": NaN, \"i\": -1, \"b\": null, \"raw\": null,"
        + " \"t\": \"NaT\", \"s\": null}]}", outputs);
    assertThat(out).isEqualTo(ColumnTable.of(FloatColumn.of("f", 0.5f, Float.NaN), IntColumn.of("i", 3, -1),
        BooleanColumn.ofNullable("b", true, null), BinaryColumn.of("raw", "hi".getBytes(StandardCharsets.UTF_8), null),
        DateTimeColumn.of("t", LocalDateTime.of(2024, 1, 2, 3, 4, 5, 6000), null), StringColumn.of("s", "a", null)));
  }

  @Test
  void withoutASignatureColumnsAreInferredAsPandasWould() {
    PredictOutput out = decode("{\"predictions\": [{\"n\": 1, \"d\": 1, \"m\": [1, 2]},"
        + " {\"n\": 2, \"d\": 2.5, \"m\": {\"k\": 1}}]}", null);
    assertThat(out).isEqualTo(ColumnTable.of(LongColumn.of("n", 1, 2), DoubleColumn.of("d", 1, 2.5),
        ObjectColumn.of("m", List.of(1, 2), Map.of("k", 1))));
  }

  @Test
  void aSeriesOfAnUnnamedOutputTakesItsType() {
    assertThat(decode("{\"predictions\": [{\"0\": 1}, {\"0\": 2}]}", "[{\"type\": \"double\"}]"))
        .isEqualTo(ColumnTable.of(DoubleColumn.of("0", 1, 2)));
  }

  @Test
  void nestedListsAreATensorOfTheDeclaredDtype() {
    assertThat(decode("{\"predictions\": [[1, 2], [3, 255]]}",
        "[{\"type\": \"tensor\", \"tensor-spec\": {\"dtype\": \"uint8\", \"shape\": [-1, 2]}}]"))
        .isEqualTo(Tensor.of(NumpyDtype.UINT8, new byte[] {1, 2, 3, (byte) 255}, 2, 2));
    assertThat(decode("{\"predictions\": [0.5, 1.5]}", "[{\"type\": \"double\"}]"))
        .isEqualTo(Tensor.ofDoubles(new double[] {0.5, 1.5}, 2));
  }

  @Test
  void valuesThatDoNotFitTheDeclaredDtypeAreInferred() {
    // MLflow does not enforce outputs: a model declaring int64 may answer floats
    assertThat(decode("{\"predictions\": [0.5, 1]}",
        "[{\"type\": \"tensor\", \"tensor-spec\": {\"dtype\": \"int64\", \"shape\": [-1]}}]"))
        .isEqualTo(Tensor.ofDoubles(new double[] {0.5, 1}, 2));
    assertThat(decode("{\"predictions\": [\"a\", \"b\"]}", null))
        .isEqualTo(Tensor.ofStrings(new String[] {"a", "b"}, 2));
  }

  /**
   * Regression: a uint64 output above 2^63 (a hash, an id), which Python's json writes as a plain
   * integer, became a float64 tensor, rounded: 18446744073709551615 came back as 1.8446744073709552E19.
   */
  @Test
  void uint64ValuesPastTheLongRangeStayExact() {
    assertThat(decode("{\"predictions\": [18446744073709551615, 9223372036854775808, 1]}",
        "[{\"type\": \"tensor\", \"tensor-spec\": {\"dtype\": \"uint64\", \"shape\": [-1]}}]"))
        .isEqualTo(Tensor.of(NumpyDtype.UINT64, new long[] {-1L, Long.MIN_VALUE, 1}, 3));
    // what numpy makes of them too: np.array([18446744073709551615, 1]).dtype is uint64
    assertThat(decode("{\"predictions\": [18446744073709551615, 1]}", null))
        .isEqualTo(Tensor.of(NumpyDtype.UINT64, new long[] {-1L, 1}, 2));
    assertThat(decode("{\"predictions\": [18446744073709551616, 1]}", null)).as("past uint64: numpy's object")
        .isEqualTo(Tensor.of(NumpyDtype.OBJECT, new Object[] {new java.math.BigInteger("18446744073709551616"), 1}, 2));
    assertThat(decode("{\"predictions\": [{\"h\": 18446744073709551615}, {\"h\": 1}]}", null))
        .as("a column has no uint64 type: the values stay exact, as objects")
        .isEqualTo(ColumnTable.of(ObjectColumn.of("h", new java.math.BigInteger("18446744073709551615"), 1)));
  }

  @Test
  void anObjectOfListsIsNamedTensors() {
    assertThat(decode("{\"predictions\": {\"y\": [[1.0], [2.0]], \"k\": [1, 2]}}",
        "[{\"name\": \"y\", \"type\": \"tensor\", \"tensor-spec\": {\"dtype\": \"float32\", \"shape\": [-1, 1]}}]"))
        .isEqualTo(TensorMap.builder().put("y", Tensor.ofFloats(new float[] {1, 2}, 2, 1))
            .put("k", Tensor.ofLongs(new long[] {1, 2}, 2)).build());
  }

  @Test
  void raggedListsAndScalarsStayPlain() {
    assertThat(decode("{\"predictions\": [[1], [2, 3]]}", null))
        .isEqualTo(PredictOutput.plain(List.of(List.of(1), List.of(2, 3))));
    assertThat(decode("{\"predictions\": \"done\"}", null)).isEqualTo(PredictOutput.plain("done"));
  }
}
