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

  exports io.mlmodel;
  exports io.mlmodel.model;
  exports io.mlmodel.signature;
  exports io.mlmodel.env;
  exports io.mlmodel.example;
  exports io.mlmodel.write;
  exports io.mlmodel.predict;

  opens io.mlmodel.cli to info.picocli;
}
