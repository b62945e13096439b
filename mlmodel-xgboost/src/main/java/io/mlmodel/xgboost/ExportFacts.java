package io.mlmodel.xgboost;

import io.mlmodel.xgboost.StructureCheck.Bad;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * What {@link StructureCheck}'s one pass through the exported model finds: the learner's
 * parameters, feature names and types, objective and booster, the trees' largest split feature and
 * output group, and, for the Java walk ({@link EnsembleReader}), the {@code gbtree} booster's trees,
 * {@code tree_info} and {@code iteration_indptr} as parsed; a key the export lacks is a missing
 * node. The checks that need all of it: every split feature below {@code num_feature}, one distinct
 * name a feature, no more output groups than the trees can fill, every {@code tree_info} entry a
 * group. Used by one thread while loading; {@link EnsembleReader} only reads it afterwards.
 */
final class ExportFacts {
  JsonNode param = StructureCheck.JSON.createObjectNode();
  JsonNode names = StructureCheck.JSON.createArrayNode();
  JsonNode featureTypes = MissingNode.getInstance();
  JsonNode treeInfo = MissingNode.getInstance();
  JsonNode indptr = MissingNode.getInstance();
  String booster = "";
  String objective = "";
  /** The first NaN or infinite statistic the pass skipped in a tree, with its key path, or empty. */
  String nonFinite = "";
  /** The {@code gbtree} booster's trees in the export's order, or null when they are not kept. */
  final @Nullable List<JsonNode> trees;
  int groups;
  private int treeCount;
  private int leafVector;
  private int maxFeature = -1;
  private String maxFeaturePath = "";
  private long maxGroup = -1;
  private String maxGroupPath = "";

  /** Facts that keep the {@code gbtree} trees for the walk when {@code keepTrees}. */
  ExportFacts(boolean keepTrees) {
    trees = keepTrees ? new ArrayList<>() : null;
  }

  /**
   * Checks one tree ({@link TreeStructure}) and keeps what the model-wide checks need of it, and
   * the tree itself when it is one of the {@code gbtree} booster's ({@code walked}) and trees are kept.
   */
  void tree(JsonNode tree, String path, boolean walked) throws Bad {
    int max = TreeStructure.check(tree, path);
    treeCount++;
    leafVector = Math.max(leafVector, tree.path("tree_param").path("size_leaf_vector").asInt(0));
    if (max > maxFeature) {
      maxFeature = max;
      maxFeaturePath = path;
    }
    if (walked && trees != null) {
      trees.add(tree);
    }
  }

  /** Checks that each entry of a {@code tree_info} at {@code path} is an output group; keeps the walk's. */
  void treeInfo(JsonNode info, String path, boolean walked) throws Bad {
    for (int i = 0; i < info.size(); i++) {
      long g = number(info.get(i), -1);
      if (g < 0) {
        throw new Bad(path + "[" + i + "]", info.get(i) + " is not an output group");
      }
      if (g > maxGroup) {
        maxGroup = g;
        maxGroupPath = path + "[" + i + "]";
      }
    }
    if (walked) {
      treeInfo = info;
    }
  }

  /** The model-wide checks, once the walk is done; sets and returns the output groups. */
  int check() throws Bad {
    long numFeature = number(param.path("num_feature"), -1);
    if (maxFeature >= numFeature) {
      throw new Bad(maxFeaturePath, "a split on feature " + maxFeature + ", but the model has "
          + numFeature + " (learner.learner_model_param.num_feature)");
    }
    if (!names.isEmpty() && names.size() != numFeature) {
      throw new Bad("learner.feature_names", names.size() + " names for " + numFeature
          + " features (learner.learner_model_param.num_feature)");
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < names.size(); i++) {
      if (!seen.add(names.get(i).asString(""))) {
        throw new Bad("learner.feature_names[" + i + "]", "'" + names.get(i).asString("") + "' names two features");
      }
    }
    long all = Math.max(1, Math.max(number(param.path("num_class"), 0), number(param.path("num_target"), 1)));
    if (!booster.equals("gblinear") && all > Math.max(1, (long) treeCount * Math.max(1, leafVector))) {
      throw new Bad("learner.learner_model_param", all + " output groups (num_class, num_target) for "
          + treeCount + " trees: each group needs a tree");
    }
    if (maxGroup >= all) {
      throw new Bad(maxGroupPath, "tree_info " + maxGroup + " is not one of the " + all
          + " output groups");
    }
    groups = (int) Math.min(all, Integer.MAX_VALUE);
    return groups;
  }

  /** A whole number XGBoost wrote as a JSON number or as a string ({@code "num_class": "3"}), or {@code otherwise}. */
  static long number(JsonNode node, long otherwise) {
    if (node.isIntegralNumber()) {
      return node.asLong();
    }
    try {
      return node.isString() ? Long.parseLong(node.asString().strip()) : otherwise;
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }
}
