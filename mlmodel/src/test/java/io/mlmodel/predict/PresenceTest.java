package io.mlmodel.predict;

import static io.mlmodel.predict.Fx.SAFE;
import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.InputException;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.TensorMap;
import io.mlmodel.enforce.EnforcedInput;
import io.mlmodel.enforce.Enforcement;
import io.mlmodel.signature.DataType;
import io.mlmodel.signature.NumpyDtype;
import io.mlmodel.signature.Schema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Format reference §5.1 and §5.2: which columns (and tensors) must, may and must not be there. */
class PresenceTest {
  private static final Schema AB = Schema.builder().column("a", DataType.DOUBLE).column("b", DataType.STRING)
      .optionalColumn("c", DataType.LONG).build();

  @Test
  void missingRequiredColumnFailsNamingIt() {
    Fx.fails(() -> Fx.enforce(ColumnTable.builder().addDoubles("a", 1).build(), AB, SAFE), "schema-mismatch")
        .hasMessageEndingWith("Model is missing inputs ['b'].")
        .satisfies(e -> assertThat(((InputException) e).field()).contains("b"));
  }

  @Test
  void missingColumnMessageNotesExtraColumns() {
    Fx.fails(() -> Fx.enforce(ColumnTable.builder().addDoubles("a", 1).addStrings("z", "q").build(), AB, SAFE),
        "schema-mismatch").hasMessageContaining("Model is missing inputs ['b']. Note that there were extra inputs: ['z']");
  }

  @Test
  void optionalColumnMayBeAbsent() {
    ColumnTable t = Fx.enforce(ColumnTable.builder().addDoubles("a", 1).addStrings("b", "x").build(), AB, SAFE);
    assertThat(t.names()).containsExactly("a", "b");
  }

  @Test
  void extraColumnsAreDroppedWithMlflowsWarning() {
    EnforcedInput e = Enforcement.enforce(ColumnTable.builder().addStrings("z", "q").addDoubles("a", 1)
        .addStrings("b", "x").build(), Map.of(), Fx.sig(AB), SAFE);
    assertThat(((ColumnTable) e.input()).names()).containsExactly("a", "b");
    assertThat(e.warnings()).containsExactly("Found extra inputs in the model input that are not defined in the model"
        + " signature: `['z']`. These inputs will be ignored.");
  }

  @Test
  void columnsComeOutInSchemaOrder() {
    ColumnTable t = Fx.enforce(ColumnTable.builder().addLongs("c", 1).addStrings("b", "x").addDoubles("a", 1).build(),
        AB, SAFE);
    assertThat(t.names()).containsExactly("a", "b", "c");
  }

  @Test
  void positionalLabelsNeverMatchNames() {
    Tensor nd = Tensor.ofDoubles(new double[] {1, 2}, 1, 2);
    Fx.fails(() -> Enforcement.enforceInput(nd, AB, SAFE), "schema-mismatch")
        .hasMessageContaining("Model is missing inputs ['a', 'b'].");
  }

  @Test
  void unnamedSchemaChecksOnlyTheCount() {
    Schema s = Schema.builder().unnamedColumn(DataType.DOUBLE).unnamedColumn(DataType.DOUBLE).build();
    Fx.fails(() -> Enforcement.enforceInput(Tensor.ofDoubles(new double[] {1, 2}, 2), s, SAFE), "schema-mismatch")
        .hasMessageContaining("Model inference is missing inputs. The model signature declares 2 inputs  but the"
            + " provided value only has 1 inputs.");
    ColumnTable t = (ColumnTable) Enforcement.enforceInput(Tensor.ofDoubles(new double[] {1, 2, 3}, 1, 3), s, SAFE);
    assertThat(t.names()).containsExactly("0", "1");
  }

  @Test
  void dictOfOneDimensionalArraysIsATable() {
    TensorMap m = TensorMap.builder().put("a", Tensor.ofDoubles(new double[] {1, 2}, 2))
        .put("b", Tensor.ofStrings(new String[] {"x", "y"}, 2)).build();
    ColumnTable t = (ColumnTable) Enforcement.enforceInput(m, AB, SAFE);
    assertThat(Fx.values(t, "b")).isEqualTo(List.of("x", "y"));
  }

  @Test
  void dictWithUnequalLengthsIsNotADataFrame() {
    TensorMap m = TensorMap.builder().put("a", Tensor.ofDoubles(new double[] {1, 2}, 2))
        .put("b", Tensor.ofStrings(new String[] {"x"}, 1)).build();
    Fx.fails(() -> Enforcement.enforceInput(m, AB, SAFE), "schema-mismatch")
        .hasMessageContaining("This model contains a column-based signature, which suggests a DataFrame input.");
  }

  @Test
  void bareArrayForASingleNamedTensorIsWrapped() {
    Schema s = Schema.builder().tensor("x", NumpyDtype.FLOAT32, -1, 2).build();
    TensorMap m = (TensorMap) Enforcement.enforceInput(Tensor.ofFloats(new float[] {1, 2}, 1, 2), s, SAFE);
    assertThat(m.names()).containsExactly("x");
  }
}
