package io.mlmodel.lightgbm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.mlmodel.MLModels;
import io.mlmodel.ModelException;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.PredictOutput;
import io.mlmodel.data.Tensor;
import io.mlmodel.enforce.Params;
import io.mlmodel.predict.Predictor;
import io.mlmodel.predict.Predictors;
import io.mlmodel.request.ScoringRequest;
import io.mlmodel.signature.NumpyDtype;
import java.io.IOException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Booster fixtures answer what their trees, evaluated independently, give; pickles are declined. */
class LightgbmFixturesTest {

  @ParameterizedTest
  @ValueSource(strings = {"binary", "multiclass", "regression", "binary_nosig"})
  void probeRowsAnswerAsTheTrees(String name) throws IOException {
    TreeModel trees = new TreeModel(Fixtures.dir(name).resolve("model.lgb"));
    double[][] rows = Fixtures.probeRows();
    try (Predictor p = Predictors.load(Fixtures.dir(name))) {
      assertThat(p).isInstanceOf(LightgbmPredictor.class);
      ScoringRequest r = Fixtures.probe(p);
      PredictOutput out = p.predict(r.input(), Params.of(r.params()));
      assertMatches(out, trees, rows);
    }
  }

  @Test
  void manyRowsWithMissingValuesAsATensor() throws IOException {
    TreeModel trees = new TreeModel(Fixtures.dir("multiclass").resolve("model.lgb"));
    // more rows than one block of the row-major writer (1,024), the last block partial
    int n = 2500;
    SplittableRandom rnd = new SplittableRandom(5);
    double[][] rows = new double[n][4];
    double[] flat = new double[n * 4];
    for (int i = 0; i < flat.length; i++) {
      double v = rnd.nextDouble() < 0.2 ? Double.NaN : rnd.nextDouble() < 0.05 ? 0.0 : rnd.nextGaussian() * 3;
      flat[i] = v;
      rows[i / 4][i % 4] = v;
    }
    try (Predictor p = Predictors.load(Fixtures.dir("multiclass"))) {
      // the signature names columns, so MLflow (and this predictor) want a table
      ColumnTable.Builder t = ColumnTable.builder();
      for (int c = 0; c < 4; c++) {
        double[] col = new double[n];
        for (int r = 0; r < n; r++) {
          col[r] = rows[r][c];
        }
        t.addDoubles("x" + c, col);
      }
      assertMatches(p.predict(t.build()), trees, rows);
    }
    try (Predictor p = Predictors.load(Fixtures.dir("binary_nosig"))) {
      TreeModel binary = new TreeModel(Fixtures.dir("binary_nosig").resolve("model.lgb"));
      assertMatches(p.predict(Tensor.ofDoubles(flat, n, 4)), binary, rows);
      // a wrapped float64 tensor's own array goes in without a copy, and is only read
      double[] shared = flat.clone();
      assertMatches(p.predict(Tensor.wrap(NumpyDtype.FLOAT64, shared, n, 4)), binary, rows);
      assertThat(shared).isEqualTo(flat);
    }
  }

  static void assertMatches(PredictOutput out, TreeModel trees, double[][] rows) {
    assertThat(out).isInstanceOf(Tensor.class);
    Tensor t = (Tensor) out;
    assertThat(t.dtype().numpyName()).isEqualTo("float64");
    if (trees.numClass == 1) {
      assertThat(t.shape()).containsExactly(rows.length);
    } else {
      assertThat(t.shape()).containsExactly(rows.length, trees.numClass);
    }
    double[] got = t.toDoubleArray();
    for (int r = 0; r < rows.length; r++) {
      double[] want = trees.predict(rows[r]);
      for (int k = 0; k < want.length; k++) {
        assertThat(got[r * want.length + k]).as("row %d class %d", r, k)
            .isCloseTo(want[k], within(1e-9 * Math.max(1, Math.abs(want[k]))));
      }
    }
  }

  @Test
  void aPickledSklearnModelIsDeclinedWithASentence() {
    var model = MLModels.read(Fixtures.dir("sklearn_pickle"));
    assertThat(new LightgbmPredictorLoader().declines(model)).contains("model.pkl is a pickled"
        + " lightgbm.sklearn.LGBMClassifier (a scikit-learn-API model, which MLflow saves with cloudpickle) and a"
        + " pickle has no JVM reader; log the model's booster_ instead");
    assertThatThrownBy(() -> Predictors.load(Fixtures.dir("sklearn_pickle")))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("no predictor loader can run this model")
        .hasMessageContaining("lightgbm4j (runs [lightgbm]) declined: model.pkl is a pickled");
  }

  @Test
  void trainedFeatureNamesAndClasses() {
    try (LightgbmPredictor p = Predictors.resolve(MLModels.read(Fixtures.dir("multiclass")), LightgbmPredictor.class)) {
      assertThat(p.featureNames()).containsExactly("x0", "x1", "x2", "x3");
      assertThat(p.numClasses()).isEqualTo(3);
      assertThat(p.modelFile().getFileName()).hasToString("model.lgb");
    }
  }
}
