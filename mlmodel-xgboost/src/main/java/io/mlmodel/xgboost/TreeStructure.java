package io.mlmodel.xgboost;

import io.mlmodel.xgboost.StructureCheck.Bad;
import tools.jackson.databind.JsonNode;

/**
 * Checks one tree of XGBoost's JSON model for what XGBoost 3.0 does not check when it loads a
 * model and then follows blindly when it predicts: every child a walk can take (the left child,
 * the node after it, where a numerical split's {@code LeftChild() + !decision} goes, and the right
 * child, for a missing value or a categorical split) is a node of the tree, no walk from the root
 * comes back to a node (a cycle never ends), and every split's feature is one the model has and
 * every categorical split's category set lies in the tree's {@code categories}. A bad child or
 * feature made the native predictor read outside its arrays and crash the JVM.
 */
final class TreeStructure {
  private TreeStructure() {}

  /** Checks the tree at {@code path}; returns the largest split feature it uses, or -1. */
  static int check(JsonNode tree, String path) throws Bad {
    JsonNode lefts = tree.path("left_children");
    JsonNode rights = tree.path("right_children");
    JsonNode features = tree.path("split_indices");
    int n = lefts.size();
    if (n == 0 || rights.size() != n || features.size() != n) {
      throw new Bad(path, "left_children, right_children and split_indices have " + n + ", " + rights.size()
          + " and " + features.size() + " values; a tree has at least one node and as many of each");
    }
    int[][] next = new int[n][];
    int maxFeature = -1;
    for (int i = 0; i < n; i++) {
      int left = lefts.get(i).asInt(Integer.MIN_VALUE);
      if (left == TreeEnsemble.LEAF) {
        continue;
      }
      int right = rights.get(i).asInt(Integer.MIN_VALUE);
      if (left < 1 || left >= n - 1) {
        throw new Bad(path + ".left_children[" + i + "]", lefts.get(i) + " is not a node of the tree with a node"
            + " after it (the tree has " + n + " nodes)");
      }
      if (right < 1 || right >= n) {
        throw new Bad(path + ".right_children[" + i + "]", rights.get(i) + " is not a node of the tree (it has "
            + n + " nodes)");
      }
      int f = features.get(i).asInt(-1);
      if (f < 0 || !features.get(i).isIntegralNumber()) {
        throw new Bad(path + ".split_indices[" + i + "]", features.get(i) + " is not a feature index");
      }
      maxFeature = Math.max(maxFeature, f);
      next[i] = new int[] {left, left + 1, right};
    }
    acyclic(next, path);
    categories(tree, n, path);
    return maxFeature;
  }

  /** No walk from the root reaches a node twice on its way: a depth-first search without recursion. */
  private static void acyclic(int[][] next, String path) throws Bad {
    byte[] state = new byte[next.length];
    int[] stack = new int[next.length];
    int[] edge = new int[next.length];
    int top = 0;
    stack[0] = 0;
    state[0] = 1;
    while (top >= 0) {
      int node = stack[top];
      int[] children = next[node];
      if (children == null || edge[top] == children.length) {
        state[node] = 2;
        top--;
        continue;
      }
      int child = children[edge[top]++];
      if (state[child] == 1) {
        throw new Bad(path, "node " + node + " leads back to node " + child
            + " (a cycle: predicting would never end)");
      }
      if (state[child] == 0) {
        state[child] = 1;
        stack[++top] = child;
        edge[top] = 0;
      }
    }
  }

  /** {@code categories_nodes}, {@code _segments} and {@code _sizes}: each set inside {@code categories}. */
  private static void categories(JsonNode tree, int n, String path) throws Bad {
    JsonNode nodes = tree.path("categories_nodes");
    JsonNode segments = tree.path("categories_segments");
    JsonNode sizes = tree.path("categories_sizes");
    long all = tree.path("categories").size();
    if (segments.size() != nodes.size() || sizes.size() != nodes.size()) {
      throw new Bad(path, "categories_nodes, categories_segments and categories_sizes differ in length");
    }
    for (int i = 0; i < nodes.size(); i++) {
      long node = nodes.get(i).asLong(-1);
      long from = segments.get(i).asLong(-1);
      long size = sizes.get(i).asLong(-1);
      if (node < 0 || node >= n || from < 0 || size < 0 || from + size > all) {
        throw new Bad(path + ".categories_nodes[" + i + "]", "the category set of node " + nodes.get(i)
            + " (from " + segments.get(i) + ", " + sizes.get(i) + " values) is not in the tree's " + all
            + " categories");
      }
    }
  }
}
