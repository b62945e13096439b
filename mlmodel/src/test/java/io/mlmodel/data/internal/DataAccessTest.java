package io.mlmodel.data.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.data.Tensor;
import io.mlmodel.signature.NumpyDtype;
import org.junit.jupiter.api.Test;

/** The predictors' copy-free access to a tensor's arrays, and the checks it keeps. */
class DataAccessTest {

  @Test
  void readsTheArraysATensorHoldsWithoutCopying() {
    float[] data = {1, 2, 3, 4, 5, 6};
    Tensor t = Tensor.wrap(NumpyDtype.FLOAT32, data, 2, 3);
    assertThat(DataAccess.storage(t)).isSameAs(data);
    assertThat(DataAccess.dims(t)).containsExactly(2, 3).isSameAs(DataAccess.dims(t));
    assertThat(DataAccess.dims(t)).isNotSameAs(t.shape());
  }

  @Test
  void adoptTakesBothArraysOverAndChecksThemAsWrapDoes() {
    long[] shape = {2};
    long[] data = {7, 8};
    Tensor t = DataAccess.adopt(NumpyDtype.INT64, shape, data);
    assertThat(DataAccess.dims(t)).isSameAs(shape);
    assertThat(DataAccess.storage(t)).isSameAs(data);
    assertThat(t.toLongArray()).containsExactly(7, 8);
    assertThatThrownBy(() -> DataAccess.adopt(NumpyDtype.INT64, new long[] {3}, new long[2]))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("shape [3] needs 3 elements but 2 were given");
    assertThatThrownBy(() -> DataAccess.adopt(NumpyDtype.FLOAT32, new long[] {2}, new long[2]))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("a float32 tensor is stored in a float[], not a long[]");
  }

  @Test
  void onlyTensorRegistersTheAccessor() {
    assertThat(DataAccess.storage(Tensor.ofInts(new int[] {1}, 1))).isInstanceOf(int[].class);
    assertThatThrownBy(() -> DataAccess.register(null)).isInstanceOf(IllegalCallerException.class)
        .hasMessage("only Tensor registers the data accessor");
  }
}
