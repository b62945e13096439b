package io.mlmodel.lightgbm;

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
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Model texts LightGBM 4.1.0 reads without complaint and then crashes on (the JVM with it), loops
 * on forever, or answers wrongly: each is refused at load with its line, column and key path. The
 * model is written by hand: a regression tree on four features, x0 &lt;= 0.5 ? (x1 &lt;= 0.5 ? 1 :
 * 3) : 2.
 */
class HostileModelTextTest {
  static final String HEADER = """
      tree
      version=v4
      num_class=1
      num_tree_per_iteration=1
      label_index=0
      max_feature_idx=3
      objective=regression
      feature_names=x0 x1 x2 x3
      feature_infos=none none none none
      tree_sizes=%d

      """;
  static final String TREE = """
      Tree=0
      num_leaves=3
      num_cat=0
      split_feature=0 1
      split_gain=1 1
      threshold=0.5 0.5
      decision_type=2 2
      left_child=1 -1
      right_child=-2 -3
      leaf_value=1 2 3
      leaf_weight=1 1 1
      leaf_count=1 1 1
      internal_value=0 0
      internal_weight=0 0
      internal_count=1 1
      is_linear=0
      shrinkage=1


      """;

  @TempDir
  Path tmp;

  static String model(String tree) {
    return HEADER.formatted(tree.length()) + tree + "end of trees\n";
  }

