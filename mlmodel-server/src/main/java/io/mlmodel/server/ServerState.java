package io.mlmodel.server;

import io.mlmodel.request.Predictions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What every connection shares: the settings, the models, the workers that predict, the counters
 * of work in progress and the metrics. Thread-safe.
 */
final class ServerState {
  private final ServerConfig config;
  private final Map<String, ServedModel> models;
  private final ServedModel defaultModel;
  private final ExecutorService workers;
  private final Metrics metrics = new Metrics();
  private final AccessLog accessLog;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger active = new AtomicInteger();
  private final AtomicInteger connections = new AtomicInteger();
  private final Router router;
  private final BodyBudget budget;
  private volatile boolean draining;

  ServerState(ServerConfig config, Map<String, ServedModel> models, ExecutorService workers, SwaggerUi swagger) {
    this.config = config;
    this.models = models;
    this.defaultModel = models.values().iterator().next();
    this.workers = workers;
    this.accessLog = new AccessLog(config.accessLog());
    this.router = new Router(this, swagger);
    this.budget = new BodyBudget(config.maxBufferedBytes());
    metrics.bodyBytes(budget::used);
    metrics.connections(connections::get);
  }

  ServerConfig config() {
    return config;
  }

  Map<String, ServedModel> models() {
    return models;
  }

  List<String> names() {
    return List.copyOf(models.keySet());
  }

  ServedModel defaultModel() {
    return defaultModel;
  }

  ExecutorService workers() {
    return workers;
  }

  Metrics metrics() {
    return metrics;
  }

  AccessLog accessLog() {
    return accessLog;
  }

  /** Predictions running or queued. */
  AtomicInteger inFlight() {
    return inFlight;
  }

  /** Requests received whole and not yet answered. */
  AtomicInteger active() {
    return active;
  }

  /**
   * Counts a connection just accepted, unless {@link ServerConfig#maxConnections()} are open already.
   *
   * @return false when the connection is one too many (it is not counted, but counted refused)
   */
  boolean connectionOpened() {
    if (connections.incrementAndGet() > config.maxConnections()) {
      connections.decrementAndGet();
      metrics.connectionRefused();
      return false;
    }
    return true;
  }

  /** A connection counted by {@link #connectionOpened()} is closed. */
  void connectionClosed() {
    connections.decrementAndGet();
  }

  int openConnections() {
    return connections.get();
  }

  /** The bytes of request bodies held across connections. */
  BodyBudget budget() {
    return budget;
  }

  Router router() {
    return router;
  }

  boolean draining() {
    return draining;
  }

  void drain() {
    draining = true;
  }

  /** Whether every model is loaded. */
  boolean ready() {
    return models.values().stream().allMatch(m -> m.loaded() != null);
  }
}
