/**
 * An MLflow-compatible scoring server for MLflow models on the JVM: MLflow's {@code /invocations}
 * protocol, the Open Inference Protocol (V2) over REST, OpenAPI and Swagger UI, Prometheus metrics.
 * The entry point is {@link io.mlmodel.server.ScoringServer}.
 */
module io.mlmodel.server {
  requires transitive io.mlmodel;
  requires static org.jspecify;
  requires io.netty.buffer;
  requires io.netty.codec;
  requires io.netty.codec.http;
  requires io.netty.common;
  requires io.netty.handler;
  requires io.netty.transport;
  requires io.prometheus.metrics.core;
  requires io.prometheus.metrics.model;
  requires io.prometheus.writer.text;
  requires tools.jackson.core;
  requires tools.jackson.databind;

  exports io.mlmodel.server;
}
