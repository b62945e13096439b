package io.mlmodel.xgboost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.mlmodel.ModelException;
import io.mlmodel.data.Tensor;
import io.mlmodel.predict.Predictor;
import io.mlmodel.predict.Predictors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hand-edited JSON models that XGBoost 3.0 loads without complaint and then crashes on (the JVM
 * with it), never returns from, or answers wrongly: each is refused at load, with the key path of
 * what is wrong. The base is {@link TreeEnsembleTest#MODEL}, whose first tree is replaced.
 */
class HostileTreesTest {
  static final String TREE1 = TreeEnsembleTest.tree(1, "1, -1, -1", "2, -1, -1", "1, 0, 0", "0.0, 1.0, -1.0", "0, 0, 0");
  static final String TREE2 = TreeEnsembleTest.tree(2, "-1", "-1", "0", "0.0625", "0");

  @TempDir
  Path tmp;

  static String model(String tree0) {
    return TreeEnsembleTest.MODEL.formatted(tree0, TREE1, TREE2);
  }

  static String tree0(String lefts, String rights, String features) {
    int n = lefts.split(",").length;
    return TreeEnsembleTest.tree(0, lefts, rights, features, "1.0" + ", 1.0".repeat(n - 1), "0" + ", 0".repeat(n - 1));
  }

  /** Loads the model in a folder of its own and predicts one row of zeros; what the loader refuses is returned. */
  ModelException refused(String json) throws IOException {
    Path dir = Files.createTempDirectory(tmp, "m");
    try (Stream<Path> s = Files.list(Fixtures.dir("booster_nonames_json"))) {
      for (Path f : s.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    Files.writeString(dir.resolve("model.json"), json);
    ModelException[] e = new ModelException[1];
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatThrownBy(() -> {
      try (Predictor p = Predictors.load(dir)) {
        p.predict(Tensor.ofFloats(new float[2], 1, 2));
      }
    }).isInstanceOf(ModelException.class).satisfies(t -> e[0] = (ModelException) t));
    assertThat(e[0].getMessage()).contains("flavors.xgboost.data: model.json cannot be run safely: ");
    return e[0];
  }

  /**
   * Not everything odd is refused: a NaN split condition and an infinite leaf are what XGBoost
   * runs (a NaN condition sends every present value right), so the model loads and answers as
   * XGBoost does, on the runtime (the Java walk takes finite numbers only).
   */
  @Test
  void nonFiniteConditionsAndLeavesLoadAndAnswerAsXgboost() throws Exception {
    String tree = TreeEnsembleTest.tree(0, "1, -1, -1", "2, -1, -1", "1, 0, 0", "NaN, Infinity, -1.0", "0, 0, 0");
    Path dir = Files.createTempDirectory(tmp, "m");
    try (Stream<Path> s = Files.list(Fixtures.dir("booster_nonames_json"))) {
      for (Path f : s.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    Files.writeString(dir.resolve("model.json"), model(tree));
    try (XgboostPredictor p = (XgboostPredictor) Predictors.load(dir)) {
      assertThat(p.runtime().nativeOnly()).get().asString().startsWith("the exported model could not be read: ");
      // tree 0: NaN condition, so right: -1; tree 1: f1 = 0 is not below 0, so right: -1; tree 2: 0.0625
      float margin = -1f - 1f + 0.0625f;
      Tensor t = (Tensor) p.predict(Tensor.ofFloats(new float[2], 1, 2));
      assertThat(((Number) t.getObject(0)).floatValue()).isEqualTo((float) (1 / (1 + Math.exp(-margin))));
    }
  }

  /** Regression: XGBoost's predictor followed the child index out of the tree's arrays (SIGSEGV). */
  @Test
  void aChildOutsideTheTreeIsRefusedBeforeXgboostCrashes() throws IOException {
    assertThat(refused(model(tree0("100000, -1, -1", "100001, -1, -1", "1, 0, 0")))).hasMessageEndingWith(
        "learner.gradient_booster.model.trees[0].left_children[0]: 100000 is not a node of the tree with a node"
            + " after it (the tree has 3 nodes)");
    assertThat(refused(model(tree0("1, -1, -1", "7, -1, -1", "1, 0, 0")))).hasMessageEndingWith(
        "learner.gradient_booster.model.trees[0].right_children[0]: 7 is not a node of the tree (it has 3 nodes)");
  }

  /** Regression: a cycle (node 3 back to node 1) kept XGBoost's native predictor walking forever. */
  @Test
  void aCycleInATreeIsRefusedBeforeXgboostLoopsForever() throws IOException {
    assertThat(refused(model(tree0("1, 3, -1, 1, -1", "2, 4, -1, 2, -1", "0, 0, 0, 1, 0")))).hasMessageEndingWith(
        "learner.gradient_booster.model.trees[0]: node 3 leads back to node 1 (a cycle: predicting would never end)");
  }

  /** Regression: a split on a feature past the row's end (or a negative one) was read outside the input (SIGSEGV). */
  @Test
  void aSplitOnAFeatureTheModelDoesNotHaveIsRefused() throws IOException {
    assertThat(refused(model(tree0("1, -1, -1", "2, -1, -1", "100000, 0, 0")))).hasMessageEndingWith(
        "learner.gradient_booster.model.trees[0]: a split on feature 100000, but the model has 2"
            + " (learner.learner_model_param.num_feature)");
    // XGBoost keeps a split index in 31 bits: -5 comes back from it as 2^31 - 5
    assertThat(refused(model(tree0("1, -1, -1", "2, -1, -1", "-5, 0, 0")))).hasMessageEndingWith(
        "learner.gradient_booster.model.trees[0]: a split on feature 2147483643, but the model has 2"
            + " (learner.learner_model_param.num_feature)");
  }

  /** Regression: a tree_info entry past the output groups made XGBoost skip that tree's leaves silently. */
  @Test
  void aTreeOfNoOutputGroupIsRefused() throws IOException {
    assertThat(refused(model(tree0("1, -1, -1", "2, -1, -1", "1, 0, 0")).replace("[0, 0, 0]", "[0, 0, 5]")))
        .hasMessageEndingWith("learner.gradient_booster.model.tree_info[2]: tree_info 5 is not one of the 1 output"
            + " groups");
  }

  /**
   * Regression: three feature names for two features made xgboost4j's getFeatureNames run past its
   * array ("XGBoost cannot read model.json: Index 2 out of bounds for length 2"); a name used twice
   * loaded, and no table could ever match it.
   */
  @Test
  void featureNamesThatAreNotOneNameAFeatureAreRefused() throws IOException {
    String base = model(tree0("1, -1, -1", "2, -1, -1", "1, 0, 0"));
    assertThat(refused(base.replace("\"feature_names\": [], \"feature_types\": []",
        "\"feature_names\": [\"a\", \"b\", \"c\"], \"feature_types\": [\"q\", \"q\", \"q\"]")))
        .hasMessageEndingWith("learner.feature_names: 3 names for 2 features (learner.learner_model_param.num_feature)");
    assertThat(refused(base.replace("\"feature_names\": [], \"feature_types\": []",
        "\"feature_names\": [\"a\", \"a\"], \"feature_types\": [\"q\", \"q\"]")))
        .hasMessageEndingWith("learner.feature_names[1]: 'a' names two features");
  }

  /**
   * Regression: 1,000 output groups and 2,147,484 rows make more answer values than an int counts;
   * refused before the runtime is called (without the check XGBoost would allocate 8.6 GB, so
   * this is not run without it).
   */
  @Test
  void anAnswerTooLargeForOneArrayIsRefusedBeforePredicting() throws IOException {
    int k = 1000;
    StringBuilder trees = new StringBuilder();
    StringBuilder info = new StringBuilder();
    for (int t = 0; t < k; t++) {
      trees.append(t == 0 ? "" : ", ").append(TreeEnsembleTest.tree(t, "-1", "-1", "0", "0.5", "0"));
      info.append(t == 0 ? "" : ", ").append(t);
    }
    String json = TreeEnsembleTest.MODEL.replace("[%s, %s, %s]", "[" + trees + "]")
        .replace("[0, 1, 2, 3]", "[0, " + k + "]").replace("\"num_trees\": \"3\"", "\"num_trees\": \"" + k + "\"").replace("[0, 0, 0]", "[" + info + "]")
        .replace("\"num_class\": \"0\"", "\"num_class\": \"" + k + "\"").replace("binary:logistic", "multi:softprob")
        .replace("\"reg_loss_param\"", "\"softmax_multiclass_param\": {\"num_class\": \"" + k + "\"}, \"reg_loss_param\"");
    Path dir = Files.createTempDirectory(tmp, "m");
    try (Stream<Path> s = Files.list(Fixtures.dir("booster_nonames_json"))) {
      for (Path f : s.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    Files.writeString(dir.resolve("model.json"), json);
    try (Predictor p = Predictors.load(dir)) {
      assertThat(((Tensor) p.predict(Tensor.ofFloats(new float[2], 1, 2))).shape()).containsExactly(1, k);
      int rows = (Integer.MAX_VALUE - 8) / k + 1;
      assertThatThrownBy(() -> p.predict(Tensor.ofFloats(new float[2 * rows], rows, 2)))
          .isInstanceOf(io.mlmodel.InputException.class).hasMessageContaining("the input has 2147484 rows and the"
              + " model 1000 outputs a row, more values than one prediction answers");
    }
  }

  /** Regression: num_class 10^9 made each row's answer four gigabytes; the predictor ran for minutes. */
  @Test
  void moreOutputGroupsThanTreesAreRefused() throws IOException {
    String json = model(tree0("1, -1, -1", "2, -1, -1", "1, 0, 0")).replace("\"num_class\": \"0\"",
        "\"num_class\": \"1000000000\"").replace("binary:logistic", "multi:softprob").replace("\"reg_loss_param\"",
        "\"softmax_multiclass_param\": {\"num_class\": \"1000000000\"}, \"reg_loss_param\"");
    assertThat(refused(json)).hasMessageEndingWith("learner.learner_model_param: 1000000000 output groups"
        + " (num_class, num_target) for 3 trees: each group needs a tree");
  }
}
