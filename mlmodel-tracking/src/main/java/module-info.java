/**
 * mlmodel-tracking: model URIs ({@code models:/}, {@code runs:/}, {@code mlflow-artifacts:/})
 * resolved against an MLflow tracking server, downloaded through its artifact proxy into a local
 * cache.
 *
 * <p>Start at {@link io.mlmodel.tracking.TrackingClient}. With this module present, {@code
 * MLModels.read(String)} and {@code Predictors.load(String)} resolve such URIs when {@code
 * MLFLOW_TRACKING_URI} names a server.
 */
module io.mlmodel.tracking {
  requires transitive io.mlmodel;
  requires java.net.http;
  requires tools.jackson.databind;
  requires static org.jspecify;

  exports io.mlmodel.tracking;
  exports io.mlmodel.tracking.spi;

  uses io.mlmodel.tracking.spi.ArtifactStoreProvider;
  provides io.mlmodel.store.ModelUriResolver with io.mlmodel.tracking.internal.EnvironmentResolver;
}
