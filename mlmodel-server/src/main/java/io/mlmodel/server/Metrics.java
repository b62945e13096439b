package io.mlmodel.server;

import io.mlmodel.request.Predictions;
import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * The server's Prometheus metrics, in a registry of its own (two servers in one JVM do not share
 * counters): requests, errors and latency per model, endpoint and status, predictions in flight,
 * model readiness, the bytes of request bodies held with the requests refused for them, and the
 * connections open with those refused. The data points of each label combination are cached, so
 * counting a request costs one map lookup. No exemplars: without a tracer they carry nothing, and
 * their sampler costs every observation a scheduled task on a thread of its own. Thread-safe.
 */
final class Metrics {
  static final String CONTENT_TYPE = PrometheusTextFormatWriter.CONTENT_TYPE;

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();
  private final Counter requests = Counter.builder().name("mlmodel_requests_total")
      .help("Requests answered, by model, endpoint and HTTP status.")
      .labelNames("model", "endpoint", "status").withoutExemplars().register(registry);
  private final Counter errors = Counter.builder().name("mlmodel_request_errors_total")
      .help("Requests answered with a status of 400 or more, by model, endpoint and HTTP status.")
      .labelNames("model", "endpoint", "status").withoutExemplars().register(registry);
  private final Histogram latency = Histogram.builder().name("mlmodel_request_duration_seconds")
      .help("Time from a request's first byte to its answer being written, by model, endpoint and HTTP status.")
      .unit(io.prometheus.metrics.model.snapshots.Unit.SECONDS)
      .classicOnly()
      .classicUpperBounds(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)
      .labelNames("model", "endpoint", "status").withoutExemplars().register(registry);
  private final Gauge inFlight = Gauge.builder().name("mlmodel_predictions_in_flight")
      .help("Predictions running or waiting for a worker.").withoutExemplars().register(registry);
  private final Gauge ready = Gauge.builder().name("mlmodel_model_ready")
      .help("1 when the model is loaded and serving, else 0.").labelNames("model").withoutExemplars().register(registry);
  private final Counter bodyRefusals = Counter.builder().name("mlmodel_request_body_refusals_total")
      .help("Requests answered 503 because their body did not fit in the budget of bytes held across connections.")
      .withoutExemplars().register(registry);
  private final Counter connectionRefusals = Counter.builder().name("mlmodel_connections_refused_total")
      .help("Connections closed as they were accepted because maxConnections were open.")
      .withoutExemplars().register(registry);
  private final ConcurrentMap<Key, Points> points = new ConcurrentHashMap<>();

  private record Key(String model, String endpoint, int status) {}

  private record Points(CounterDataPoint requests, DistributionDataPoint latency, CounterDataPoint errors) {}

  /** Counts an answered request. */
  void observe(String model, String endpoint, int status, long nanos) {
    Points p = points.computeIfAbsent(new Key(model, endpoint, status), k -> {
      String s = Integer.toString(k.status());
      return new Points(requests.labelValues(k.model(), k.endpoint(), s), latency.labelValues(k.model(), k.endpoint(), s),
          errors.labelValues(k.model(), k.endpoint(), s));
    });
    p.requests().inc();
    p.latency().observe(nanos / 1e9);
    if (status >= 400) {
      p.errors().inc();
    }
  }

  void inFlight(int n) {
    inFlight.set(n);
  }

  /** Reports {@code used}, read at each scrape, as the bytes of request bodies held. */
  void bodyBytes(LongSupplier used) {
    GaugeWithCallback.builder().name("mlmodel_request_body_bytes")
        .help("Bytes of request bodies held across connections: arriving, queued or being predicted on.")
        .callback(cb -> cb.call(used.getAsLong())).register(registry);
  }

  /** Reports {@code open}, read at each scrape, as the connections open. */
  void connections(java.util.function.IntSupplier open) {
    GaugeWithCallback.builder().name("mlmodel_connections_open")
        .help("Connections open, the one of this scrape included.")
        .callback(cb -> cb.call(open.getAsInt())).register(registry);
  }

  void connectionRefused() {
    connectionRefusals.inc();
  }

  void bodyRefused() {
    bodyRefusals.inc();
  }

  void ready(String model, boolean value) {
    ready.labelValues(model).set(value ? 1 : 0);
  }

  /** Writes the Prometheus text format (version 0.0.4). */
  void write(OutputStream out) {
    try {
      writer.write(out, registry.scrape());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
