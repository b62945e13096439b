package io.mlmodel.server;

import io.mlmodel.MLModelException;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An MLflow-compatible scoring server for one or more models, on Netty: what {@code mlflow models
 * serve} answers, plus the Open Inference Protocol (V2), OpenAPI and Swagger UI, and Prometheus
 * metrics (see docs/server.md for every endpoint and its answers).
 *
 * <pre>{@code
 * ServerConfig config = ServerConfig.builder()
 *     .model("linear", "testdata/onnx/external_data")
 *     .port(0)
 *     .build();
 * try (ScoringServer server = ScoringServer.start(config)) {
 *   URI invocations = URI.create("http://127.0.0.1:" + server.port() + "/invocations");
 *   // POST {"inputs": [[1, 2, 3]]} -> {"predictions": {"y": [[-0.5, 10.0]]}}
 * }
 * }</pre>
 *
 * <p><b>Lifecycle.</b> {@link #start} loads the models and binds the port; with {@link
 * ServerConfig#loadInBackground()} it binds first and the models load on a background thread,
 * readiness ({@code /ping}, {@code /v2/health/ready}) turning true when all are loaded. {@link
 * #close()} stops accepting connections, lets the requests in flight finish (up to {@link
 * ServerConfig#drainTimeout()}), then closes connections, threads and models. Thread-safe;
 * {@code close} is idempotent.
 *
 * <p><b>Errors.</b> {@link #start} throws the {@link MLModelException} of a model that cannot be
 * resolved, read or loaded (not in background mode, where the failure is logged and the model
 * answers 503), and {@link java.io.UncheckedIOException} when the port cannot be bound.
 */
public final class ScoringServer implements AutoCloseable {
  /** This server's version, as {@code /v2} reports it. */
  static final String VERSION = "0.1.0";
  private static final Logger LOG = System.getLogger(ScoringServer.class.getName());

  private final ServerState state;
  private final EventLoopGroup boss;
  private final EventLoopGroup io;
  private final ChannelGroup channels = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
  private final Channel listener;
  private volatile boolean closed;

  private ScoringServer(ServerConfig config) {
    Map<String, ServedModel> models = new LinkedHashMap<>();
    config.models().forEach((name, uri) -> models.put(name, new ServedModel(name, uri)));
    AtomicInteger n = new AtomicInteger();
    ExecutorService workers = Executors.newFixedThreadPool(config.workers(), r -> {
      Thread t = new Thread(r, "mlmodel-worker-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    this.state = new ServerState(config, models, workers, new SwaggerUi());
    if (!config.loadInBackground()) {
      try {
        loadAll();
      } catch (RuntimeException e) {
        models.values().forEach(ServedModel::close);
        workers.shutdownNow();
        throw e;
      }
    }
    this.boss = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    this.io = new MultiThreadIoEventLoopGroup(0, NioIoHandler.newFactory());
    try {
      this.listener = new ServerBootstrap().group(boss, io).channel(NioServerSocketChannel.class)
          .option(ChannelOption.SO_BACKLOG, 1024)
          .childOption(ChannelOption.TCP_NODELAY, true)
          // a client may send its request and then shut its side down (HTTP/1.0 style): the answer
          // is still owed, so the connection must not close at end of input (Connection decides)
          .childOption(ChannelOption.ALLOW_HALF_CLOSURE, true)
          .childHandler(new Initializer())
          .bind(new InetSocketAddress(config.host(), config.port())).syncUninterruptibly().channel();
    } catch (RuntimeException e) {
      shutdownThreads();
      models.values().forEach(ServedModel::close);
      throw new java.io.UncheckedIOException(new java.io.IOException("cannot listen on " + config.host() + ":"
          + config.port() + ": " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()), e));
    }
    if (config.loadInBackground()) {
      Thread loader = new Thread(this::loadInBackground, "mlmodel-loader");
      loader.setDaemon(true);
      loader.start();
    }
    LOG.log(Level.INFO, "serving " + config.models().keySet() + " on " + uri());
  }

  /**
   * Starts a server with {@code config}.
   *
   * @param config the models and settings
   * @return the running server; close it to stop it
   * @throws MLModelException when a model cannot be loaded (unless loaded in the background)
   * @throws java.io.UncheckedIOException when the address cannot be bound
   */
  public static ScoringServer start(ServerConfig config) {
    return new ScoringServer(config);
  }

  /**
   * The port the server listens on (the one chosen when the config said 0).
   *
   * @return the bound port
   */
  public int port() {
    return ((InetSocketAddress) listener.localAddress()).getPort();
  }

  /**
   * Where the server answers: {@code http://HOST:PORT}, the configured host (an IPv6 address in
   * brackets) and the bound port.
   *
   * @return the base URL; {@code /invocations}, {@code /ping} and the other paths are below it
   */
  public URI uri() {
    return URI.create("http://" + hostInUrl(state.config().host()) + ":" + port());
  }

  /**
   * Whether every model is loaded and the server is not shutting down.
   *
   * @return true when {@code /ping} answers 200
   */
  public boolean ready() {
    return state.ready() && !state.draining();
  }

  private void loadAll() {
    for (ServedModel m : state.models().values()) {
      state.metrics().ready(m.name(), false);
      m.load();
      state.metrics().ready(m.name(), true);
    }
  }

  private void loadInBackground() {
    for (ServedModel m : state.models().values()) {
      state.metrics().ready(m.name(), false);
      try {
        m.load();
        state.metrics().ready(m.name(), true);
        LOG.log(Level.INFO, "model '" + m.name() + "' loaded from " + m.uri());
      } catch (RuntimeException e) {
        LOG.log(Level.ERROR, "model '" + m.name() + "' failed to load: " + e.getMessage());
      }
    }
  }

  /**
   * Stops the server: no new connections; requests in flight are answered (each with {@code
   * Connection: close}) for up to the drain timeout; then everything is released, except the
   * model of a prediction still running five seconds later, which is left open (with a warning)
   * rather than closed under it.
   */
  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    state.drain();
    listener.close().syncUninterruptibly();
    long start = System.nanoTime();
    long drain = Deadline.nanos(state.config().drainTimeout());
    while ((state.active().get() > 0 || state.inFlight().get() > 0) && System.nanoTime() - start < drain) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    channels.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
    if (shutdownThreads()) {
      state.models().values().forEach(ServedModel::close);
    } else {
      // closing a predictor (an ONNX Runtime session) under a prediction that runs on it is not safe
      LOG.log(Level.WARNING, "predictions still running after close; their models are left open");
    }
    LOG.log(Level.INFO, "stopped");
  }

  /** Stops the threads; true when every one has ended, so that no prediction runs any more. */
  private boolean shutdownThreads() {
    state.workers().shutdown();
    io.shutdownGracefully(0, 2, TimeUnit.SECONDS);
    boss.shutdownGracefully(0, 2, TimeUnit.SECONDS);
    boolean workersDone = false;
    try {
      workersDone = state.workers().awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    boolean ioDone = io.terminationFuture().awaitUninterruptibly(5, TimeUnit.SECONDS);
    boss.terminationFuture().awaitUninterruptibly(5, TimeUnit.SECONDS);
    return workersDone && ioDone;
  }

  /**
   * Each connection's pipeline: codec, deadline, body budget and limit, then the connection (which
   * also decides keep-alive); or, beyond the connection cap, its closing.
   */
  private final class Initializer extends ChannelInitializer<SocketChannel> {
    @Override
    protected void initChannel(SocketChannel ch) {
      // runs once the accepted socket is registered, before its first read: one too many is closed
      // here, so it costs no pipeline and none of its bytes are read
      if (!state.connectionOpened()) {
        ch.close();
        return;
      }
      ch.closeFuture().addListener(f -> state.connectionClosed());
      channels.add(ch);
      Deadline deadline = new Deadline(Deadline.nanos(state.config().requestTimeout()));
      Connection connection = new Connection(state, deadline);
      deadline.connection(connection);
      long limit = state.config().enforcement().maxRequestBytes();
      BodyAccount account = new BodyAccount(state, limit, connection);
      connection.account(account);
      // no HttpServerKeepAliveHandler: Connection decides which request is the connection's last,
      // so that it can also drop the requests pipelined after it
      ch.pipeline()
          .addLast("codec", new HttpServerCodec(4096, 8192, 8192))
          .addLast("deadline", deadline)
          .addLast("budget", account)
          .addLast("body", new BodyLimit(limit, connection))
          .addLast("connection", connection);
    }
  }

  /** The bytes of request bodies the server holds now, across connections (0 when idle). */
  long bufferedBytes() {
    return state.budget().used();
  }

  /** The connections open now. */
  int openConnections() {
    return state.openConnections();
  }

  /** The host as a URL spells it: an IPv6 address in brackets. */
  static String hostInUrl(String host) {
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }
}
