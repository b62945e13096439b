package io.mlmodel.xgboost;

import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds a {@link TreeEnsemble} from the JSON model the runtime exports ({@code
 * booster.toByteArray("json")}, XGBoost's {@code doc/model.schema}), whatever format the file was
 * in; XGBoost stays the only reader of model files. Models outside what the ensemble evaluates
 * exactly get a reason instead, and run on the runtime alone: another booster than {@code gbtree}
 * (dart, gblinear), categorical features or splits, vector leaves, an objective {@link Objective}
 * does not know, or a tree laid out otherwise than XGBoost lays out trees (a right child right
 * after the left one, children after their parent).
 */
final class EnsembleReader {
  private static final JsonMapper JSON = JsonMapper.builder().build();

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
   * The most bytes of a model file whose trees are exported: the JSON export and its node tree take
   * several times the file in memory for a moment, and a model that large (thousands of deep trees)
   * makes more tree walks on one row than the walk takes anyway.
   */
  static final long MAX_FILE_BYTES = 16L << 20;

  /** The most features a model the walk evaluates has: far more than a batch of 4,096 tree walks is worth. */
  static final int MAX_FEATURES = 1 << 20;

  /** The trees of a booster the runtime has loaded from a file of {@code fileBytes}, from the JSON model it exports. */
  static Result read(Booster booster, long fileBytes) {
    if (fileBytes > MAX_FILE_BYTES) {
      return new Result(null, "a model file over " + (MAX_FILE_BYTES >> 20) + " MB");
    }
    try {
      return read(booster.toByteArray("json"));
    } catch (XGBoostError e) {
      return new Result(null, "the runtime could not export the model as JSON: " + e.getMessage());
    }
  }

  /** The trees of the JSON model the runtime exported from a file of {@code fileBytes}. */
  static Result read(byte[] json, long fileBytes) {
    return fileBytes > MAX_FILE_BYTES ? new Result(null, "a model file over " + (MAX_FILE_BYTES >> 20) + " MB")
        : read(json);
  }

  /** The trees of an XGBoost JSON model. */
  static Result read(byte[] json) {
    try {
      return new Result(parse(JSON.readTree(json)), "");
    } catch (Unsupported e) {
      return new Result(null, String.valueOf(e.getMessage()));
    } catch (RuntimeException e) {
      // a JacksonException, or a number out of form: the runtime wrote this JSON from a model it
      // loaded, so anything unexpected in it is left to the runtime
      return new Result(null, "the exported model could not be read: " + e);
    }
  }

  private static TreeEnsemble parse(JsonNode root) throws Unsupported {
    JsonNode learner = root.path("learner");
    JsonNode booster = learner.path("gradient_booster");
    String kind = booster.path("name").asString("");
    require(kind.equals("gbtree"), "the " + kind + " booster");
    String name = learner.path("objective").path("name").asString("");
    Objective objective = Objective.of(name).orElseThrow(() -> new Unsupported("the objective " + name));
    for (JsonNode type : learner.path("feature_types")) {
      require(!type.asString("").equals("c"), "a categorical feature");
    }
    JsonNode param = learner.path("learner_model_param");
    // written by to_chars in its shortest form, which Float.parseFloat reads back to the same float
    float baseScore = Float.parseFloat(param.path("base_score").asString());
    require(objective != Objective.LOGISTIC || baseScore > 0f && baseScore < 1f,
        "a logistic base_score outside (0, 1)");
    int groups = Math.max(Integer.parseInt(param.path("num_class").asString("0")),
        Integer.parseInt(param.path("num_target").asString("1")));
    int numFeature = Integer.parseInt(param.path("num_feature").asString());
    // the base margin is asked of the runtime with one row of this width (GuardedBooster)
    require(numFeature <= MAX_FEATURES, "more than " + MAX_FEATURES + " features");
    JsonNode model = booster.path("model");
    JsonNode trees = model.path("trees");
    JsonNode info = model.path("tree_info");
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
        indptr(model, n), groups, numFeature,
        objective.probToMargin(baseScore), objective);
  }

  private static int[] indptr(JsonNode model, int trees) throws Unsupported {
    JsonNode json = model.path("iteration_indptr");
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
