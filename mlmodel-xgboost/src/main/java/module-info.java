/**
 * Runs MLflow models of the {@code xgboost} flavor on XGBoost's own JVM runtime (xgboost4j), giving
 * the predictions MLflow's pyfunc gives. Found by {@link java.util.ServiceLoader} as a {@link
 * io.mlmodel.predict.PredictorLoader}; see {@link io.mlmodel.xgboost.XgboostPredictor}.
 *
 * <p>xgboost4j's jar ({@code xgboost4j_2.12-3.0.4.jar}) has no valid automatic module name, so it
 * stays on the class path: run with {@code --add-reads io.mlmodel.xgboost=ALL-UNNAMED}.
 */
module io.mlmodel.xgboost {
  requires io.mlmodel;
  requires tools.jackson.databind;
  requires static org.jspecify;

  exports io.mlmodel.xgboost;

  provides io.mlmodel.predict.PredictorLoader with io.mlmodel.xgboost.XgboostPredictorLoader;
}
