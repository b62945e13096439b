package io.mlmodel.predict;

import static io.mlmodel.predict.Fx.SAFE;
import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.InputException;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.Tensor;
import io.mlmodel.request.ScoringRequests;
import io.mlmodel.signature.DataType;
import io.mlmodel.signature.ModelSignature;
import io.mlmodel.signature.NumpyDtype;
import io.mlmodel.signature.Schema;
import org.junit.jupiter.api.Test;

/**
 * One named test per bug that fuzzing found in the scoring-request decoder (docs/hardening.md).
 * The raw inputs that Jazzer saved stay in ScoringRequestsFuzzTestInputs, where the fuzz test
 * replays them.
 */
class ScoringRequestsFuzzFindingsTest {
  private static final ModelSignature COLUMNS = Fx.sig(Schema.builder().column("a", DataType.DOUBLE).build());
  private static final ModelSignature TENSOR = Fx.sig(Schema.builder().tensor(null, NumpyDtype.FLOAT32, -1, 2).build());

  /**
   * Jazzer, 2026-11-26 (ScoringRequestsFuzzTest#json): an empty {@code instances} or
   * {@code inputs} list under a signature with a typed first input threw IllegalArgumentException
   * ("shape [] needs 1 elements but 0 were given"); numpy makes {@code np.array([])} of shape (0,).
   */
  @Test
  void emptyInstancesOrInputsListIsATensorOfShapeZero() {
    Tensor t = (Tensor) ScoringRequests.decodeJson("{\"inputs\": []}", TENSOR, SAFE).input();
    assertThat(t.shape()).containsExactly(0L);
    assertThat(t.dtype()).isEqualTo(NumpyDtype.FLOAT32);
    ColumnTable table = (ColumnTable) ScoringRequests.decodeJson("{\"instances\": []}", COLUMNS, SAFE).input();
    assertThat(table.rows()).isZero();
  }

  /**
   * Jazzer, 2026-11-26 (ScoringRequestsFuzzTest#json): a {@code dataframe_split} with its
   * {@code data} key twice appended both to the same columns and threw IllegalArgumentException
   * ("column '0' has 6 values but the table has 2 rows"). A repeated key is now refused, as a
   * repeated key in a record already was.
   */
  @Test
  void repeatedKeyInDataframeSplitIsABadRequest() {
    String body = "{\"dataframe_split\": {\"data\": [\"e\", \"b\"], \"data\": [[1.5], [2.5]]}}";
    Fx.fails(() -> ScoringRequests.decodeJson(body, null, SAFE), "bad-request")
        .isInstanceOf(InputException.class)
        .hasMessage("<input>:1:50: dataframe_split.data: duplicate key 'data' in dataframe_split");
    Fx.fails(() -> ScoringRequests.decodeJson("{\"dataframe_split\": {\"columns\": [\"a\"], \"columns\": [\"b\"],"
        + " \"data\": [[1]]}}", COLUMNS, SAFE), "bad-request")
        .hasMessage("<input>:1:51: dataframe_split.columns: duplicate key 'columns' in dataframe_split");
  }
}
