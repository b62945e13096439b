package io.mlmodel.xgboost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.InputException;
import io.mlmodel.MLModels;
import io.mlmodel.ModelException;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.Tensor;
import io.mlmodel.enforce.Params;
import io.mlmodel.predict.Predictor;
import io.mlmodel.predict.Predictors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input, bad model files, what the loader declines, and a UBJSON .xgb written by the JVM runtime. */
class XgboostErrorsTest {
  @TempDir
  Path tmp;

  Path copy(String fixture) throws IOException {
    Path to = tmp.resolve(fixture);
    Files.createDirectories(to);
    try (Stream<Path> s = Files.list(Fixtures.dir(fixture))) {
      for (Path f : s.toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
    return to;
  }

  @Test
  void aMissingFeatureIsNamed() {
    ColumnTable table = ColumnTable.builder().addDoubles("sepal length (cm)", 5).addDoubles("sepal width (cm)", 3)
        .addDoubles("petal length (cm)", 1.4).build();
    try (Predictor p = Predictors.load(Fixtures.dir("multiclass_json"))) {
      assertThatThrownBy(() -> p.predict(table)).isInstanceOf(InputException.class)
          .hasMessageContaining("feature_names mismatch")
          .hasMessageContaining("expected petal width (cm) in input data");
    }
  }

  /**
   * Without a signature (whose enforcement would drop unknown columns first), a table with as many
   * columns as features but one named otherwise, and one with a column too many, are refused by name.
   */
  @Test
  void aRenamedOrAnExtraColumnIsNamed() throws IOException {
    Path dir = copy("multiclass_json");
    String mlmodel = Files.readString(dir.resolve("MLmodel"));
    Files.writeString(dir.resolve("MLmodel"), mlmodel.replaceAll("(?s)signature:.*?(?=utc_time_created)", ""));
    ColumnTable renamed = ColumnTable.builder().addDoubles("sepal length (cm)", 5).addDoubles("sepal width (cm)", 3)
        .addDoubles("petal length (cm)", 1.4).addDoubles("petal width", 0.2).build();
    ColumnTable extra = ColumnTable.builder().addDoubles("sepal length (cm)", 5).addDoubles("sepal width (cm)", 3)
        .addDoubles("petal length (cm)", 1.4).addDoubles("petal width (cm)", 0.2).addDoubles("id", 7).build();
    try (Predictor p = Predictors.load(dir)) {
      assertThat(p.model().signature()).isEmpty();
      assertThatThrownBy(() -> p.predict(renamed)).isInstanceOf(InputException.class)
          .hasMessageContaining("expected petal width (cm) in input data")
          .hasMessageContaining("training data did not have the following fields: petal width");
      assertThatThrownBy(() -> p.predict(extra)).isInstanceOf(InputException.class)
          .hasMessageContaining("feature_names mismatch")
          .hasMessageContaining("training data did not have the following fields: id")
          .hasMessageNotContaining("in input data");
    }
  }

  @Test
  void aStringColumnIsRefused() {
    try (Predictor p = Predictors.load(Fixtures.dir("booster_nonames_json"))) {
      ColumnTable t = ColumnTable.builder().addDoubles("a", 1).addDoubles("b", 1).addDoubles("c", 1)
          .addDoubles("d", 1).addDoubles("e", 1).addStrings("f", "x").build();
      assertThatThrownBy(() -> p.predict(t)).isInstanceOf(InputException.class)
          .hasMessageContaining("DataFrame.dtypes for data must be int, float, bool or category."
              + " Invalid columns:f: object");
      assertThatThrownBy(() -> p.predict(Tensor.ofFloats(new float[5], 1, 5))).isInstanceOf(InputException.class)
          .hasMessageContaining("the model has 6 features but the input has 5 columns");
      assertThatThrownBy(() -> p.predict(Tensor.ofFloats(new float[6], 6))).isInstanceOf(InputException.class)
          .hasMessageContaining("Expecting 2 dimensional numpy.ndarray, got: (6,)");
    }
  }

  @Test
  void noRowsGiveAnEmptyAnswer() {
    try (Predictor p = Predictors.load(Fixtures.dir("booster_nonames_json"))) {
      Tensor t = (Tensor) p.predict(Tensor.ofFloats(new float[0], 0, 6));
      assertThat(t.shape()).containsExactly(0);
    }
  }

  @Test
  void aCorruptFileIsALocatedModelError() throws IOException {
    Path json = copy("binary_json");
    Files.writeString(json.resolve("model.json"), "{\"learner\": [1, 2");
    assertThatThrownBy(() -> Predictors.load(json)).isInstanceOf(ModelException.class)
        .hasMessageContaining("flavors.xgboost.data: XGBoost cannot load model.json (json): ");
    Path bin = copy("binary_xgb");
    Files.write(bin.resolve("model.xgb"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    assertThatThrownBy(() -> Predictors.load(bin)).isInstanceOf(ModelException.class)
        .hasMessageContaining("flavors.xgboost.data: model.xgb at byte 0: the file ends inside learner parameters"
            + " (it is cut short)");
    byte[] garbage = new byte[400];
    java.util.Arrays.fill(garbage, 152, 160, (byte) 3);
    Files.write(bin.resolve("model.xgb"), garbage);
    assertThatThrownBy(() -> Predictors.load(bin)).isInstanceOf(ModelException.class)
        .hasMessageContaining("XGBoost cannot load model.xgb (legacy_binary): ");
    Files.write(bin.resolve("model.xgb"), new byte[0]);
    assertThatThrownBy(() -> Predictors.load(bin)).isInstanceOf(ModelException.class)
        .hasMessageContaining("model.xgb is empty, not an XGBoost model");
    Files.write(bin.resolve("model.xgb"), new byte[] {(byte) 0x80, 4, 'K'});
    assertThatThrownBy(() -> Predictors.load(bin)).isInstanceOf(ModelException.class)
        .hasMessageContaining("model.xgb is a Python pickle, which no JVM reader can read");
  }

  /**
   * Regression: the scikit-learn models predict up to best_iteration + 1; 2147483647 overflowed that
   * end to a negative range and XGBoost's predictor crashed the JVM (SIGSEGV), and a round past
   * the booster's (or a name) failed every prediction instead of the load.
   */
  @Test
  void aBestIterationOutsideTheRoundsIsRefusedAtLoad() throws IOException {
    Path dir = copy("regressor_json");
    String json = Files.readString(dir.resolve("model.json"));
    for (String best : new String[] {"2147483647", "8", "-5", "banana"}) {
      Files.writeString(dir.resolve("model.json"), json.replace("\"best_iteration\":\"7\"",
          "\"best_iteration\":\"" + best + "\""));
      assertThatThrownBy(() -> {
        try (Predictor p = Predictors.load(dir)) {
          Fixtures.predict(p, "regressor_json");
        }
      }).isInstanceOf(ModelException.class).hasMessageContaining("flavors.xgboost.data: model.json: the"
          + " best_iteration attribute '" + best + "' is not one of the booster's 8 rounds (0 to 7)");
    }
  }

  /**
   * Regression: an iteration_range param past the booster's rounds reached XGBoost, whose refusal
   * came back as the model's error (xgboost-run, "XGBoost failed to predict"); it is the caller's.
   */
  @Test
  void anIterationRangePastTheRoundsIsTheCallersError() throws IOException {
    Path dir = copy("booster_json");
    String mlmodel = Files.readString(dir.resolve("MLmodel"));
    Files.writeString(dir.resolve("MLmodel"), mlmodel.replace("  params: null", "  params: '[{\"name\":"
        + " \"iteration_range\", \"type\": \"long\", \"default\": [0, 0], \"shape\": [-1]}]'"));
    ColumnTable row = ColumnTable.builder().addDoubles("sepal length (cm)", 5).addDoubles("sepal width (cm)", 3)
        .addDoubles("petal length (cm)", 1.4).addDoubles("petal width (cm)", 0.2).build();
    try (Predictor p = Predictors.load(dir)) {
      assertThat(((Tensor) p.predict(row, Params.of(Map.of("iteration_range", List.of(0L, 6L))))).shape())
          .containsExactly(1, 3);
      assertThatThrownBy(() -> p.predict(row, Params.of(Map.of("iteration_range", List.of(0L, 100L)))))
          .isInstanceOf(InputException.class)
          .hasMessageContaining("iteration_range: iteration_range [0, 100] goes past the booster's 6 rounds");
    }
  }

  @Test
  void aPickleOrAnUnknownClassIsDeclinedWithASentence() throws IOException {
    Path dir = copy("binary_json");
    String mlmodel = Files.readString(dir.resolve("MLmodel"));
    Files.writeString(dir.resolve("MLmodel"), mlmodel.replace("data: model.json", "data: model.pkl"));
    XgboostPredictorLoader loader = new XgboostPredictorLoader();
    assertThat(loader.declines(MLModels.read(dir))).contains("model.pkl is a Python pickle, which has no JVM reader");
    assertThatThrownBy(() -> Predictors.load(dir)).isInstanceOf(ModelException.class)
        .hasMessageContaining("xgboost4j (runs [xgboost]) declined: model.pkl is a Python pickle,"
            + " which has no JVM reader");
    Files.writeString(dir.resolve("MLmodel"), mlmodel.replace("xgboost.sklearn.XGBClassifier", "my.Model"));
    assertThat(loader.declines(MLModels.read(dir))).get().asString().startsWith("model_class my.Model is not one of [");
  }

  @Test
  void aPathOutsideTheFolderIsRefused() throws IOException {
    Path dir = copy("binary_json");
    Files.createDirectories(tmp.resolve("other"));
    Files.copy(dir.resolve("model.json"), tmp.resolve("other/model.json"));
    String mlmodel = Files.readString(dir.resolve("MLmodel"));
    Files.writeString(dir.resolve("MLmodel"), mlmodel.replace("  xgboost:\n    code: null\n    data: model.json",
        "  xgboost:\n    code: null\n    data: ../other/model.json"));
    assertThatThrownBy(() -> Predictors.load(dir)).isInstanceOf(ModelException.class)
        .hasMessageContaining("flavors.xgboost.data: '../other/model.json' leads outside the model directory");
  }

  /** XGBoost 2.1 and later write UBJSON to model.xgb; here the JVM runtime (xgboost4j 3.0.4) writes one itself. */
  @Test
  void ubjsonWrittenByTheJvmRuntimeIntoModelXgb() throws Exception {
    Path dir = copy("binary_xgb");
    Booster b = XGBoost.loadModel(Files.readAllBytes(Fixtures.dir("binary_json").resolve("model.json")));
    try {
      Files.write(dir.resolve("model.xgb"), b.toByteArray("ubj"));
    } finally {
      b.dispose();
    }
    try (XgboostPredictor p = (XgboostPredictor) Predictors.load(dir)) {
      assertThat(p.format()).isEqualTo(XgboostFormat.UBJSON);
      Fixtures.assertPyfunc(Fixtures.predict(p, "binary_xgb"), Fixtures.expectation("binary_xgb").get("expected"));
    }
  }
}
