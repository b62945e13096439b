package io.mlmodel.xgboost;

/**
 * A {@code gbtree} booster's trees as flat arrays, evaluated in Java as XGBoost 3.0's CPU predictor
 * evaluates them ({@code src/predictor/cpu_predictor.cc}, {@code predict_fn.h}), so that a small
 * batch does not pay the native call's fixed cost. Built by {@link EnsembleReader} from the model
 * the runtime itself exports; immutable, so thread-safe.
 *
 * <p>Exactly as the runtime: a value equal to {@code missing}, or NaN, is missing and follows the
 * node's default child; otherwise a row goes left when {@code value < condition}, else to the node
 * after the left child (XGBoost's {@code LeftChild() + !decision}). Each output group's float32 sum
 * starts from the base margin and adds the leaves of that group's trees in tree order.
 */
final class TreeEnsemble {
  /** Marks a leaf in {@link #left}. */
  static final int LEAF = -1;

  private final int[] left;
  private final int[] defaultChild;
  private final int[] feature;
  private final float[] value;
  private final int[] roots;
  private final int[] group;
  private final int[] iterationIndptr;
  private final int groups;
  private final int numFeature;
  private final float baseMargin;
  private final Objective objective;

  /**
   * @param left per node (all trees' nodes in one array), the left child's index, or {@link #LEAF}
   * @param defaultChild per node, where a missing value goes
   * @param feature per node, the split feature
   * @param value per node, the split condition, or the leaf value for a leaf
   * @param roots per tree, its root node
   * @param group per tree, its output group ({@code tree_info})
   * @param iterationIndptr per boosting round, its first tree, and the tree count last
   */
  TreeEnsemble(int[] left, int[] defaultChild, int[] feature, float[] value, int[] roots, int[] group,
      int[] iterationIndptr, int groups, int numFeature, float baseMargin, Objective objective) {
    this.left = left;
    this.defaultChild = defaultChild;
    this.feature = feature;
    this.value = value;
    this.roots = roots;
    this.group = group;
    this.iterationIndptr = iterationIndptr;
    this.groups = groups;
    this.numFeature = numFeature;
    this.baseMargin = baseMargin;
    this.objective = objective;
  }

  int numFeature() {
    return numFeature;
  }

  /** This ensemble with another base margin, such as the one the runtime computes. */
  TreeEnsemble withBaseMargin(float margin) {
    return new TreeEnsemble(left, defaultChild, feature, value, roots, group, iterationIndptr, groups, numFeature,
        margin, objective);
  }

  /** Whether {@code [begin, end)} (end 0: all rounds) is a range the runtime would accept. */
  boolean accepts(int begin, int end) {
    int rounds = iterationIndptr.length - 1;
    int stop = end == 0 ? rounds : end;
    return begin >= 0 && begin <= stop && stop <= rounds;
  }

  /** How many trees {@code [begin, end)} evaluates for each row. */
  int trees(int begin, int end) {
    return iterationIndptr[end == 0 ? iterationIndptr.length - 1 : end] - iterationIndptr[begin];
  }

  /** What {@code Booster.inplace_predict} answers for these rows, for a range {@link #accepts} holds. */
  float[][] predict(float[] data, int rows, int cols, float missing, int begin, int end, boolean margin) {
    int first = iterationIndptr[begin];
    int last = iterationIndptr[end == 0 ? iterationIndptr.length - 1 : end];
    boolean argmax = !margin && objective == Objective.SOFTMAX;
    float[][] out = new float[rows][margin ? groups : objective.width(groups)];
    for (int r = 0; r < rows; r++) {
      int offset = r * cols;
      float[] row = out[r];
      if (argmax) {
        row[0] = argmax(data, offset, missing, first, last);
        continue;
      }
      for (int g = 0; g < groups; g++) {
        row[g] = sum(data, offset, missing, first, last, g);
      }
      if (!margin) {
        objective.transform(row);
      }
    }
    return out;
  }

  /** {@code common::FindMaxIndex}: the first group whose margin no later one exceeds. */
  private float argmax(float[] data, int offset, float missing, int first, int last) {
    int best = 0;
    float bestMargin = sum(data, offset, missing, first, last, 0);
    for (int g = 1; g < groups; g++) {
      float m = sum(data, offset, missing, first, last, g);
      if (m > bestMargin) {
        best = g;
        bestMargin = m;
      }
    }
    return best;
  }

  private float sum(float[] data, int offset, float missing, int first, int last, int g) {
    float acc = baseMargin;
    for (int t = first; t < last; t++) {
      if (group[t] == g) {
        acc += leaf(roots[t], data, offset, missing);
      }
    }
    return acc;
  }

  private float leaf(int root, float[] data, int offset, float missing) {
    int n = root;
    while (left[n] != LEAF) {
      float x = data[offset + feature[n]];
      if (Float.isNaN(x) || x == missing) {
        n = defaultChild[n];
      } else {
        n = x < value[n] ? left[n] : left[n] + 1;
      }
    }
    return value[n];
  }
}
