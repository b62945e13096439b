package io.mlmodel.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.MLModelException;
import io.mlmodel.MLModels;
import io.mlmodel.ReadOptions;
import io.mlmodel.model.MLModel;
import io.mlmodel.signature.ModelSignature;
import io.mlmodel.write.MLModelWriter;
import io.mlmodel.yaml.YamlReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generated MLmodel files, read by us and by the real MLflow 2.17.2 (PyYAML's {@code safe_load},
 * {@code Model.load}, {@code ModelSignature.to_dict}, {@code Model.to_yaml}): the typed trees, the
 * acceptance, the signatures and the rewritten bytes must agree, or differ only as
 * docs/format-notes.md lists ({@link Differences}). {@code -Dmlmodel.fidelity.cases=100000} for a
 * long run; {@code -Dmlmodel.fidelity.seed} for another seed.
 */
class ModelDifferentialTest {
  static final int CASES = Integer.getInteger("mlmodel.fidelity.cases", 5000);
  static final long SEED = Long.getLong("mlmodel.fidelity.seed", 20261202L);
  private static final int BATCH = 5000;
  private static final Path DIR = Path.of("/nonexistent-oracle-model");

  @Test
  void generatedModelFilesAgreeWithMlflow() {
    Oracle.python();
    Differences found = new Differences("model files");
    for (int start = 0; start < CASES; start += BATCH) {
      List<String> texts = new ArrayList<>();
      List<ObjectNode> cases = new ArrayList<>();
      for (int i = start; i < Math.min(CASES, start + BATCH); i++) {
        String text = new ModelGen(SEED * 1_000_003L + i).file();
        texts.add(text);
        cases.add(JsonNodeFactory.instance.objectNode().put("kind", "model").put("yaml", text));
      }
      List<JsonNode> answers = Oracle.run(cases);
      for (int i = 0; i < texts.size(); i++) {
        compare(texts.get(i), answers.get(i), found);
      }
    }
    found.report(CASES);
    assertThat(found.unexplained()).as(found.summary()).isEmpty();
  }

  static void compare(String text, JsonNode py, Differences found) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    JsonNode tree = null;
    MLModelException treeError = null;
    try {
      tree = TypedTree.of(YamlReader.parse(bytes, DIR.resolve("MLmodel"), ReadOptions.defaults()).root());
    } catch (MLModelException e) {
      treeError = e;
    }
    boolean pyTree = py.get("tree_error").isNull();
    if (treeError != null && pyTree) {
      found.add(Differences.ourRefusal("yaml", treeError), text, treeError.getMessage());
      return;
    }
    if (treeError == null && !pyTree) {
      found.add("yaml: we read what PyYAML refuses", text, py.get("tree_error").asString());
      return;
    }
    if (treeError != null) {
      found.agree("both refuse the YAML");
      return;
    }
    if (!tree.equals(py.get("tree"))) {
      found.add("yaml: typed tree differs", text, "ours " + tree + "\nPyYAML " + py.get("tree"));
      return;
    }
    MLModel model = null;
    MLModelException loadError = null;
    try {
      model = MLModels.read(new ByteArrayInputStream(bytes), DIR);
    } catch (MLModelException e) {
      loadError = e;
    }
    boolean pyLoad = py.get("load_error").isNull();
    if (loadError != null && pyLoad) {
      found.add(Differences.ourRefusal("load", loadError), text, loadError.getMessage());
      return;
    }
    if (loadError == null && !pyLoad) {
      found.add(Differences.mlflowRefusal(text, py.get("load_error").asString()), text, py.get("load_error").asString());
      return;
    }
    if (loadError != null) {
      found.agree("both refuse the model");
      return;
    }
    JsonNode pySig = py.get("signature");
    ModelSignature sig = model.signature().orElse(null);
    if (sig == null != pySig.isNull()) {
      found.add("signature: present on one side only", text, "ours " + sig + "\nMLflow " + pySig);
      return;
    }
    if (sig != null) {
      for (Map.Entry<String, String> e : sig.toDict().entrySet()) {
        JsonNode theirs = pySig.get(e.getKey());
        String t = theirs == null || theirs.isNull() ? null : theirs.asString();
        if (!java.util.Objects.equals(e.getValue(), t)) {
          found.add(Differences.signature(e.getKey(), e.getValue(), t), text, "ours   " + e.getValue() + "\nMLflow " + t);
          return;
        }
      }
    }
    String ours = MLModelWriter.toYaml(model);
    String theirs = py.get("yaml_out").asString();
    if (!ours.equals(theirs)) {
      found.add(Differences.rewrite(ours, theirs), text, "ours:\n" + ours + "MLflow:\n" + theirs);
    } else {
      found.agree(sig == null ? "same tree and bytes, no signature" : "same tree, signature and bytes");
    }
  }
}
