package io.mlmodel.xgboost;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.PredictInput;
import io.mlmodel.data.Tensor;
import io.mlmodel.predict.Predictor;
import io.mlmodel.predict.Predictors;
import io.mlmodel.signature.NumpyDtype;
import org.junit.jupiter.api.Test;

/**
 * The predictor reads the input's own arrays: a float32 tensor without a copy, other dtypes and
 * tables converted in one pass. Every form of the same values answers as the float32 tensor does
 * (whose answers the fixtures check against pyfunc), and the input is never written.
 */
class InputArraysTest {
  /** More rows than one block of the row-major writer (1,024), the last block partial. */
  private static final int ROWS = 2500;
  private static final int COLS = 6;

  @Test
  void everyDtypeAndATableAnswerAsTheFloat32Tensor() {
    float[] floats = new float[ROWS * COLS];
    double[] doubles = new double[ROWS * COLS];
    int[] ints = new int[ROWS * COLS];
    long[] longs = new long[ROWS * COLS];
    double[][] columns = new double[COLS][ROWS];
    for (int i = 0; i < floats.length; i++) {
      int v = (i * 7919) % 101 - 50; // small integers: exact in every dtype
      floats[i] = v;
      doubles[i] = v;
      ints[i] = v;
      longs[i] = v;
      columns[i % COLS][i / COLS] = v;
    }
    try (Predictor p = Predictors.load(Fixtures.dir("booster_nonames_json"))) {
      float[] reference = ((Tensor) p.predict(Tensor.wrap(NumpyDtype.FLOAT32, floats, ROWS, COLS))).toFloatArray();
      assertThat(reference).hasSize(ROWS); // binary:logistic, one probability a row
      assertThat(answer(p, Tensor.wrap(NumpyDtype.FLOAT64, doubles, ROWS, COLS))).isEqualTo(reference);
      assertThat(answer(p, Tensor.wrap(NumpyDtype.INT32, ints, ROWS, COLS))).isEqualTo(reference);
      assertThat(answer(p, Tensor.wrap(NumpyDtype.INT64, longs, ROWS, COLS))).isEqualTo(reference);
      ColumnTable.Builder table = ColumnTable.builder();
      for (int c = 0; c < COLS; c++) {
        table.addDoubles("f" + c, columns[c]);
      }
      assertThat(answer(p, table.build())).isEqualTo(reference);
      for (int i = 0; i < floats.length; i++) {
        assertThat(floats[i]).as("input element %d", i).isEqualTo((float) ((i * 7919) % 101 - 50));
      }
    }
  }

  private static float[] answer(Predictor p, PredictInput input) {
    return ((Tensor) p.predict(input)).toFloatArray();
  }
}
