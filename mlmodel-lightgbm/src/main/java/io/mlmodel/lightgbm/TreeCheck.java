package io.mlmodel.lightgbm;

import java.util.Map;

/**
 * Checks one {@code Tree=} block of a LightGBM text model for what LightGBM 4.1.0 does not check
 * itself and would turn into a native crash, an endless loop or a read of memory outside the
 * model: a child that is not a node or leaf of the tree, a node reached twice (a cycle), a split
 * on a feature the model does not have, a categorical split whose category set is not in the
 * tree, a linear leaf's feature out of range. The counts of the arrays read here are checked too,
 * before anything is allocated, so that the error names the line. Used once per tree while loading.
 */
final class TreeCheck {
  /** {@code Tree::Tree(const char*)} reads at most 22 lines of a tree. */
  static final int MAX_LINES = 22;

  private TreeCheck() {}

  /**
   * @param keys the tree's lines by key
   * @param head the {@code Tree=} line, which errors about a missing key name
   * @param maxFeature the header's {@code max_feature_idx}
   */
  static void check(Map<String, TextLine> keys, TextLine head, int maxFeature) {
    TextLine numLeaves = required(keys, "num_leaves", head);
    int leaves = numLeaves.intValue();
    if (leaves < 1) {
      throw numLeaves.error(-1, numLeaves.valueColumn(), "a tree needs at least one leaf");
    }
    TextLine numCat = required(keys, "num_cat", head);
    int cats = numCat.intValue();
    if (cats < 0) {
      throw numCat.error(-1, numCat.valueColumn(), "a count cannot be negative");
    }
    TextLine leafValue = required(keys, "leaf_value", head);
    leafValue.checkCount(leafValue.count(), leaves);
    TextLine isLinear = keys.get("is_linear");
    if (isLinear != null && isLinear.intValue() != 0) {
      LinearLeavesCheck.check(keys, head, leaves, maxFeature);
    }
    if (leaves == 1) {
      return;
    }
    int n = leaves - 1;
    TextLine leftLine = required(keys, "left_child", head);
    TextLine rightLine = required(keys, "right_child", head);
    TextLine featureLine = required(keys, "split_feature", head);
    TextLine threshold = required(keys, "threshold", head);
    threshold.checkCount(threshold.count(), n);
    TextLine typeLine = keys.get("decision_type");
    int[] types = typeLine == null ? new int[n] : typeLine.ints(n);
    int[] features = featureLine.ints(n);
    children(leftLine, rightLine, n, leaves);
    int[] boundaries = cats == 0 ? new int[0] : boundaries(keys, head, cats);
    for (int i = 0; i < n; i++) {
      if (features[i] < 0 || features[i] > maxFeature) {
        throw featureLine.error(i, featureLine.column(i), "feature " + features[i]
            + " is not one of the model's features (max_feature_idx=" + maxFeature + ")");
      }
      if (types[i] < 0 || types[i] > 15) {
        throw typeLine.error(i, typeLine.column(i), types[i] + " is not a decision type (0 to 15)");
      }
      if ((types[i] & 1) != 0) {
        category(threshold, i, cats);
      }
    }
  }

  /** Every child is a node (not the root) or a leaf of this tree, and none is anyone's child twice. */
  private static void children(TextLine leftLine, TextLine rightLine, int n, int leaves) {
    int[][] sides = {leftLine.ints(n), rightLine.ints(n)};
    boolean[] node = new boolean[n];
    boolean[] leaf = new boolean[leaves];
    for (int i = 0; i < n; i++) {
      for (int s = 0; s < 2; s++) {
        TextLine line = s == 0 ? leftLine : rightLine;
        int c = sides[s][i];
        boolean inTree = c >= 0 ? c > 0 && c < n : ~c < leaves;
        if (!inTree) {
          throw line.error(i, line.column(i), "child " + c + (c == 0 ? " is the root" : " is not in the tree"
              + " (num_leaves=" + leaves + ": nodes 1 to " + (n - 1) + ", leaves -1 to -" + leaves + ")"));
        }
        if (c >= 0 ? node[c] : leaf[~c]) {
          throw line.error(i, line.column(i), "child " + c
              + " is already the child of another node (a tree has no cycles or shared nodes)");
        }
        if (c >= 0) {
          node[c] = true;
        } else {
          leaf[~c] = true;
        }
      }
    }
  }

  /** {@code cat_boundaries}: num_cat + 1 ascending offsets into {@code cat_threshold}. */
  private static int[] boundaries(Map<String, TextLine> keys, TextLine head, int cats) {
    TextLine line = required(keys, "cat_boundaries", head);
    int[] b = line.ints(cats + 1);
    int words = required(keys, "cat_threshold", head).count();
    for (int i = 0; i <= cats; i++) {
      if (b[i] < (i == 0 ? 0 : b[i - 1]) || b[i] > words) {
        throw line.error(i, line.column(i), b[i] + " is not an ascending offset into cat_threshold ("
            + words + " values)");
      }
    }
    return b;
  }

  /** A categorical split's threshold is the index of its category set. */
  private static void category(TextLine threshold, int node, int cats) {
    String token = threshold.token(node);
    double index;
    try {
      index = Double.parseDouble(token);
    } catch (NumberFormatException e) {
      index = -1;
    }
    if (!(index >= 0 && index < cats && index == Math.rint(index))) {
      throw threshold.error(node, threshold.column(node), "the categorical split's category set " + token
          + " is not one of the tree's " + cats + " (num_cat)");
    }
  }

  static TextLine required(Map<String, TextLine> keys, String key, TextLine at) {
    TextLine line = keys.get(key);
    if (line == null) {
      throw at.error(-1, 1, "there is no " + key + " line");
    }
    return line;
  }
}
