package io.mlmodel.xgboost;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-written model of {@link TreeEnsembleTest} under every objective family the walk
 * evaluates, with base scores no training writes (negative, zero, tiny, huge, written in odd
 * forms): where XGBoost loads the model, the Java walk answers as its native predictor does
 * ({@link Differential}), including where both answer NaN or infinity.
 */
class OddBaseScoreTest {
  static Stream<Arguments> models() {
    Stream.Builder<Arguments> b = Stream.builder();
    for (String objective : new String[] {"reg:squarederror", "binary:logitraw", "binary:logistic", "reg:gamma",
        "count:poisson", "binary:hinge", "reg:absoluteerror", "rank:ndcg"}) {
      for (String score : new String[] {"5E-1", "0.2", "-3", "0", "-0", "1E-45", "3.4028235E38", "1e30", "9.999999E-1"}) {
        b.add(Arguments.of(objective, score));
      }
    }
    return b.build();
  }

  @ParameterizedTest(name = "{0}, base_score {1}")
  @MethodSource("models")
  void theWalkAnswersAsTheRuntime(String objective, String score) throws XGBoostError, IOException {
    String json = new String(TreeEnsembleTest.model(), StandardCharsets.UTF_8).replace("binary:logistic", objective)
        .replace("\"5E-1\"", "\"" + score + "\"").replace("\"reg_loss_param\"",
            "\"poisson_regression_param\": {\"max_delta_step\": \"0.7\"}, \"reg_loss_param\"");
    Booster booster;
    try {
      booster = XGBoost.loadModel(json.getBytes(StandardCharsets.UTF_8));
      booster.getNumFeature();
    } catch (XGBoostError e) {
      // XGBoost refuses some (a logistic base_score outside (0, 1)): nothing to compare
      assertThat(e.getMessage()).contains("base_score");
      return;
    }
    GuardedBooster g = new GuardedBooster(booster, Path.of(objective), EnsembleReader.read(booster));
    try {
      if (g.nativeOnly().isEmpty()) {
        Differential.assertWalkEqualsRuntime(g, (objective + score).hashCode());
      } else {
        assertThat(g.nativeOnly()).contains("a logistic base_score outside (0, 1)");
      }
    } finally {
      g.close();
    }
  }
}
