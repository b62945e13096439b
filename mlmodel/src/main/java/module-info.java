/**
 * mlmodel: reads, writes and validates MLflow model directories, decodes MLflow's scoring requests,
 * enforces signatures as MLflow does, and defines the {@link io.mlmodel.predict.PredictorLoader} SPI
 * that the runtime modules ({@code io.mlmodel.onnx}, ...) implement.
 *
 * <p>Start at {@link io.mlmodel.MLModels}.
 */
module io.mlmodel {
  requires org.snakeyaml.engine;
  requires transitive tools.jackson.databind;
  requires static org.jspecify;

  exports io.mlmodel;
  exports io.mlmodel.model;
  exports io.mlmodel.signature;
  exports io.mlmodel.env;
  exports io.mlmodel.example;
  exports io.mlmodel.write;
  exports io.mlmodel.data;
  exports io.mlmodel.enforce;
  exports io.mlmodel.request;
  exports io.mlmodel.predict;
  exports io.mlmodel.validate;
  exports io.mlmodel.store;

  // For this project's own modules only: trusted data access for the runtimes and for the Spark
  // module's columns (an automatic module, by its Automatic-Module-Name), and the safe file and JSON
  // reading every module shares. Not API.
  exports io.mlmodel.data.internal to io.mlmodel.onnx, io.mlmodel.xgboost, io.mlmodel.lightgbm, io.mlmodel.spark;
  exports io.mlmodel.io to io.mlmodel.onnx, io.mlmodel.xgboost, io.mlmodel.lightgbm, io.mlmodel.testing, io.mlmodel.cli,
      io.mlmodel.server, io.mlmodel.remote, io.mlmodel.tracking, io.mlmodel.spark;

  uses io.mlmodel.predict.PredictorLoader;
  uses io.mlmodel.store.ModelUriResolver;
}
