package io.mlmodel.lightgbm;

import java.util.Map;

/**
 * A linear tree's leaves ({@code is_linear=1}): LightGBM 4.1.0 reads each leaf's feature list
 * ({@code num_features}, {@code leaf_features}, {@code leaf_coeff}) as the file counts it, and a
 * prediction then reads each listed feature of the row, so a feature outside {@code
 * 0..max_feature_idx} or a negative count is refused here. Counts are checked before anything is
 * allocated. Used by {@link TreeCheck}.
 */
final class LinearLeavesCheck {
  private LinearLeavesCheck() {}

  static void check(Map<String, TextLine> keys, TextLine head, int leaves, int maxFeature) {
    TextLine constant = TreeCheck.required(keys, "leaf_const", head);
    constant.checkCount(constant.count(), leaves);
    TextLine numFeatures = TreeCheck.required(keys, "num_features", head);
    int[] perLeaf = numFeatures.ints(leaves);
    long total = 0;
    for (int i = 0; i < leaves; i++) {
      if (perLeaf[i] < 0) {
        throw numFeatures.error(i, numFeatures.column(i), "a count cannot be negative");
      }
      total += perLeaf[i];
    }
    TextLine featureLine = TreeCheck.required(keys, "leaf_features", head);
    featureLine.checkCount(featureLine.count(), total);
    TextLine coeff = TreeCheck.required(keys, "leaf_coeff", head);
    coeff.checkCount(coeff.count(), total);
    int[] features = featureLine.ints((int) total);
    for (int i = 0; i < features.length; i++) {
      if (features[i] < 0 || features[i] > maxFeature) {
        throw featureLine.error(i, featureLine.column(i), "feature " + features[i]
            + " is not one of the model's features (max_feature_idx=" + maxFeature + ")");
      }
    }
  }
}
