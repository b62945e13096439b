package io.mlmodel.xgboost;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.data.Tensor;
import io.mlmodel.predict.Predictors;
import io.mlmodel.signature.NumpyDtype;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Models the Java walk does not evaluate run on the runtime at every batch size, with the same
 * answers as before the walk existed: each is trained here by xgboost4j and saved as the model of
 * a copy of the booster_nonames_json fixture (a raw Booster without signature, 6 features).
 */
class NativeOnlyModelsTest {
  @TempDir
  Path dir;

  static Stream<Arguments> models() {
    return Stream.of(
        Arguments.of("binary:logistic", Map.of("booster", "dart", "rate_drop", 0.3, "skip_drop", 0.0),
            "the dart booster"),
        Arguments.of("survival:cox", Map.of(), "the objective survival:cox"),
        Arguments.of("reg:squarederror", Map.of("tree_method", "hist", "max_cat_to_onehot", 1),
            "a categorical feature"));
  }

  @ParameterizedTest
  @MethodSource("models")
  void answersAsTheRuntimeOnOneRowAndMany(String objective, Map<String, Object> extra, String reason)
      throws XGBoostError, IOException {
    Booster trained = TreeEnsembleDifferentialTest.train(objective, extra, 6);
    try {
      copyFixture();
      trained.saveModel(dir.resolve("model.json").toString());
      float[] rows = new float[50 * 6];
      Random rnd = new Random(11);
      for (int i = 0; i < rows.length; i++) {
        rows[i] = rnd.nextInt(10) == 0 ? Float.NaN : (float) rnd.nextGaussian() * 3;
      }
      try (XgboostPredictor p = (XgboostPredictor) Predictors.load(dir)) {
        assertThat(p.runtime().nativeOnly()).contains(reason);
        assertThat(p.runtime().runsInJava(1, 6, new int[] {0, 0})).isFalse();
        for (int n : new int[] {1, 50}) {
          float[] want = flat(trained.inplace_predict(rows, n, 6, Float.NaN));
          Tensor input = Tensor.wrap(NumpyDtype.FLOAT32, java.util.Arrays.copyOf(rows, n * 6), n, 6);
          float[] got = ((Tensor) p.predict(input)).toFloatArray();
          assertThat(got).as("%d rows", n).containsExactly(want);
        }
      }
    } finally {
      trained.dispose();
    }
  }

  private void copyFixture() throws IOException {
    try (Stream<Path> files = Files.list(Fixtures.dir("booster_nonames_json"))) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    Files.delete(dir.resolve("model.json"));
  }

  private static float[] flat(float[][] rows) {
    float[] out = new float[rows.length * rows[0].length];
    for (int r = 0; r < rows.length; r++) {
      System.arraycopy(rows[r], 0, out, r * rows[r].length, rows[r].length);
    }
    return out;
  }
}
