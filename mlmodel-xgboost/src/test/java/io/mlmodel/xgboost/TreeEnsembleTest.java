package io.mlmodel.xgboost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.mlmodel.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.junit.jupiter.api.Test;

/**
 * A hand-written three-tree model whose answers are worked out below by hand, on both routes; and
 * hand-edited models outside what the walk evaluates, each refused with its reason.
 */
class TreeEnsembleTest {
  /**
   * binary:logistic, base_score 0.5 (margin 0), two features. Round 0: f0 &lt; 1 ? 0.5 : (f1 &lt; -2 ?
   * -0.25 : 0.125), missing f0 goes left, missing f1 right. Round 1: f1 &lt; 0 ? 1 : -1, missing goes
   * right. Round 2: a lone leaf, 0.0625.
   */
  static final String MODEL = """
      {"version": [3, 0, 4], "learner": {
        "attributes": {}, "feature_names": [], "feature_types": [],
        "learner_model_param": {"base_score": "5E-1", "boost_from_average": "1", "num_class": "0",
          "num_feature": "2", "num_target": "1"},
        "objective": {"name": "binary:logistic", "reg_loss_param": {"scale_pos_weight": "1"}},
        "gradient_booster": {"name": "gbtree", "model": {
          "gbtree_model_param": {"num_parallel_tree": "1", "num_trees": "3"},
          "iteration_indptr": [0, 1, 2, 3], "tree_info": [0, 0, 0],
          "trees": [%s, %s, %s]}}}}
      """;

  static String tree(int id, String lefts, String rights, String features, String conditions, String defaults) {
    int n = lefts.split(",").length;
    String zeros = "0" + ", 0".repeat(n - 1);
    String floats = "0.0" + ", 0.0".repeat(n - 1);
    return """
        {"id": %d, "tree_param": {"num_deleted": "0", "num_feature": "2", "num_nodes": "%d", "size_leaf_vector": "0"},
         "left_children": [%s], "right_children": [%s], "parents": [%s], "split_indices": [%s],
         "split_conditions": [%s], "default_left": [%s], "split_type": [%s], "base_weights": [%s],
         "loss_changes": [%s], "sum_hessian": [%s], "categories": [], "categories_nodes": [],
         "categories_segments": [], "categories_sizes": []}
        """.formatted(id, n, lefts, rights, zeros, features, conditions, defaults, zeros, floats, floats, floats);
  }

  static byte[] model() {
    return MODEL.formatted(
        tree(0, "1, -1, 3, -1, -1", "2, -1, 4, -1, -1", "0, 0, 1, 0, 0", "1.0, 0.5, -2.0, -0.25, 0.125",
            "1, 0, 0, 0, 0"),
        tree(1, "1, -1, -1", "2, -1, -1", "1, 0, 0", "0.0, 1.0, -1.0", "0, 0, 0"),
        tree(2, "-1", "-1", "0", "0.0625", "0")).getBytes(StandardCharsets.UTF_8);
  }

  static final float[] ROWS = {
      0.5f, 5f,                  // 0.5 - 1 + 0.0625
      1.0f, -2.0f,               // equal to both conditions, so right twice: 0.125 + 1 + 0.0625
      Float.NaN, -3f,            // f0 missing goes left: 0.5 + 1 + 0.0625
      Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,  // right, then left: -0.25 + 1 + 0.0625
      7f, 7f};                   // right, then right: 0.125 - 1 + 0.0625 (7 is missing in another call)
  static final float[] MARGINS = {-0.4375f, 1.1875f, 1.5625f, 0.8125f, -0.8125f};
  /** With missing = 7: the last row's f0 goes left, its f1 right: 0.5 - 1 + 0.0625. */
  static final float MARGIN_7_MISSING = -0.4375f;

  @Test
  void handWrittenModelAnswersAsWorkedOutOnBothRoutes() throws XGBoostError, IOException {
    Booster booster = XGBoost.loadModel(model());
    GuardedBooster g = new GuardedBooster(booster, Path.of("hand.json"), EnsembleReader.read(booster));
    try {
      assertThat(g.nativeOnly()).isEmpty();
      for (GuardedBooster.Route route : List.of(GuardedBooster.Route.NATIVE, GuardedBooster.Route.JAVA)) {
        g.route(route);
        float[][] m = g.predict(ROWS, 5, 2, Float.NaN, new int[] {0, 0}, true);
        float[][] v = g.predict(ROWS, 5, 2, Float.NaN, new int[] {0, 0}, false);
        for (int r = 0; r < 5; r++) {
          assertThat(m[r]).as("%s row %d", route, r).containsExactly(MARGINS[r]);
          float sigmoid = (float) (1 / (1 + Math.exp(-MARGINS[r])));
          assertThat(v[r][0]).as("%s row %d", route, r).isCloseTo(sigmoid, within(1e-7f));
        }
        assertThat(g.predict(ROWS, 5, 2, 7f, new int[] {0, 0}, true)[4]).as("%s", route)
            .containsExactly(MARGIN_7_MISSING);
        float[][] round1 = g.predict(ROWS, 5, 2, Float.NaN, new int[] {1, 2}, true);
        assertThat(new float[] {round1[0][0], round1[1][0], round1[2][0], round1[3][0], round1[4][0]})
            .as("%s, round 1 alone: f1 < 0 in rows 1, 2 and 3", route).containsExactly(-1f, 1f, 1f, 1f, -1f);
        // no tree: the base margin alone, -logf(1 / 0.5 - 1), which is -0
        assertThat(g.predict(ROWS, 5, 2, Float.NaN, new int[] {2, 2}, true)[0]).as("%s: no tree", route)
            .containsExactly(-0f);
      }
    } finally {
      g.close();
    }
  }

