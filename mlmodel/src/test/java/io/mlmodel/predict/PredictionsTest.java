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
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
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

  @Test
  void tensorsOfEveryStorageAreWrittenElementByElementAsNumpyListsWould() {
    assertThat(Predictions.toJson(Tensor.of(NumpyDtype.UINT8, new byte[] {(byte) 255, 1}, 2)))
        .isEqualTo("{\"predictions\":[255,1]}");
    assertThat(Predictions.toJson(Tensor.of(NumpyDtype.INT8, new byte[] {-1}, 1))).isEqualTo("{\"predictions\":[-1]}");
    assertThat(Predictions.toJson(Tensor.of(NumpyDtype.UINT16, new short[] {-1}, 1)))
        .isEqualTo("{\"predictions\":[65535]}");
    assertThat(Predictions.toJson(Tensor.of(NumpyDtype.UINT32, new int[] {-1}, 1)))
        .isEqualTo("{\"predictions\":[4294967295]}");
    assertThat(Predictions.toJson(Tensor.of(NumpyDtype.UINT64, new long[] {-1, 7}, 2)))
        .isEqualTo("{\"predictions\":[18446744073709551615,7]}");
    assertThat(Predictions.toJson(Tensor.ofFloats(new float[] {Float.NaN, Float.NEGATIVE_INFINITY, 0.5f}, 3)))
        .isEqualTo("{\"predictions\":[NaN,-Infinity,0.5]}");
    assertThat(Predictions.toJson(Tensor.ofDoubles(new double[] {1, 2, 3, 4, 5, Double.POSITIVE_INFINITY}, 1, 3, 2)))
        .isEqualTo("{\"predictions\":[[[1.0,2.0],[3.0,4.0],[5.0,Infinity]]]}");
    assertThat(Predictions.toJson(Tensor.ofInts(new int[0], 2, 0))).isEqualTo("{\"predictions\":[[],[]]}");
    assertThat(Predictions.toJson(Tensor.ofBooleans(new boolean[] {true, false}, 2, 1)))
        .isEqualTo("{\"predictions\":[[true],[false]]}");
    assertThat(Predictions.toJson(Tensor.ofStrings(new String[] {"a", "b"}, 1, 2))).isEqualTo("{\"predictions\":[[\"a\",\"b\"]]}");
    assertThat(Predictions.toJson(Tensor.of(NumpyDtype.DATETIME64_S, new long[] {0, Long.MIN_VALUE}, 2)))
        .isEqualTo("{\"predictions\":[\"1970-01-01T00:00:00\",null]}");
  }

  /** The expected texts are Python's: json.dumps of the same values (MLflow's scoring server). */
  @Test
  void writeAsMlflowWritesPythonsJsonDumps() {
    ColumnTable t = ColumnTable.builder().addDoubles("score", 1e-5, 1e16, Double.NaN)
        .addStrings("label", "a/b, c: \u00e9\u20ac\ud83d\ude00\u007f\u001f\n\"\\", null, "x").build();
    assertThat(mlflowJson(t)).isEqualTo("{\"predictions\": [{\"score\": 1e-05, \"label\": \"a/b, c: "
        + "\\u00e9\\u20ac\\ud83d\\ude00\\u007f\\u001f\\n\\\"\\\\\"}, {\"score\": 1e+16, \"label\": null}, "
        + "{\"score\": NaN, \"label\": \"x\"}]}");
    TensorMap m = TensorMap.builder().put("y", Tensor.ofFloats(new float[] {0.1f, 12345678f}, 1, 2))
        .put("z", Tensor.ofDoubles(new double[] {-0.0005, Double.NEGATIVE_INFINITY}, 1, 2))
        .put("n", Tensor.ofLongs(new long[] {1, 2}, 2)).build();
    assertThat(mlflowJson(m)).isEqualTo("{\"predictions\": {\"y\": [[0.10000000149011612, 12345678.0]], "
        + "\"z\": [[-0.0005, -Infinity]], \"n\": [1, 2]}}");
  }

  /** The compact form keeps Jackson's separators but writes the same numbers as Python. */
  @Test
  void numbersAreWrittenAsPythonsRepr() {
    assertThat(Predictions.toJson(Tensor.ofDoubles(new double[] {1e-5, 1e23, 5e-324, 12345678, 0.0005}, 5)))
        .isEqualTo("{\"predictions\":[1e-05,1e+23,5e-324,12345678.0,0.0005]}");
  }

  /** Numeric tensors are written without a JSON generator; the expected texts are numpy's tolist() in json.dumps. */
  @Test
  void writeAsMlflowWritesNumericTensorsAsNumpyAndJsonDumpsDo() {
    assertThat(mlflowJson(Tensor.ofFloats(new float[] {1.125f, -7.1875f, 24.125f, 0.1f, 1e-5f, 12345678f}, 2, 3)))
        .isEqualTo("{\"predictions\": [[1.125, -7.1875, 24.125], [0.10000000149011612, 9.999999747378752e-06, "
            + "12345678.0]]}");
    assertThat(mlflowJson(Tensor.of(NumpyDtype.UINT8, new byte[] {(byte) 255, 1}, 2))).isEqualTo("{\"predictions\": [255, 1]}");
    assertThat(mlflowJson(Tensor.of(NumpyDtype.INT8, new byte[] {-1, 127}, 2))).isEqualTo("{\"predictions\": [-1, 127]}");
    assertThat(mlflowJson(Tensor.of(NumpyDtype.UINT16, new short[] {-1}, 1))).isEqualTo("{\"predictions\": [65535]}");
    assertThat(mlflowJson(Tensor.of(NumpyDtype.UINT32, new int[] {-1, 0}, 2))).isEqualTo("{\"predictions\": [4294967295, 0]}");
    assertThat(mlflowJson(Tensor.of(NumpyDtype.UINT64, new long[] {-1, 7}, 2)))
        .isEqualTo("{\"predictions\": [18446744073709551615, 7]}");
    assertThat(mlflowJson(Tensor.ofLongs(new long[] {Long.MIN_VALUE, Long.MAX_VALUE}, 2)))
        .isEqualTo("{\"predictions\": [-9223372036854775808, 9223372036854775807]}");
    assertThat(mlflowJson(Tensor.ofBooleans(new boolean[] {true, false}, 2, 1))).isEqualTo("{\"predictions\": [[true], [false]]}");
    assertThat(mlflowJson(Tensor.ofInts(new int[0], 2, 0))).isEqualTo("{\"predictions\": [[], []]}");
    assertThat(mlflowJson(Tensor.ofDoubles(new double[0], 0, 3))).isEqualTo("{\"predictions\": []}");
    assertThat(mlflowJson(Tensor.of(NumpyDtype.FLOAT64, new double[] {4.5}))).isEqualTo("{\"predictions\": 4.5}");
    assertThat(mlflowJson(Tensor.ofDoubles(new double[] {0, 1, 2, 3, 4, 5, 6, 7}, 2, 2, 2)))
        .isEqualTo("{\"predictions\": [[[0.0, 1.0], [2.0, 3.0]], [[4.0, 5.0], [6.0, 7.0]]]}");
    TensorMap m = TensorMap.builder().put("label", Tensor.of(NumpyDtype.INT16, new short[] {3, -2}, 2))
        .put("p", Tensor.ofFloats(new float[] {0.3f, 0.7f}, 1, 2)).build();
    assertThat(mlflowJson(m)).isEqualTo("{\"predictions\": {\"label\": [3, -2], \"p\": [[0.30000001192092896, "
        + "0.699999988079071]]}}");
  }

  /** Names that need an escape go through the generator, and come out as json.dumps writes them. */
  @Test
  void writeAsMlflowEscapesTensorNamesAsJsonDumpsDoes() {
    TensorMap m = TensorMap.builder()
        .put("a b/c", Tensor.ofDoubles(new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            -0.0, 5e-324}, 1, 5))
        .put("prob\u00e9", Tensor.ofFloats(new float[] {0.5f}, 1)).put("q\"", Tensor.ofLongs(new long[] {1}, 1)).build();
    assertThat(mlflowJson(m)).isEqualTo("{\"predictions\": {\"a b/c\": [[NaN, Infinity, -Infinity, -0.0, 5e-324]], "
        + "\"prob\\u00e9\": [0.5], \"q\\\"\": [1]}}");
  }

  /** An answer larger than the writer's buffer: 10,000 rows, each written the same. */
  @Test
  void writeAsMlflowWritesALargeTensorWhole() {
    float[] v = new float[20_000];
    for (int i = 0; i < v.length; i += 2) {
      v[i] = 24.125f;
      v[i + 1] = -0.1f;
    }
    String row = "[24.125, -0.10000000149011612]";
    String expected = "{\"predictions\": {\"y\": [" + String.join(", ", java.util.Collections.nCopies(10_000, row)) + "]}}";
    assertThat(mlflowJson(TensorMap.of("y", Tensor.ofFloats(v, 10_000, 2)))).isEqualTo(expected);
  }

  /** A small answer under a name longer than the writer's largest buffer. */
  @Test
  void writeAsMlflowWritesANameLongerThanItsBuffer() {
    String name = "n".repeat(20_000);
    assertThat(mlflowJson(TensorMap.of(name, Tensor.ofDoubles(new double[] {0.5}, 1))))
        .isEqualTo("{\"predictions\": {\"" + name + "\": [0.5]}}");
  }

  /**
   * Regression: a timedelta64 NaT was written as -9223372036854775808. numpy's tolist() gives None
   * for it; MLflow 2.17.2's predictions_to_json of np.array([1, 'NaT'], dtype='m8[ns]') is the text
   * below, bare and under a name.
   */
  @Test
  void aTimedeltaNatIsWrittenAsNullAsNumpysTolistGivesNone() {
    Tensor t = Tensor.of(NumpyDtype.fromName("timedelta64[ns]").orElseThrow(), new long[] {1, Long.MIN_VALUE}, 2);
    assertThat(mlflowJson(t)).isEqualTo("{\"predictions\": [1, null]}");
    assertThat(mlflowJson(TensorMap.of("a", t))).isEqualTo("{\"predictions\": {\"a\": [1, null]}}");
  }

  @Test
  void aFailingStreamIsReportedAsJacksonReportsIt() {
    java.io.OutputStream broken = new java.io.OutputStream() {
      @Override
      public void write(int b) throws java.io.IOException {
        throw new java.io.IOException("broken pipe");
      }

      @Override
      public void write(byte[] b, int off, int len) throws java.io.IOException {
        throw new java.io.IOException("broken pipe");
      }
    };
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Predictions.writeAsMlflow(Tensor.ofInts(new int[] {1}, 1), broken))
        .isInstanceOf(tools.jackson.core.exc.JacksonIOException.class).hasMessageContaining("broken pipe");
  }

  private static String mlflowJson(PredictOutput output) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Predictions.writeAsMlflow(output, out);
    return out.toString(StandardCharsets.US_ASCII);
  }
}
