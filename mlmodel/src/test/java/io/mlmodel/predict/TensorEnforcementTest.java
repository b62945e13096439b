package io.mlmodel.predict;

import static io.mlmodel.predict.Fx.SAFE;
import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.InputException;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.TensorMap;
import io.mlmodel.enforce.EnforcedInput;
import io.mlmodel.enforce.Enforcement;
import io.mlmodel.signature.NumpyDtype;
import io.mlmodel.signature.Schema;
import io.mlmodel.signature.TensorSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Format reference §5.5: tensor presence, shape and exact dtype. */
class TensorEnforcementTest {
  private static final Schema X = Schema.builder().tensor("x", NumpyDtype.FLOAT32, -1, 3).build();
  private static final Schema UNNAMED = Schema.builder().tensor(null, NumpyDtype.FLOAT32, -1, 3).build();

  private static Tensor floats(long... shape) {
    int n = 1;
    for (long d : shape) {
      n *= (int) d;
    }
    return Tensor.ofFloats(new float[n], shape);
  }

  @Test
  void variableDimensionMatchesAnySize() {
    TensorMap m = (TensorMap) Enforcement.enforceInput(TensorMap.of("x", floats(5, 3)), X, SAFE);
    assertThat(m.get("x").orElseThrow().shape()).containsExactly(5, 3);
  }

  @Test
  void rankMismatchFailsWithMlflowsMessage() {
    Fx.fails(() -> Enforcement.enforceInput(TensorMap.of("x", floats(3)), X, SAFE), "schema-mismatch")
        .hasMessageContaining("Shape of input (3,) does not match expected shape (-1, 3).")
        .satisfies(e -> assertThat(((InputException) e).field()).contains("x"));
  }

  @Test
  void fixedDimensionMismatchFails() {
    Fx.fails(() -> Enforcement.enforceInput(floats(1, 2), UNNAMED, SAFE), "schema-mismatch")
        .hasMessageContaining("Shape of input (1, 2) does not match expected shape (-1, 3).");
  }

  @Test
  void dtypeMustMatchExactlyWithoutWidening() {
    Tensor d = Tensor.ofDoubles(new double[3], 1, 3);
    Fx.fails(() -> Enforcement.enforceInput(d, UNNAMED, SAFE), "schema-mismatch")
        .hasMessageContaining("dtype of input float64 does not match expected dtype float32");
    Tensor i = Tensor.ofInts(new int[3], 1, 3);
    Fx.fails(() -> Enforcement.enforceInput(i, UNNAMED, SAFE), "schema-mismatch")
        .hasMessageContaining("dtype of input int32 does not match expected dtype float32");
  }

  @Test
  void objectVectorSpecAcceptsAnything() {
    Schema s = Schema.builder().tensor(null, NumpyDtype.OBJECT, -1).build();
    Tensor ragged = Tensor.ofObjects(new Object[] {List.of(1L, 2L), List.of(3L)}, 2);
    assertThat(Enforcement.enforceInput(ragged, s, SAFE)).isSameAs(ragged);
    Tensor ints = Tensor.ofLongs(new long[] {1, 2}, 1, 2);
    assertThat(Enforcement.enforceInput(ints, s, SAFE)).isSameAs(ints);
  }

  @Test
  void raggedObjectArrayPassesASpecWithAVariableInnerDimension() {
    Schema s = Schema.builder().tensor(null, NumpyDtype.INT32, -1, -1, 3).build();
    Tensor ragged = Tensor.ofObjects(new Object[] {List.of(1L), List.of(2L, 3L)}, 2);
    assertThat(Enforcement.enforceInput(ragged, s, SAFE)).isSameAs(ragged);
    Schema fixed = Schema.builder().tensor(null, NumpyDtype.INT32, -1, 2, 3).build();
    Fx.fails(() -> Enforcement.enforceInput(ragged, fixed, SAFE), "schema-mismatch")
        .hasMessageContaining("Shape of input (2,) does not match expected shape (-1, 2, 3).");
  }

  @Test
  void missingNamedTensorFails() {
    Schema two = Schema.builder().tensor("x", NumpyDtype.FLOAT32, -1, 3).tensor("m", NumpyDtype.BOOL, -1).build();
    Fx.fails(() -> Enforcement.enforceInput(TensorMap.of("x", floats(1, 3)), two, SAFE), "schema-mismatch")
        .hasMessageContaining("Model is missing inputs ['m'].");
  }

