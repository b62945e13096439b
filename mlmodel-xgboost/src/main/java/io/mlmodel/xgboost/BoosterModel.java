package io.mlmodel.xgboost;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.model.MLModel;
import io.mlmodel.model.XgboostFlavor;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * A booster loaded from the flavor's file, with what predicting needs to know about it: the model
 * class, the scikit-learn state, feature names and count, and the iteration range to use.
 */
record BoosterModel(Path file, XgboostFormat format, String modelClass, ModelClass kind, SklearnMeta meta,
    List<String> featureNames, int numFeatures, int[] iterations, int rounds, int groups,
    GuardedBooster booster) {

  static BoosterModel load(MLModel model, XgboostFlavor flavor) {
    Location at = flavor.flavor().locate("data");
    String modelClass = flavor.modelClass() == null ? ModelClass.DEFAULT : flavor.modelClass();
    ModelClass kind = ModelClass.of(modelClass).orElseThrow(() -> new ModelException("bad-value",
        flavor.flavor().locate("model_class"), "model_class " + modelClass + " is not one of " + ModelClass.known()));
    Path file = ModelFile.resolve(model, flavor.data(), at);
    byte[] bytes = ModelFile.read(file, at);
    XgboostFormat format = XgboostFormat.sniff(bytes, file, at);
    switch (format) {
      case JSON -> FileScan.json(bytes, file, at);
      case UBJSON -> FileScan.ubjson(bytes, file, at);
      case LEGACY_BINARY -> LegacyScan.check(bytes, file, at);
    }
    Booster booster;
    try {
      booster = XGBoost.loadModel(bytes);
    } catch (XGBoostError | java.io.IOException e) {
      throw new ModelException("xgboost-load", at, "XGBoost cannot load " + file.getFileName() + " ("
          + format.name().toLowerCase(java.util.Locale.ROOT) + "): " + e.getMessage(), e);
    }
    try {
      // One OpenMP thread a call: a server runs calls side by side, and XGBoost's default (every
      // core, spinning between rows) made a one-row call wait milliseconds on a busy machine.
      booster.setParam("nthread", 1);
      // before anything else is asked of the booster: xgboost4j's own getters trust the file too;
      // the one parse of the export checks it and gathers the Java walk's trees
      ExportFacts export = StructureCheck.check(booster.toByteArray("json"), file, at, bytes.length);
      SklearnMeta meta = kind == ModelClass.BOOSTER ? SklearnMeta.NONE
          : SklearnMeta.parse(booster.getAttr("scikit_learn"), file, at);
      String[] names = booster.getFeatureNames();
      // xgboost4j gives null, an empty array or an array of nulls for a booster without names
      List<String> featureNames = names == null || names.length == 0 || Arrays.asList(names).contains(null)
          ? List.of() : List.of(names);
      int numFeatures = Math.toIntExact(booster.getNumFeature());
      int rounds = booster.getNumBoostedRound();
      int[] iterations = iterations(kind, meta, booster.getAttr("best_iteration"), rounds, file, at);
      return new BoosterModel(file, format, modelClass, kind, meta, featureNames, numFeatures, iterations, rounds,
          export.groups, new GuardedBooster(booster, file, EnsembleReader.read(export)));
    } catch (XGBoostError | RuntimeException e) {
      booster.dispose();
      if (e instanceof ModelException m) {
        throw m;
      }
      throw new ModelException("xgboost-load", at,
          "XGBoost cannot read " + file.getFileName() + ": " + e.getMessage(), e);
    }
  }

  /**
   * {@code XGBModel._get_iteration_range}: up to the best iteration, if early stopping left one.
   * It must be one of the booster's rounds: one past them failed every prediction, and 2^31 - 1
   * (whose end overflowed to a negative range) crashed XGBoost's predictor.
   */
  private static int[] iterations(ModelClass kind, SklearnMeta meta, @org.jspecify.annotations.Nullable String best,
      int rounds, Path file, Location at) {
    if (!kind.usesBestIteration() || meta.gblinear() || best == null) {
      return new int[] {0, 0};
    }
    long b;
    try {
      b = Long.parseLong(best.trim());
    } catch (NumberFormatException e) {
      b = -1;
    }
    if (b < 0 || b >= rounds) {
      throw new ModelException("xgboost-load", at, file.getFileName() + ": the best_iteration attribute '" + best
          + "' is not one of the booster's " + rounds + " rounds (0 to " + (rounds - 1) + ")");
    }
    return new int[] {0, (int) b + 1};
  }
}
