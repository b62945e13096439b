/**
 * The {@code mlmodel} command line: inspect, validate, format, schema, validate-input, predict, serve and download
 * over model folders and URIs, and serve. Not an API; the distribution in {@code target/mlmodel} runs it.
 */
module io.mlmodel.cli {
  requires io.mlmodel;
  requires io.mlmodel.server;
  requires io.mlmodel.remote;
  requires io.mlmodel.tracking;
  requires static org.jspecify;

  uses io.mlmodel.store.ModelUriResolver;
}
