/**
 * mlmodel: reads, writes, validates and runs MLflow model directories.
 *
 * <p>Start at {@link io.mlmodel.MLModels}.
 */
module io.mlmodel {
  requires org.snakeyaml.engine;
  requires tools.jackson.databind;
  requires static org.jspecify;
  requires static info.picocli;
  requires static org.junit.jupiter.api;
  requires static org.assertj.core;
  requires static com.microsoft.onnxruntime;

  exports io.mlmodel;
  exports io.mlmodel.model;
  exports io.mlmodel.signature;
  exports io.mlmodel.env;
  exports io.mlmodel.example;
  exports io.mlmodel.write;
  exports io.mlmodel.predict;
  exports io.mlmodel.predict.onnx;
  exports io.mlmodel.validate;
  exports io.mlmodel.store;
  exports io.mlmodel.testing;

  uses io.mlmodel.predict.PredictorLoader;
  uses io.mlmodel.store.ModelUriResolver;
  provides io.mlmodel.predict.PredictorLoader with io.mlmodel.predict.onnx.OnnxPredictorLoader;

  opens io.mlmodel.cli to info.picocli;
}
