/**
 * The {@code mlmodel} command line: inspect, validate, format, schema, validate-input and predict
 * over model folders and URIs. Not an API; the distribution in {@code target/mlmodel} runs it.
 */
module io.mlmodel.cli {
  requires io.mlmodel;
  requires info.picocli;
  requires static org.jspecify;

  opens io.mlmodel.cli to info.picocli;
}
