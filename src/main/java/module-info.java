/**
 * mlmodel: reads, writes, validates and runs MLflow model directories.
 *
 * <p>Start at {@link io.mlmodel.MLModels}.
 */
module io.mlmodel {
  requires org.snakeyaml.engine;
  requires tools.jackson.databind;
  requires static org.jspecify;

  exports io.mlmodel;
  exports io.mlmodel.signature;
}
