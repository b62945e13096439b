package io.mlmodel.xgboost;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.predict.Predictor;
import io.mlmodel.predict.Predictors;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fixture answers what MLflow's pyfunc answered, through Predictors.load and request decoding. */
class XgboostFixturesTest {

  static List<String> fixtures() {
    return Fixtures.names();
  }

  @Test
  void everyKindAndFormatIsThere() {
    assertThat(fixtures()).contains("binary_xgb", "binary_json", "binary_ubj", "multiclass_xgb", "multiclass_json",
        "multiclass_ubj", "regressor_xgb", "regressor_json", "regressor_ubj", "booster_xgb", "booster_json",
        "booster_ubj", "booster_nonames_json", "binary_ubj_in_xgb");
  }

  static Stream<Arguments> fixturesOnEachRoute() {
    return fixtures().stream().flatMap(name -> Stream.of(GuardedBooster.Route.NATIVE, GuardedBooster.Route.JAVA)
        .map(route -> Arguments.of(name, route)));
  }

  /** On the runtime and on the Java walk, each forced (on its own, each fixture's 12 rows take the walk). */
  @ParameterizedTest
  @MethodSource("fixturesOnEachRoute")
  void answersAsPyfunc(String name, GuardedBooster.Route route) {
    try (Predictor p = Predictors.load(Fixtures.dir(name))) {
      assertThat(p).isInstanceOf(XgboostPredictor.class);
      ((XgboostPredictor) p).runtime().route(route);
      Fixtures.assertPyfunc(Fixtures.predict(p, name), Fixtures.expectation(name).get("expected"));
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void formatComesFromTheContent(String name) {
    XgboostFormat want = name.endsWith("_ubj_in_xgb") || name.endsWith("_ubj") ? XgboostFormat.UBJSON
        : name.endsWith("_json") ? XgboostFormat.JSON : XgboostFormat.LEGACY_BINARY;
    try (XgboostPredictor p = (XgboostPredictor) Predictors.load(Fixtures.dir(name))) {
      assertThat(p.format()).isEqualTo(want);
    }
  }

  @Test
  void legacyBinaryHasNoFeatureNamesSoColumnsGoByPosition() {
    try (XgboostPredictor bin = (XgboostPredictor) Predictors.load(Fixtures.dir("multiclass_xgb"));
        XgboostPredictor json = (XgboostPredictor) Predictors.load(Fixtures.dir("multiclass_json"))) {
      assertThat(bin.featureNames()).isEmpty();
      assertThat(json.featureNames()).containsExactly("sepal length (cm)", "sepal width (cm)",
          "petal length (cm)", "petal width (cm)");
      assertThat(json.modelClass()).isEqualTo("xgboost.sklearn.XGBClassifier");
    }
  }
}