  @Test
  void aValueRowBelowTheThresholdRunsInJavaAndABigBatchOnTheRuntime() throws XGBoostError, IOException {
    Booster booster = XGBoost.loadModel(model());
    GuardedBooster g = new GuardedBooster(booster, Path.of("hand.json"), EnsembleReader.read(booster));
    try {
      assertThat(g.runsInJava(1, 2, new int[] {0, 0})).isTrue();
      assertThat(g.runsInJava((int) GuardedBooster.JAVA_TREE_WALKS / 3, 2, new int[] {0, 0})).isTrue();
      assertThat(g.runsInJava((int) GuardedBooster.JAVA_TREE_WALKS / 3 + 1, 2, new int[] {0, 0})).isFalse();
      assertThat(g.runsInJava((int) GuardedBooster.JAVA_TREE_WALKS, 2, new int[] {0, 1})).isTrue();
      assertThat(g.runsInJava(1, 3, new int[] {0, 0})).as("a column count the runtime refuses").isFalse();
      assertThat(g.runsInJava(1, 2, new int[] {0, 4})).as("a range the runtime refuses").isFalse();
    } finally {
      g.close();
    }
  }

  @Test
  void aModelFileOverTheLimitKeepsNoTreesForTheWalk() {
    ExportFacts over = StructureCheck.check(model(), Path.of("hand.json"), Location.UNKNOWN,
        EnsembleReader.MAX_FILE_BYTES + 1);
    assertThat(over.trees).isNull();
    assertThat(EnsembleReader.read(over).reason()).isEqualTo("a model file over 16 MB");
    assertThat(EnsembleReader.read(StructureCheck.check(model(), Path.of("hand.json"), Location.UNKNOWN,
        EnsembleReader.MAX_FILE_BYTES)).trees()).isNotNull();
  }

  @Test
  void modelsOutsideTheWalkAreRefusedWithTheirReason() {
    String json = new String(model(), StandardCharsets.UTF_8);
    assertThat(reason(json.replace("\"name\": \"gbtree\"", "\"name\": \"dart\""))).isEqualTo("the dart booster");
    assertThat(reason(json.replace("binary:logistic", "survival:cox"))).isEqualTo("the objective survival:cox");
    assertThat(reason(json.replace("\"feature_types\": []", "\"feature_types\": [\"q\", \"c\"]")))
        .isEqualTo("a categorical feature");
    assertThat(reason(json.replaceFirst("\"split_type\": \\[0", "\"split_type\": [1")))
        .isEqualTo("a categorical split");
    assertThat(reason(json.replaceFirst("\"size_leaf_vector\": \"0\"", "\"size_leaf_vector\": \"2\"")))
        .isEqualTo("vector leaves (multi-target trees)");
    assertThat(reason(json.replaceFirst("\"right_children\": \\[2", "\"right_children\": [3")))
        .isEqualTo("a tree whose children are not laid out as XGBoost lays them out");
    assertThat(reason(json.replace("[0, 1, 2, 3]", "[0, 1, 3, 2]")))
        .isEqualTo("an iteration_indptr that is not ascending");
    assertThat(reason(json.replace("\"5E-1\"", "\"1E0\""))).isEqualTo("a logistic base_score outside (0, 1)");
    assertThat(reason(json.replaceFirst("\"base_weights\": \\[0.0", "\"base_weights\": [NaN"))).isEqualTo(
        "the exported model could not be read: learner.gradient_booster.model.trees[0].base_weights[0] is NaN");
    assertThat(reason("{\"learner\": ")).startsWith("the exported model could not be read: ");
  }

  private static String reason(String json) {
    EnsembleReader.Result r = EnsembleReader.read(json.getBytes(StandardCharsets.UTF_8));
    assertThat(r.trees()).isNull();
    return r.reason();
  }
}
