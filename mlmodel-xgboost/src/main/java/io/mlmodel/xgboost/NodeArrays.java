package io.mlmodel.xgboost;

import static io.mlmodel.xgboost.EnsembleReader.require;

import io.mlmodel.xgboost.EnsembleReader.Unsupported;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The nodes of all trees of a model, one array per node field, filled tree by tree from XGBoost's
 * JSON tree objects ({@code left_children}, {@code right_children}, {@code split_indices}, {@code
 * split_conditions}, {@code default_left}, {@code split_type}), with child indices made global.
 * Used while loading, by one thread; the arrays then belong to the {@link TreeEnsemble}.
 */
final class NodeArrays {
  final int[] left;
  final int[] defaultChild;
  final int[] feature;
  final float[] value;

  NodeArrays(int nodes) {
    left = new int[nodes];
    defaultChild = new int[nodes];
    feature = new int[nodes];
    value = new float[nodes];
  }

  /** Reads one tree into the arrays from {@code base} on; returns its node count. */
  int readTree(JsonNode tree, int base, int numFeature) throws Unsupported {
    JsonNode param = tree.path("tree_param");
    require(Integer.parseInt(param.path("size_leaf_vector").asString("0")) <= 1, "vector leaves (multi-target trees)");
    int size = Integer.parseInt(param.path("num_nodes").asString());
    JsonNode lefts = tree.path("left_children");
    JsonNode rights = tree.path("right_children");
    JsonNode features = tree.path("split_indices");
    JsonNode conditions = tree.path("split_conditions");
    JsonNode defaults = tree.path("default_left");
    JsonNode types = tree.path("split_type");
    require(size > 0 && lefts.size() == size && rights.size() == size && features.size() == size
        && conditions.size() == size && defaults.size() == size, "a tree whose node arrays differ in length");
    for (int i = 0; i < size; i++) {
      int l = lefts.get(i).asInt();
      value[base + i] = float32(conditions.get(i));
      if (l == TreeEnsemble.LEAF) {
        left[base + i] = TreeEnsemble.LEAF;
        continue;
      }
      int r = rights.get(i).asInt();
      require(l > i && r == l + 1 && r < size, "a tree whose children are not laid out as XGBoost lays them out");
      require(types.isMissingNode() || types.get(i).asInt() == 0, "a categorical split");
      int f = features.get(i).asInt();
      require(f >= 0 && f < numFeature, "a split on a feature the model does not have");
      JsonNode d = defaults.get(i);
      boolean defaultLeft = d.isBoolean() ? d.booleanValue() : d.asInt() != 0;
      left[base + i] = base + l;
      defaultChild[base + i] = base + (defaultLeft ? l : r);
      feature[base + i] = f;
    }
    return size;
  }

  /**
   * Refuses a tree of the export with a NaN or infinite number in any of its arrays (XGBoost writes
   * them as {@code NaN} and {@code Infinity}, and runs them): such a model runs on the runtime, as
   * when the walk's reader took finite numbers only, whichever array holds it.
   */
  static void requireFinite(JsonNode tree, int index) throws Unsupported {
    for (Map.Entry<String, JsonNode> field : tree.properties()) {
      JsonNode values = field.getValue();
      for (int i = 0; values.isArray() && i < values.size(); i++) {
        JsonNode v = values.get(i);
        if (v.isFloatingPointNumber() && !Double.isFinite(v.doubleValue())) {
          throw new Unsupported("the exported model could not be read: learner.gradient_booster.model.trees["
              + index + "]." + field.getKey() + "[" + i + "] is " + v.doubleValue());
        }
      }
    }
  }

  /**
   * The float32 XGBoost wrote in its shortest decimal form, read through the nearest double (which
   * keeps a -0). That double is the right float unless it lies exactly halfway between two floats,
   * where rounding it again could pick the wrong one: such a value is left to the runtime.
   */
  static float float32(JsonNode number) throws Unsupported {
    require(number.isNumber(), "a split condition or leaf that is not a finite number");
    double d = number.doubleValue();
    float f = (float) d;
    if ((double) f != d) {
      double other = d > f ? Math.nextUp(f) : Math.nextDown(f);
      require(d != ((double) f + other) / 2, "a value halfway between two floats in the exported JSON");
    }
    return f;
  }
}
