package io.mlmodel.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.DoubleColumn;
import io.mlmodel.data.FloatColumn;
import io.mlmodel.data.PredictOutput;
import io.mlmodel.data.StringColumn;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.TensorMap;
import io.mlmodel.predict.Predictor;
import io.mlmodel.predict.Predictors;
import io.mlmodel.signature.NumpyDtype;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Typed reads of model outputs: as a table, a tensor or named tensors, and typed cells. */
class PredictOutputTest {

  @Test
  void aDataFrameModelIsReadAsATableWithTypedCells() {
    try (Predictor p = Predictors.load(Path.of("testdata/onnx/columns_single_input"))) {
      ColumnTable in = ColumnTable.builder().addDoubles("a", 1.0, 2.0).addDoubles("b", 2.0, 4.0).addLongs("c", 3, 9).build();
      ColumnTable out = p.predict(in).asTable();
      assertThat(out.names()).containsExactly("variable");
      // README: {"predictions":[{"variable":4.5},...]} for a=1, b=2, c=3
      assertThat(out.getDouble(0, "variable")).isEqualTo(4.5);
      assertThat(out.column("variable", FloatColumn.class).get(0)).isEqualTo(4.5f);
    }
  }

  @Test
  void aSingleOutputOnnxModelIsReadAsOneTensorOrAsNamedTensors() {
    try (Predictor p = Predictors.load(Path.of("testdata/onnx/external_data"))) {
      PredictOutput out = p.predict(Tensor.ofFloats(new float[] {1, 2, 3}, 1, 3));
      // docs/predict.md: y = [[-0.5, 10.0]], x·W + b with the weights of model.onnx.data
      assertThat(out.asTensors().names()).containsExactly("y");
      Tensor y = out.asTensor();
      assertThat(y.shape()).containsExactly(1, 2);
      assertThat(y.floatAt(0, 0)).isEqualTo(-0.5f);
      assertThat(y.doubleAt(0, 1)).isEqualTo(10.0);
      assertThatThrownBy(out::asTable).isInstanceOf(IllegalStateException.class)
          .hasMessage("the model returned the tensors [y], not a table; use asTensors()");
    }
  }

  @Test
  void aColumnIsATableOfOne() {
    ColumnTable t = StringColumn.of("label", "cat", null).asTable();
    assertThat(t.names()).containsExactly("label");
    assertThat(t.getString(0, "label")).isEqualTo("cat");
    assertThat(t.getString(1, "label")).isNull();
  }

  @Test
  void typedCellsWidenNumbersAndRefuseOtherKinds() {
    ColumnTable t = ColumnTable.builder()
        .addInts("n", 7, -2).addDoubles("x", 0.25, Double.NaN).addBooleans("ok", true, false)
        .addStrings("s", "a", "b").addDateTimes("when", LocalDateTime.of(2024, 1, 2, 3, 4), null).build();
    assertThat(t.getLong(1, "n")).isEqualTo(-2L);
    assertThat(t.getDouble(0, "n")).isEqualTo(7.0);
    assertThat(t.getDouble(1, "x")).isNaN();
    assertThat(t.getBoolean(0, "ok")).isTrue();
    assertThat(t.getObject(0, "when")).isEqualTo(LocalDateTime.of(2024, 1, 2, 3, 4));
    assertThatThrownBy(() -> t.getLong(0, "x")).isInstanceOf(IllegalStateException.class)
        .hasMessage("row 0 of column 'x' holds a Double, not an integer");
    assertThatThrownBy(() -> t.getDouble(0, "s")).isInstanceOf(IllegalStateException.class)
        .hasMessage("row 0 of column 's' holds a String, not a number");
    assertThatThrownBy(() -> t.getString(0, "nope")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no column 'nope'; the columns are [n, x, ok, s, when]");
    assertThatThrownBy(() -> t.getDouble(2, "x")).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> t.column("s", DoubleColumn.class)).isInstanceOf(IllegalStateException.class)
        .hasMessage("column 's' is a StringColumn (object), not a DoubleColumn");
  }

  @Test
  void tensorElementsAreReadByOneIndexPerAxis() {
    Tensor t = Tensor.ofLongs(new long[] {1, 2, 3, 4, 5, 6}, 2, 3);
    assertThat(t.longAt(1, 2)).isEqualTo(6L);
    assertThat(t.doubleAt(0, 1)).isEqualTo(2.0);
    assertThatThrownBy(() -> t.longAt(5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a tensor of shape [2, 3] takes 2 indices, one per axis, not 1");
    assertThatThrownBy(() -> t.longAt(2, 0)).isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("index [2, 0] is outside shape [2, 3] (axis 0)");
    assertThatThrownBy(() -> t.floatAt(0, 0)).isInstanceOf(IllegalStateException.class);
    assertThat(Tensor.of(NumpyDtype.UINT8, new byte[] {(byte) 255}, 1).longAt(0)).isEqualTo(255L);
    assertThat(Tensor.ofBooleans(new boolean[] {false, true}, 2).booleanAt(1)).isTrue();
    assertThat(Tensor.ofStrings(new String[] {"a", "b"}, 1, 2).stringAt(0, 1)).isEqualTo("b");
    assertThat(Tensor.ofDoubles(new double[] {2.5}).doubleAt()).isEqualTo(2.5);
  }

  @Test
  void theWrongReaderSaysWhatTheModelReturnedAndWhichReaderFits() {
    PredictOutput tensor = Tensor.ofFloats(new float[] {1, 2}, 1, 2);
    assertThatThrownBy(tensor::asTensors).isInstanceOf(IllegalStateException.class)
        .hasMessage("the model returned a float32 tensor of shape [1, 2], not named tensors; use asTensor()");
    PredictOutput two = TensorMap.builder().put("a", Tensor.ofFloats(new float[] {1}, 1))
        .put("b", Tensor.ofFloats(new float[] {2}, 1)).build();
    assertThatThrownBy(two::asTensor).isInstanceOf(IllegalStateException.class)
        .hasMessage("the model returned the tensors [a, b], not one tensor; use asTensors()");
    assertThatThrownBy(() -> PredictOutput.plain("x").asTable()).isInstanceOf(IllegalStateException.class)
        .hasMessage("the model returned a plain value, not a table; use ((PredictOutput.Plain) output).value()");
  }
}
