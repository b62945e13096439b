package io.mlmodel.xgboost;

import java.util.List;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Builds a {@link TreeEnsemble} from the JSON model the runtime exports ({@code
 * booster.toByteArray("json")}, XGBoost's {@code doc/model.schema}), whatever format the file was
 * in, as {@link StructureCheck}'s one pass has parsed it ({@link ExportFacts}); XGBoost stays the
 * only reader of model files. Models outside what the ensemble evaluates exactly get a reason
 * instead, and run on the runtime alone: a NaN or infinite number in a tree, another booster than
 * {@code gbtree} (dart, gblinear), categorical features or splits, vector leaves, an objective
 * {@link Objective} does not know, or a tree laid out otherwise than XGBoost lays out trees (a right
 * child right after the left one, children after their parent).
 */
final class EnsembleReader {
  private EnsembleReader() {}

  /**
   * The trees of a loaded booster, or why they run on the runtime only.
   *
   * @param trees the ensemble, or null
   * @param reason when {@code trees} is null, what the ensemble does not support
   */
  record Result(@Nullable TreeEnsemble trees, String reason) {}

  /** A model the ensemble does not evaluate; the message says what it has. */
  static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    Unsupported(String reason) {
      super(reason, null, false, false);
    }
  }

  /**
   * The most bytes of a model file whose trees are kept for the walk: the JSON export and the
   * trees' nodes take several times the file in memory for a moment, and a model that large
   * (thousands of deep trees) makes more tree walks on one row than the walk takes anyway.
   */
  static final long MAX_FILE_BYTES = 16L << 20;

  /** The most features a model the walk evaluates has: far more than a batch of 4,096 tree walks is worth. */
  static final int MAX_FEATURES = 1 << 20;

  /** The trees of a booster the runtime has loaded, from the JSON model it exports, whatever the file's size. */
  static Result read(Booster booster) {
    try {
      return read(booster.toByteArray("json"));
    } catch (XGBoostError e) {
      return new Result(null, "the runtime could not export the model as JSON: " + e.getMessage());
    }
  }

  /** The trees of an XGBoost JSON model, read by {@link StructureCheck}'s pass, whose refusals become the reason. */
  static Result read(byte[] json) {
    try {
      return read(StructureCheck.read(json, true));
    } catch (StructureCheck.Bad e) {
      return new Result(null, "the exported model cannot be run safely: " + e.getMessage());
    } catch (RuntimeException e) {
      return new Result(null, "the exported model could not be read: " + e);
    }
  }

  /** The trees {@link StructureCheck}'s pass over the export found; none were kept for a file over the limit. */
  static Result read(ExportFacts found) {
    if (found.trees == null) {
      return new Result(null, "a model file over " + (MAX_FILE_BYTES >> 20) + " MB");
    }
    try {
      return new Result(parse(found, found.trees), "");
    } catch (Unsupported e) {
      return new Result(null, String.valueOf(e.getMessage()));
    } catch (RuntimeException e) {
      // a number out of form: the runtime wrote this JSON from a model it loaded, so anything
      // unexpected in it is left to the runtime
      return new Result(null, "the exported model could not be read: " + e);
    }
  }

  private static TreeEnsemble parse(ExportFacts found, List<JsonNode> trees) throws Unsupported {
    require(found.nonFinite.isEmpty(), "the exported model could not be read: " + found.nonFinite);
    for (int t = 0; t < trees.size(); t++) {
      NodeArrays.requireFinite(trees.get(t), t);
    }
    String kind = found.booster;
    require(kind.equals("gbtree"), "the " + kind + " booster");
    String name = found.objective;
    Objective objective = Objective.of(name).orElseThrow(() -> new Unsupported("the objective " + name));
    for (JsonNode type : found.featureTypes) {
      require(!type.asString("").equals("c"), "a categorical feature");
    }
    JsonNode param = found.param;
    // written by to_chars in its shortest form, which Float.parseFloat reads back to the same float
    float baseScore = Float.parseFloat(param.path("base_score").asString());
    require(objective != Objective.LOGISTIC || baseScore > 0f && baseScore < 1f,
        "a logistic base_score outside (0, 1)");
    int groups = Math.max(Integer.parseInt(param.path("num_class").asString("0")),
        Integer.parseInt(param.path("num_target").asString("1")));
    int numFeature = Integer.parseInt(param.path("num_feature").asString());
    // the base margin is asked of the runtime with one row of this width (GuardedBooster)
    require(numFeature <= MAX_FEATURES, "more than " + MAX_FEATURES + " features");
    JsonNode info = found.treeInfo;
    int n = trees.size();
    require(groups >= 1 && info.size() == n, "a tree_info that does not match the trees");
    JsonNode[] byId = new JsonNode[n];
    int nodes = 0;
    for (JsonNode tree : trees) {
      int id = tree.path("id").asInt(-1);
      require(id >= 0 && id < n && byId[id] == null, "tree ids that are not 0 to " + (n - 1));
      byId[id] = tree;
      nodes += tree.path("left_children").size();
    }
    NodeArrays arrays = new NodeArrays(nodes);
    int[] roots = new int[n];
    int[] group = new int[n];
    int at = 0;
    for (int t = 0; t < n; t++) {
      group[t] = info.get(t).asInt(-1);
      require(group[t] >= 0 && group[t] < groups, "a tree_info entry outside the output groups");
      roots[t] = at;
      at += arrays.readTree(byId[t], at, numFeature);
    }
    return new TreeEnsemble(arrays.left, arrays.defaultChild, arrays.feature, arrays.value, roots, group,
        indptr(found.indptr, n), groups, numFeature,
        objective.probToMargin(baseScore), objective);
  }

  private static int[] indptr(JsonNode json, int trees) throws Unsupported {
    int[] indptr = new int[json.size()];
    for (int i = 0; i < indptr.length; i++) {
      indptr[i] = json.get(i).asInt(-1);
      require(i == 0 ? indptr[0] == 0 : indptr[i] >= indptr[i - 1], "an iteration_indptr that is not ascending");
    }
    require(indptr.length > 0 && indptr[indptr.length - 1] == trees,
        "an iteration_indptr that does not end at the tree count");
    return indptr;
  }

  static void require(boolean supported, String what) throws Unsupported {
    if (!supported) {
      throw new Unsupported(what);
    }
  }
}