  @Test
  void extraTensorsAreDroppedWithAWarning() {
    EnforcedInput e = Enforcement.enforce(TensorMap.builder().put("x", floats(1, 3)).put("y", floats(1)).build(),
        Map.of(), Fx.sig(X), SAFE);
    assertThat(((TensorMap) e.input()).names()).containsExactly("x");
    assertThat(e.warnings()).singleElement().asString().contains("['y']");
  }

  @Test
  void bareArrayForSeveralNamedTensorsFails() {
    Schema two = Schema.builder().tensor("x", NumpyDtype.FLOAT32, -1, 3).tensor("m", NumpyDtype.BOOL, -1).build();
    Fx.fails(() -> Enforcement.enforceInput(floats(1, 3), two, SAFE), "schema-mismatch")
        .hasMessageContaining("which suggests a dictionary input mapping input name to a numpy array");
  }

  @Test
  void dataFrameForAnUnnamedTensorNeedsShapeMinusOneByColumnCount() {
    ColumnTable t = ColumnTable.builder().addFloats("a", 1f).addFloats("b", 2f).addFloats("c", 3f).build();
    Tensor out = (Tensor) Enforcement.enforceInput(t, UNNAMED, SAFE);
    assertThat(out.toFloatArray()).containsExactly(1f, 2f, 3f);
    Schema four = Schema.builder().tensor(null, NumpyDtype.FLOAT32, -1, 4).build();
    Fx.fails(() -> Enforcement.enforceInput(t, four, SAFE), "schema-mismatch")
        .hasMessageContaining("the input shape must be of the structure (-1, number_of_dataframe_columns)");
  }

  @Test
  void emptyDataFrameForATensorFails() {
    Fx.fails(() -> Enforcement.enforceInput(ColumnTable.empty(0), UNNAMED, SAFE), "schema-mismatch")
        .hasMessageContaining("Input DataFrame is empty.");
  }

  @Test
  void scalarDataFrameColumnNeedsAVectorShape() {
    Schema s = Schema.builder().tensor("a", NumpyDtype.FLOAT64, -1, 1).build();
    TensorMap m = (TensorMap) Enforcement.enforceInput(ColumnTable.builder().addDoubles("a", 1, 2).build(), s, SAFE);
    assertThat(m.get("a").orElseThrow().shape()).containsExactly(2, 1);
    Schema wide = Schema.builder().tensor("a", NumpyDtype.FLOAT64, -1, 2).build();
    Fx.fails(() -> Enforcement.enforceInput(ColumnTable.builder().addDoubles("a", 1, 2).build(), wide, SAFE),
        "schema-mismatch").hasMessageContaining("requires the shape to be (-1,) or (-1, 1)");
  }

  @Test
  void matchesIsTheExactCheckWithoutConversion() {
    TensorSpec spec = X.tensors().get(0);
    assertThat(floats(5, 3).matches(spec)).isTrue();
    assertThat(floats(0, 3).matches(spec)).isTrue();
    assertThat(floats(5, 2).matches(spec)).as("a fixed dimension differs").isFalse();
    assertThat(floats(15).matches(spec)).as("another rank").isFalse();
    assertThat(floats(1, 3, 1).matches(spec)).as("another rank").isFalse();
    assertThat(Tensor.ofDoubles(new double[3], 1, 3).matches(spec)).as("float64 is not float32").isFalse();
    TensorSpec scalar = Schema.builder().tensor("s", NumpyDtype.INT64).build().tensors().get(0);
    assertThat(Tensor.ofLongs(new long[] {7}).matches(scalar)).as("0-d against 0-d").isTrue();
    assertThat(Tensor.ofLongs(new long[] {7}, 1).matches(scalar)).isFalse();
  }

  @Test
  void matchesDoesNotAdmitTheRaggedExceptionsEnforcementMakes() {
    Schema s = Schema.builder().tensor(null, NumpyDtype.OBJECT, -1, -1).build();
    Tensor ragged = Tensor.ofObjects(new Object[] {List.of(1L, 2L), List.of(3L)}, 2);
    assertThat(ragged.matches(s.tensors().get(0))).isFalse();
    assertThat(Enforcement.enforceInput(ragged, s, SAFE)).isSameAs(ragged);
  }
}
