package io.mlmodel.xgboost;

import io.mlmodel.xgboost.StructureCheck.Bad;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What {@link StructureCheck} finds on its way through the exported model (the learner's
 * parameters and feature names, the trees' largest split feature and output group), and the
 * checks that need all of it: every split feature below {@code num_feature}, one distinct name a
 * feature, no more output groups than the trees can fill, every {@code tree_info} entry a group.
 * Used by one thread while loading.
 */
final class ExportFacts {
  JsonNode param = StructureCheck.JSON.createObjectNode();
  JsonNode names = StructureCheck.JSON.createArrayNode();
  boolean linear;
  int trees;
  int leafVector;
  int maxFeature = -1;
  String maxFeaturePath = "";
  long maxGroup = -1;
  String maxGroupPath = "";

  /** Checks one tree ({@link TreeStructure}) and keeps what the model-wide checks need of it. */
  void tree(JsonNode tree, String path) throws Bad {
    int max = TreeStructure.check(tree, path);
    trees++;
    leafVector = Math.max(leafVector, tree.path("tree_param").path("size_leaf_vector").asInt(0));
    if (max > maxFeature) {
      maxFeature = max;
      maxFeaturePath = path;
    }
  }

  /** The model-wide checks, once the walk is done; returns the output groups. */
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
    long groups = Math.max(1, Math.max(number(param.path("num_class"), 0), number(param.path("num_target"), 1)));
    if (!linear && groups > Math.max(1, (long) trees * Math.max(1, leafVector))) {
      throw new Bad("learner.learner_model_param", groups + " output groups (num_class, num_target) for "
          + trees + " trees: each group needs a tree");
    }
    if (maxGroup >= groups) {
      throw new Bad(maxGroupPath, "tree_info " + maxGroup + " is not one of the " + groups
          + " output groups");
    }
    return (int) Math.min(groups, Integer.MAX_VALUE);
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
