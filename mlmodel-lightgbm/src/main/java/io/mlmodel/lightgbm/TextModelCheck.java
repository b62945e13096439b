package io.mlmodel.lightgbm;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Checks a LightGBM text model before LightGBM reads it, and gives the text LightGBM gets. A model
 * file may come from anyone, and LightGBM 4.1.0's reader ({@code GBDT::LoadModelFromString}, {@code
 * Tree::Tree(const char*)}) trusts it: a bad child index, split feature or category set crashes
 * the JVM at the first prediction, a cycle in a tree never returns, {@code
 * num_tree_per_iteration=0} divides by zero while loading, and a class count other than the
 * objective's overruns the output. Each of these is refused here with a {@code lightgbm-load}
 * error located at its line, column and key path ({@code Tree=3.left_child[2]}).
 *
 * <p>The lines are split as LightGBM splits them: the header is every line before the first
 * {@code Tree=} line; a tree is the lines after its {@code Tree=} line up to an empty line; the
 * trees end at the first other line. Stricter than LightGBM where it would silently pick one
 * reading: a duplicated key (LightGBM keeps the last) and a tree of more than 22 lines (LightGBM
 * stops there and drops the trees after it) are refused. The {@code tree_sizes} line, byte counts
 * LightGBM would use to find the trees without looking, is dropped from the text it gets, so that
 * it reads the trees checked here. Stateless.
 */
final class TextModelCheck {
  private TextModelCheck() {}

  /** The checked text for LightGBM: {@code text} without its {@code tree_sizes} line. */
  static String check(String text, Path file) {
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      throw new ModelException("lightgbm-load", new Location(file, Lines.lineOf(text, nul), 0, ""),
          "the model text holds a NUL character, where LightGBM would stop reading");
    }
    Lines lines = new Lines(text, file);
    Map<String, TextLine> header = new HashMap<>();
    TextLine line = lines.next("");
    while (line != null && !isTree(line)) {
      if (!line.key().isEmpty() || line.assignment()) {
        keep(header, line);
      }
      line = lines.next("");
    }
    TextLine top = TextLine.of(file, 1, 0, "", "");
    int classes = positive(header, "num_class", top);
    TextLine perIteration = header.get("num_tree_per_iteration");
    if (perIteration != null && perIteration.intValue() != classes) {
      throw perIteration.error(-1, perIteration.valueColumn(), "num_tree_per_iteration must be num_class ("
          + classes + "): LightGBM writes that many outputs a row into room for num_class");
    }
    objective(header, classes);
    TextLine maxFeatureLine = TreeCheck.required(header, "max_feature_idx", top);
    int maxFeature = maxFeatureLine.intValue();
    if (maxFeature < 0) {
      throw maxFeatureLine.error(-1, maxFeatureLine.valueColumn(), "a model has at least one feature");
    }
    int trees = 0;
    for (; line != null; line = lines.next("")) {
      if (line.key().isEmpty() && !line.assignment()) {
        continue;
      }
      if (!isTree(line)) {
        break;
      }
      tree(lines, line, maxFeature);
      trees++;
    }
    if (trees % classes != 0 || trees == 0 && classes > 1) {
      throw header.get("num_class").error(-1, header.get("num_class").valueColumn(), "the model has " + trees
          + " trees, not a whole number of iterations of " + classes + " trees (one per class)");
    }
    TextLine sizes = header.get("tree_sizes");
    return sizes == null ? text : text.substring(0, sizes.start()) + text.substring(lines.after(sizes));
  }

  private static boolean isTree(TextLine line) {
    return line.assignment() && line.key().equals("Tree") && line.scope().isEmpty();
  }

  private static void tree(Lines lines, TextLine head, int maxFeature) {
    String scope = "Tree=" + head.value();
    TextLine at = new TextLine(head.file(), head.number(), head.start(), head.end(), scope, 1, "", false, "");
    Map<String, TextLine> keys = new HashMap<>();
    for (int count = 0; ; count++) {
      TextLine line = lines.next(scope);
      if (line == null) {
        throw at.error(-1, 1, "the tree runs to the end of the file; LightGBM needs an empty line after a tree");
      }
      if (line.key().isEmpty() && !line.assignment()) {
        break;
      }
      if (!line.assignment()) {
        throw line.error(-1, 1, "a tree's line must be key=value");
      }
      if (count == TreeCheck.MAX_LINES) {
        throw line.error(-1, 1, "a tree has at most " + TreeCheck.MAX_LINES + " lines (LightGBM reads no more)");
      }
      keep(keys, line);
    }
    TreeCheck.check(keys, at, maxFeature);
  }

  private static void keep(Map<String, TextLine> keys, TextLine line) {
    TextLine before = keys.putIfAbsent(line.key(), line);
    if (before != null) {
      throw line.error(-1, 1, "duplicated key (first on line " + before.number() + ")");
    }
  }

  private static int positive(Map<String, TextLine> header, String key, TextLine top) {
    TextLine line = TreeCheck.required(header, key, top);
    int value = line.intValue();
    if (value < 1) {
      throw line.error(-1, line.valueColumn(), key + " must be at least 1");
    }
    return value;
  }

  /** The objective's own class count ({@code multiclass num_class:3}) sizes LightGBM's output transform. */
  private static void objective(Map<String, TextLine> header, int classes) {
    TextLine line = header.get("objective");
    if (line == null) {
      return;
    }
    for (int i = 0; i < line.count(); i++) {
      String token = line.token(i);
      if (token.startsWith("num_class:") && !token.equals("num_class:" + classes)) {
        throw line.error(-1, line.column(i), token + " differs from the model's num_class=" + classes);
      }
    }
  }
}