  Path folder(String text) throws IOException {
    Path dir = Files.createTempDirectory(tmp, "m");
    try (Stream<Path> s = Files.list(Fixtures.dir("binary_nosig"))) {
      for (Path f : s.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    Files.writeString(dir.resolve("model.lgb"), text);
    return dir;
  }

  AbstractThrowableAssert<?, ? extends Throwable> refused(String text) throws IOException {
    Path dir = folder(text);
    return assertThatThrownBy(() -> {
      try (Predictor p = Predictors.load(dir)) {
        p.predict(Tensor.ofDoubles(new double[4], 1, 4));
      }
    }).isInstanceOf(ModelException.class).hasMessageContaining(dir.resolve("model.lgb").toString());
  }

  @Test
  void theHandWrittenModelAnswersAsWorkedOut() throws IOException {
    try (Predictor p = Predictors.load(folder(model(TREE)))) {
      Tensor t = (Tensor) p.predict(Tensor.ofDoubles(new double[] {0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0}, 3, 4));
      assertThat(t.toDoubleArray()).containsExactly(1, 2, 3);
    }
  }

  /** Regression: LightGBM followed the child index out of its arrays and crashed the JVM. */
  @Test
  void aChildOutsideTheTreeIsRefusedBeforeLightgbmCrashes() throws IOException {
    refused(model(TREE.replace("left_child=1 -1", "left_child=100000 -1")))
        .hasMessageContaining("model.lgb:19:12: Tree=0.left_child[0]: child 100000 is not in the tree"
            + " (num_leaves=3: nodes 1 to 1, leaves -1 to -3)");
    refused(model(TREE.replace("right_child=-2 -3", "right_child=-2 -100000")))
        .hasMessageContaining("model.lgb:20:16: Tree=0.right_child[1]: child -100000 is not in the tree");
  }

  /** Regression: a cycle between two nodes kept LightGBM's prediction walking forever. */
  @Test
  void aCycleInATreeIsRefusedBeforeLightgbmLoopsForever() throws IOException {
    String cycle = TREE.replace("num_leaves=3", "num_leaves=4").replace("split_feature=0 1", "split_feature=0 1 2")
        .replace("threshold=0.5 0.5", "threshold=0.5 0.5 0.5").replace("decision_type=2 2", "decision_type=2 2 2")
        .replace("left_child=1 -1", "left_child=1 2 1").replace("right_child=-2 -3", "right_child=-1 -2 -3")
        .replace("leaf_value=1 2 3", "leaf_value=1 2 3 4").replace("split_gain=1 1", "split_gain=1 1 1");
    Path dir = folder(model(cycle));
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatThrownBy(() -> {
      try (Predictor p = Predictors.load(dir)) {
        p.predict(Tensor.ofDoubles(new double[4], 1, 4));
      }
    }).isInstanceOf(ModelException.class).hasMessageContaining("model.lgb:19:16: Tree=0.left_child[2]: child 1"
        + " is already the child of another node (a tree has no cycles or shared nodes)"));
    refused(model(TREE.replace("left_child=1 -1", "left_child=1 0")))
        .hasMessageContaining("model.lgb:19:14: Tree=0.left_child[1]: child 0 is the root");
  }

  /** Regression: a split feature beyond the row (or negative) was read from outside the input's memory. */
  @Test
  void aSplitOnAFeatureTheModelDoesNotHaveIsRefused() throws IOException {
    refused(model(TREE.replace("split_feature=0 1", "split_feature=0 100000")))
        .hasMessageContaining("model.lgb:15:17: Tree=0.split_feature[1]: feature 100000 is not one of the"
            + " model's features (max_feature_idx=3)");
    refused(model(TREE.replace("split_feature=0 1", "split_feature=-1 1")))
        .hasMessageContaining("Tree=0.split_feature[0]: feature -1 is not one of the model's features");
  }

  /** Regression: num_tree_per_iteration=0 divided by zero inside LightGBM's loader (SIGFPE, the JVM died). */
  @Test
  void zeroTreesPerIterationIsRefusedBeforeLightgbmDividesByZero() throws IOException {
    refused(model(TREE).replace("num_tree_per_iteration=1", "num_tree_per_iteration=0"))
        .hasMessageContaining("model.lgb:4:24: num_tree_per_iteration: num_tree_per_iteration must be num_class (1):"
            + " LightGBM writes that many outputs a row into room for num_class");
  }

  /** Regression: a multiclass objective's own class count overran the output LightGBM sized by num_class. */
  @Test
  void anObjectiveWithAnotherClassCountIsRefused() throws IOException {
    refused(model(TREE).replace("objective=regression", "objective=multiclass num_class:50000"))
        .hasMessageContaining("model.lgb:7:22: objective: num_class:50000 differs from the model's num_class=1");
  }

  /** Regression: num_class=0 loaded, and a prediction then failed with an untyped error (no values a row). */
  @Test
  void numClassZeroIsRefused() throws IOException {
    refused(model(TREE).replace("num_class=1", "num_class=0").replace("num_tree_per_iteration=1\n", ""))
        .hasMessageContaining("model.lgb:3:11: num_class: num_class must be at least 1");
  }

  /** Regression: trees beyond the last whole iteration were dropped silently (here: all of them). */
  @Test
  void treesThatAreNotWholeIterationsAreRefused() throws IOException {
    String two = TREE + TREE.replace("Tree=0", "Tree=1");
    refused(HEADER.formatted(0).replace("tree_sizes=0\n", "").replace("num_class=1", "num_class=3")
        .replace("num_tree_per_iteration=1", "num_tree_per_iteration=3")
        .replace("objective=regression", "objective=multiclass num_class:3") + two + "end of trees\n")
        .hasMessageContaining("model.lgb:3:11: num_class: the model has 2 trees, not a whole number of iterations"
            + " of 3 trees (one per class)");
  }

  /** Regression: a categorical split whose category set is not in the tree was looked up outside its arrays. */
  @Test
  void aCategoricalSplitWithoutItsCategorySetIsRefused() throws IOException {
    refused(model(TREE.replace("decision_type=2 2", "decision_type=1 2").replace("threshold=0.5 0.5", "threshold=5 0.5")))
        .hasMessageContaining("model.lgb:17:11: Tree=0.threshold[0]: the categorical split's category set 5 is not"
            + " one of the tree's 0 (num_cat)");
    String cats = TREE.replace("decision_type=2 2", "decision_type=1 2").replace("threshold=0.5 0.5", "threshold=0 0.5")
        .replace("num_cat=0", "num_cat=1").replace("is_linear=0", "cat_boundaries=0 9\ncat_threshold=1");
    refused(model(cats)).hasMessageContaining("Tree=0.cat_boundaries[1]: 9 is not an ascending offset into"
        + " cat_threshold (1 values)");
  }

  /** Regression: LightGBM keeps the last of two equal keys, so the file said one thing and ran another. */
  @Test
  void duplicatedKeysAreRefused() throws IOException {
    refused(model(TREE.replace("shrinkage=1", "shrinkage=1\nleaf_value=7 8 9")))
        .hasMessageContaining("model.lgb:29:1: Tree=0.leaf_value: duplicated key (first on line 21)");
    refused(model(TREE).replace("max_feature_idx=3\n", "max_feature_idx=3\nnum_class\n"))
        .hasMessageContaining("model.lgb:7:1: num_class: duplicated key (first on line 3)");
  }

  /**
   * Regression: LightGBM finds the trees by tree_sizes' byte counts when the line is there, so a
   * lying one led it to a tree hidden after "end of trees", which the check had not read (here one
   * whose child is out of range, which crashed the JVM). The line is dropped from what LightGBM gets.
   */
  @Test
  void aTreeHiddenBehindTreeSizesIsNotRead() throws IOException {
    String end = "end of trees\n";
    String hidden = TREE.replace("Tree=0", "Tree=1").replace("left_child=1 -1", "left_child=100000 -1");
    String text = HEADER.formatted(0).replace("tree_sizes=0", "tree_sizes=" + (TREE.length() + end.length())
        + " " + hidden.length()) + TREE + end + hidden;
    try (Predictor p = Predictors.load(folder(text))) {
      assertThat(((Tensor) p.predict(Tensor.ofDoubles(new double[] {0, 0, 0, 0}, 1, 4))).toDoubleArray())
          .containsExactly(1);
    }
  }

  /**
   * Regression: 1,000 classes and 2,147,484 rows make more answer values than an int counts; refused
   * before LightGBM is called (without the check it would be asked for 17 GB, so this is not run
   * without it).
   */
  @Test
  void anAnswerTooLargeForOneArrayIsRefusedBeforePredicting() throws IOException {
    int k = 1000;
    StringBuilder trees = new StringBuilder();
    for (int t = 0; t < k; t++) {
      trees.append("Tree=").append(t).append("\nnum_leaves=1\nnum_cat=0\nleaf_value=0.5\nshrinkage=1\n\n");
    }
    String text = HEADER.formatted(0).replace("tree_sizes=0\n", "").replace("num_class=1", "num_class=" + k)
        .replace("num_tree_per_iteration=1", "num_tree_per_iteration=" + k)
        .replace("objective=regression", "objective=multiclass num_class:" + k) + trees + "end of trees\n";
    try (Predictor p = Predictors.load(folder(text))) {
      assertThat(((Tensor) p.predict(Tensor.ofDoubles(new double[4], 1, 4))).shape()).containsExactly(1, k);
      int rows = (Integer.MAX_VALUE - 8) / k + 1;
      assertThatThrownBy(() -> p.predict(Tensor.ofDoubles(new double[4 * rows], rows, 4)))
          .isInstanceOf(io.mlmodel.InputException.class).hasMessageContaining("the input has 2147484 rows and the"
              + " model 1000 classes, more values than one prediction answers");
    }
  }

  /**
   * A linear tree: each leaf answers its constant plus its features times their coefficients
   * (leaf 0: 1 + 2 * x2, leaf 1: 2, leaf 2: 3 - x3); a leaf feature outside the model is refused.
   */
  @Test
  void linearLeavesAnswerAsWorkedOutAndTheirFeaturesAreChecked() throws IOException {
    String linear = TREE.replace("is_linear=0", "is_linear=1\nleaf_const=1 2 3\nnum_features=1 0 1\n"
        + "leaf_features=2  3 \nleaf_coeff=2  -1 ");
    try (Predictor p = Predictors.load(folder(model(linear)))) {
      Tensor t = (Tensor) p.predict(Tensor.ofDoubles(new double[] {0, 0, 5, 7, 1, 0, 5, 7, 0, 1, 5, 7}, 3, 4));
      assertThat(t.toDoubleArray()).containsExactly(11, 2, -4);
    }
    refused(model(linear.replace("leaf_features=2  3 ", "leaf_features=2  100000 ")))
        .hasMessageContaining("Tree=0.leaf_features[1]: feature 100000 is not one of the model's features"
            + " (max_feature_idx=3)");
    refused(model(linear.replace("num_features=1 0 1", "num_features=1 -1 2")))
        .hasMessageContaining("Tree=0.num_features[1]: a count cannot be negative");
  }

  @Test
  void aTreeLineWithoutAnEqualsSignOrAnEndingEmptyLineIsRefused() throws IOException {
    refused(model(TREE.replace("is_linear=0", "is_linear")))
        .hasMessageContaining("model.lgb:27:1: Tree=0.is_linear: a tree's line must be key=value");
    refused(HEADER.formatted(0) + TREE.strip())
        .hasMessageContaining("model.lgb:12:1: Tree=0: the tree runs to the end of the file;"
            + " LightGBM needs an empty line after a tree");
    refused(model(TREE).replace("num_cat=0", "num_cat=0\0"))
        .hasMessageContaining("model.lgb:14: the model text holds a NUL character");
  }
}
