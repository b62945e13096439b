package io.mlmodel.lightgbm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An evaluation of a LightGBM text model written for the tests, independent of LightGBM: it reads
 * the trees of model.lgb and walks them as LightGBM's {@code Tree::NumericalDecision} does (missing
 * type in bits 2-3 of decision_type, default-left in bit 1), sums each class's trees and applies
 * the objective's transform (sigmoid for binary, softmax for multiclass, none for regression).
 * Numerical splits only, which is what the fixtures have.
 */
final class TreeModel {
  private static final double ZERO = 1e-35f;

  record Tree(int[] feature, double[] threshold, int[] decision, int[] left, int[] right, double[] leaf) {
    double value(double[] row) {
      if (leaf.length == 1) {
        return leaf[0];
      }
      int node = 0;
      while (node >= 0) {
        double v = row[feature[node]];
        int missing = (decision[node] >> 2) & 3;
        if ((decision[node] & 1) != 0) {
          throw new IllegalStateException("categorical split");
        }
        if (Double.isNaN(v) && missing != 2) {
          v = 0;
        }
        boolean isMissing = missing == 1 && v > -ZERO && v <= ZERO || missing == 2 && Double.isNaN(v);
        boolean goLeft = isMissing ? (decision[node] & 2) != 0 : v <= threshold[node];
        node = goLeft ? left[node] : right[node];
      }
      return leaf[~node];
    }
  }

  final String objective;
  final int numClass;
  final List<Tree> trees = new ArrayList<>();

  TreeModel(Path modelLgb) throws IOException {
    List<String> lines = Files.readAllLines(modelLgb);
    Map<String, String> header = new HashMap<>();
    Map<String, String> tree = null;
    for (String line : lines) {
      if (line.startsWith("Tree=")) {
        add(tree);
        tree = new HashMap<>();
      } else if (line.equals("end of trees")) {
        add(tree);
        tree = null;
        break;
      } else if (line.contains("=")) {
        String[] kv = line.split("=", 2);
        (tree == null ? header : tree).put(kv[0], kv[1]);
      }
    }
    this.objective = header.get("objective");
    this.numClass = Integer.parseInt(header.get("num_class"));
  }

  private void add(Map<String, String> t) {
    if (t == null) {
      return;
    }
    double[] leaf = doubles(t.get("leaf_value"));
    if (leaf.length == 1) {
      trees.add(new Tree(new int[0], new double[0], new int[0], new int[0], new int[0], leaf));
      return;
    }
    trees.add(new Tree(ints(t.get("split_feature")), doubles(t.get("threshold")), ints(t.get("decision_type")),
        ints(t.get("left_child")), ints(t.get("right_child")), leaf));
  }

  /** The transformed prediction of one row: numClass values. */
  double[] predict(double[] row) {
    double[] raw = new double[numClass];
    for (int i = 0; i < trees.size(); i++) {
      raw[i % numClass] += trees.get(i).value(row);
    }
    if (objective.startsWith("binary")) {
      double sigmoid = Double.parseDouble(objective.replaceAll(".*sigmoid:([0-9.eE+-]+).*", "$1"));
      return new double[] {1 / (1 + Math.exp(-sigmoid * raw[0]))};
    }
    if (objective.startsWith("multiclass")) {
      double max = Arrays.stream(raw).max().orElseThrow();
      double sum = 0;
      double[] p = new double[numClass];
      for (int k = 0; k < numClass; k++) {
        p[k] = Math.exp(raw[k] - max);
        sum += p[k];
      }
      for (int k = 0; k < numClass; k++) {
        p[k] /= sum;
      }
      return p;
    }
    if (objective.startsWith("regression")) {
      return raw;
    }
    throw new IllegalStateException("objective " + objective);
  }

  private static double[] doubles(String s) {
    return Arrays.stream(s.trim().split(" ")).mapToDouble(Double::parseDouble).toArray();
  }

  private static int[] ints(String s) {
    return Arrays.stream(s.trim().split(" ")).mapToInt(Integer::parseInt).toArray();
  }
}
