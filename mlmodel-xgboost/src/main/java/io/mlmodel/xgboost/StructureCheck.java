package io.mlmodel.xgboost;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.io.JsonErrors;
import java.nio.file.Path;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks a loaded booster's trees, from the JSON model the runtime exports, before anything is
 * predicted: XGBoost 3.0 loads a tree whose child or feature index is out of range, or whose nodes
 * form a cycle, and its predictor then crashes the JVM or never returns ({@link TreeStructure}).
 * Also refused: feature names that are not one distinct name a feature (xgboost4j's own getter
 * ran past its array on more names than features), a {@code tree_info} entry that is no output
 * group (the native predictor silently skipped that tree), and more output groups ({@code
 * num_class}, {@code num_target}) than the trees can fill, which made one row's answer gigabytes.
 * Every model is checked, whatever its size, booster or format: the export is read as a stream, one
 * tree at a time. The same pass gathers what {@link EnsembleReader} builds the Java walk from
 * ({@link ExportFacts}), so the export is parsed once at load. Stateless.
 */
final class StructureCheck {
  /**
   * Reads one value at a time out of the stream, so what follows it is no trailing token; XGBoost
   * writes a non-finite split condition or leaf as {@code NaN} or {@code Infinity}, which it runs.
   */
  static final JsonMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
  /** The objects on the way to the trees, for gbtree and for dart (whose trees are in its {@code gbtree}). */
  private static final Set<String> WAY = Set.of(".learner", ".learner.gradient_booster",
      ".learner.gradient_booster.model", ".learner.gradient_booster.gbtree", ".learner.gradient_booster.gbtree.model");
  /** A tree's per-node training statistics, which are skipped. */
  private static final Set<String> STATISTICS = Set.of("parents", "base_weights", "loss_changes", "sum_hessian");
  /** The {@code gbtree} booster's model, whose trees the Java walk evaluates (dart's are one level deeper). */
  private static final String WALKED = ".learner.gradient_booster.model";

  private StructureCheck() {}

  /** A structural problem at a key path of the exported model. */
  static final class Bad extends Exception {
    private static final long serialVersionUID = 1L;

    Bad(String path, String problem) {
      super(path + ": " + problem, null, false, false);
    }
  }

  /**
   * Refuses the model with an {@code xgboost-load} error at {@code at} when its trees are unsafe to
   * run; returns what the pass found, the output groups set, with the {@code gbtree} trees kept for
   * the Java walk when the model file of {@code fileBytes} is one the walk takes ({@link
   * EnsembleReader#MAX_FILE_BYTES}).
   */
  static ExportFacts check(byte[] json, Path file, Location at, long fileBytes) {
    try {
      return read(json, fileBytes <= EnsembleReader.MAX_FILE_BYTES);
    } catch (Bad e) {
      throw new ModelException("xgboost-load", at, file.getFileName() + " cannot be run safely: " + e.getMessage());
    } catch (JacksonException e) {
      throw new ModelException("xgboost-load", at, file.getFileName()
          + ": the model XGBoost exported cannot be read: " + JsonErrors.problem(e));
    }
  }

  /** The one pass over the export and the model-wide checks after it. */
  static ExportFacts read(byte[] json, boolean keepTrees) throws Bad {
    ExportFacts found = new ExportFacts(keepTrees);
    try (JsonParser p = JSON.createParser(json)) {
      if (p.nextToken() == JsonToken.START_OBJECT) {
        walk(p, "", found);
      }
    }
    found.check();
    return found;
  }

  /** Reads the object the parser is at, entering only the objects on the way to the trees. */
  private static void walk(JsonParser p, String path, ExportFacts found) throws Bad {
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      String child = path + "." + name;
      boolean walked = path.equals(WALKED);
      if (WAY.contains(child) && value == JsonToken.START_OBJECT) {
        walk(p, child, found);
      } else if (path.endsWith(".model") && name.equals("trees") && value == JsonToken.START_ARRAY) {
        for (int i = 0; p.nextToken() == JsonToken.START_OBJECT; i++) {
          String tree = child.substring(1) + "[" + i + "]";
          found.tree(tree(p, tree, found), tree, walked);
        }
      } else if (path.endsWith(".model") && name.equals("tree_info")) {
        found.treeInfo(JSON.readTree(p), child.substring(1), walked);
      } else if (walked && name.equals("iteration_indptr")) {
        found.indptr = JSON.readTree(p);
      } else if (child.equals(".learner.feature_names") && value == JsonToken.START_ARRAY) {
        found.names = JSON.readTree(p);
      } else if (child.equals(".learner.feature_types")) {
        found.featureTypes = JSON.readTree(p);
      } else if (child.equals(".learner.learner_model_param") && value == JsonToken.START_OBJECT) {
        found.param = JSON.readTree(p);
      } else if (child.equals(".learner.objective")) {
        found.objective = JSON.readTree(p).path("name").asString("");
      } else if (child.equals(".learner.gradient_booster.name")) {
        found.booster = p.getString();
      } else {
        p.skipChildren();
      }
    }
  }

  /**
   * The tree object the parser is at, every field a node but the statistics XGBoost keeps for
   * training ({@link #STATISTICS}), which neither the checks nor the Java walk read: those are
   * skipped token by token, no number parsed and no node made (three of a tree's four arrays of
   * decimals). Only a NaN or infinite statistic is noted ({@link ExportFacts#nonFinite}): such a
   * model runs on the runtime, as when the walk's reader refused every non-finite number.
   */
  private static ObjectNode tree(JsonParser p, String path, ExportFacts found) {
    ObjectNode tree = JSON.createObjectNode();
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      if (p.nextToken() == JsonToken.START_ARRAY && STATISTICS.contains(name)) {
        for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
          if (p.isNaN() && found.nonFinite.isEmpty()) {
            found.nonFinite = path + "." + name + "[" + i + "] is " + p.getDoubleValue();
          }
          p.skipChildren();
        }
      } else {
        tree.set(name, JSON.readTree(p));
      }
    }
    return tree;
  }
}
