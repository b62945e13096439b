/**
 * Runs MLflow models of the {@code lightgbm} flavor saved from a {@code Booster} (the text {@code
 * model.lgb}) on LightGBM's JVM binding (lightgbm4j), giving the predictions MLflow's pyfunc gives.
 * Found by {@link java.util.ServiceLoader} as a {@link io.mlmodel.predict.PredictorLoader}; see
 * {@link io.mlmodel.lightgbm.LightgbmPredictor}.
 */
module io.mlmodel.lightgbm {
  requires io.mlmodel;
  requires lightgbm4j;
  requires static org.jspecify;

  exports io.mlmodel.lightgbm;

  provides io.mlmodel.predict.PredictorLoader with io.mlmodel.lightgbm.LightgbmPredictorLoader;
}
