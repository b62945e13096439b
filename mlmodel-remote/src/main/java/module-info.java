/**
 * mlmodel-remote: a {@link io.mlmodel.predict.Predictor} over MLflow's scoring protocol, for the
 * flavors no JVM runtime runs (scikit-learn pickles, custom {@code python_function} models,
 * transformers, PyTorch), against any {@code /invocations} endpoint or a managed {@code mlflow
 * models serve} child process.
 *
 * <p>Start at {@link io.mlmodel.remote.RemotePredictor}.
 */
module io.mlmodel.remote {
  requires transitive io.mlmodel;
  requires java.net.http;
  requires tools.jackson.databind;
  requires static org.jspecify;

  exports io.mlmodel.remote;

  provides io.mlmodel.predict.PredictorLoader with io.mlmodel.remote.RemoteLoader;
}
