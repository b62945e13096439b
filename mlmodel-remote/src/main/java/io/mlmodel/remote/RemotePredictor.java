package io.mlmodel.remote;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.PredictInput;
import io.mlmodel.data.PredictOutput;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.TensorMap;
import io.mlmodel.enforce.EnforcedInput;
import io.mlmodel.enforce.Enforcement;
import io.mlmodel.enforce.Params;
import io.mlmodel.io.UrlText;
import io.mlmodel.model.MLModel;
import io.mlmodel.predict.Predictor;
import io.mlmodel.signature.ModelSignature;
import io.mlmodel.signature.Schema;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Predictor} that runs the model behind an MLflow scoring endpoint ({@code POST
 * /invocations}): {@code mlflow models serve}, MLServer, a cloud endpoint, or an {@code mlflow}
 * process this predictor starts and manages itself. For the flavors no JVM runtime runs:
 * scikit-learn, custom {@code python_function} models, transformers, PyTorch.
 *
 * <pre>{@code
 * MLModel model = MLModels.read(Path.of("models/churn"));          // the model's folder, for its signature
 * try (RemotePredictor p = RemotePredictor.connect(model, URI.create("http://10.0.0.7:5000"),
 *     RemoteOptions.builder().header("Authorization", "Bearer " + token).build())) {
 *   PredictOutput out = p.predict(table);
 * }
 * try (RemotePredictor p = RemotePredictor.serve(model, List.of("/opt/venv/bin/mlflow"), RemoteOptions.defaults())) {
 *   PredictOutput out = p.predict(table);                          // mlflow models serve, on 127.0.0.1
 * }
 * }</pre>
 *
 * <p><b>Input and output.</b> As for every predictor, the input is a {@link
 * io.mlmodel.data.ColumnTable}, {@link io.mlmodel.data.Tensor} or {@link
 * io.mlmodel.data.TensorMap} with {@link Params}. It is enforced here, with the model's
 * signature, before anything is sent, so bad input fails without a network call; the enforced
 * input goes out in the form MLflow's own client uses ({@code dataframe_split} for tables, {@code
 * inputs} for tensors, {@code params}). The {@code predictions} that come back are typed by the
 * signature's outputs: records become a table, nested lists a tensor, an object of lists named
 * tensors, anything else a {@link PredictOutput.Plain} value.
 *
 * <p><b>Errors.</b> Input that fails local enforcement, and any HTTP 4xx, is an {@link
 * io.mlmodel.InputException} (a 4xx carries the server's message); a 5xx, a transport failure, a
 * timeout or a response that is not a scoring response is an {@link EndpointException}. Requests
 * the server surely did not process are retried ({@link RemoteOptions#maxAttempts()}); others are
 * not. Large batches can be sent in chunks ({@link RemoteOptions#chunkRows()}).
 *
 * <p><b>Managed mode</b> ({@link #serve}) starts {@code mlflow models serve -m DIR --env-manager
 * local} on a free 127.0.0.1 port in its own process group, waits for {@code /ping}, restarts it
 * when it dies (with backoff, at most {@link RemoteOptions#maxRestarts()} times; a call made
 * meanwhile waits for it), and stops the whole group on {@link #close()} and at JVM exit. Linux
 * only ({@code setsid}, {@code /proc}).
 *
 * <p><b>Thread safety.</b> Fully thread-safe: one instance serves any number of threads over one
 * HTTP connection pool. {@link #close()} must not race with {@link #predict}.
 */
public final class RemotePredictor implements Predictor {
  private static final System.Logger LOG = System.getLogger(RemotePredictor.class.getName());

  private final MLModel model;
  private final RemoteOptions options;
  private final Transport transport;
  private final Transport.Target target;
  private final @Nullable ManagedServer server;
  private final Failures failures;
  private volatile boolean closed;

  private RemotePredictor(MLModel model, RemoteOptions options, Transport.Target target, boolean https,
      @Nullable ManagedServer server, Failures failures) {
    this.model = model;
    this.options = options;
    this.target = target;
    this.server = server;
    this.failures = failures;
    this.transport = new Transport(options, failures, https);
  }

  /**
   * A predictor for the endpoint at {@code endpoint}: the full URL of the scoring route, or a base
   * URL such as {@code http://host:5000}, to which {@code /invocations} is added. Nothing is sent
   * until the first prediction.
   *
   * @param endpoint the scoring route or the server's base URL
   * @param options retries, timeouts, chunking and headers
   * @return the predictor; closing it closes its HTTP client
   * @param model the model the endpoint serves, for its signature (read it from the same folder)
   * @throws IllegalArgumentException when the URL is not http or https with a host
   */
  public static RemotePredictor connect(MLModel model, URI endpoint, RemoteOptions options) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(options, "options");
    URI uri = Endpoints.invocations(endpoint);
    return new RemotePredictor(model, options, () -> uri, uri.getScheme().equals("https"), null,
        new Failures(Endpoints.locate(model), uri));
  }

  /**
   * Starts {@code mlflow models serve} for the model's folder and returns once it answers {@code
   * /ping}.
   *
   * @param model the model to serve, read from its folder
   * @param options retries, timeouts, restarts and workers
   * @return a predictor that owns the server; closing it stops the server's process group
   * @param mlflowCommand the MLflow CLI, such as {@code [/opt/venv/bin/mlflow]}, or a Python with
   *     MLflow, such as {@code [/usr/bin/python3]} (run as {@code python3 -m mlflow})
   * @throws ModelException code {@code no-predictor} when the model has no folder or no {@code
   *     python_function} flavor (which {@code mlflow models serve} needs)
   * @throws EndpointException code {@code endpoint-down} when the server does not start in time
   */
  public static RemotePredictor serve(MLModel model, List<String> mlflowCommand, RemoteOptions options) {
    Objects.requireNonNull(options, "options");
    Optional<String> why = Endpoints.whyNotServable(model);
    if (why.isPresent()) {
      throw new ModelException("no-predictor", model.locateKey("flavors"), why.get());
    }
    Path dir = model.directory().orElseThrow();
    Location at = Endpoints.locate(model);
    ManagedServer server = ManagedServer.start(dir.toAbsolutePath().normalize(), MlflowCommand.of(mlflowCommand),
        options, at);
    return new RemotePredictor(model, options, server, false, server, new Failures(at, server.invocations()));
  }


  @Override
  public MLModel model() {
    return model;
  }

  /**
   * The URL requests go to; in managed mode the current server's (waiting while it restarts).
   *
   * @return the full {@code /invocations} URL
   */
  public URI endpoint() {
    return target.invocations();
  }

  @Override
  public PredictOutput predict(PredictInput input, Params params) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(params, "params");
    if (closed) {
      throw new IllegalStateException("the predictor is closed");
    }
    EnforcedInput in = enforce(input, params);
    in.warnings().forEach(w -> LOG.log(System.Logger.Level.WARNING, w));
    long rows = RequestWriter.rows(in.input());
    int chunk = options.chunkRows();
    List<@Nullable Object> parts = new ArrayList<>();
    if (chunk > 0 && rows > chunk) {
      for (long from = 0; from < rows; from += chunk) {
        parts.add(send(in, (int) from, (int) Math.min(rows, from + chunk)));
      }
    } else {
      parts.add(send(in, 0, -1));
    }
    Schema outputs = model.signature().flatMap(ModelSignature::outputs).orElse(null);
    return OutputDecoder.decode(ResponseReader.join(parts, failures), outputs);
  }

  private @Nullable Object send(EnforcedInput in, int from, int to) {
    Transport.Answer a = transport.post(target, RequestWriter.write(in.input(), in.params(), from, to));
    return ResponseReader.predictions(a.body(), a.failures());
  }

  /** As {@code PyFuncModel.predict}: a signature from type hints only has its params enforced. */
  private EnforcedInput enforce(PredictInput input, Params params) {
    Optional<ModelSignature> sig = model.signature();
    if (sig.isPresent() && model.isSignatureFromTypeHint().orElse(false)) {
      return new EnforcedInput(input, Enforcement.enforceParams(params.asMap(), sig.get().params().orElse(null),
          options.enforcement()), List.of());
    }
    return Enforcement.enforce(input, params.asMap(), sig.orElse(null), options.enforcement());
  }

  /** The managed server, for tests; null when connected to an endpoint. */
  @Nullable ManagedServer server() {
    return server;
  }

  /** Stops the managed server's whole process group; nothing else to release. Idempotent. */
  @Override
  public void close() {
    closed = true;
    if (server != null) {
      server.close();
    }
  }

  @Override
  public String toString() {
    // the URL as messages show it: a cloud endpoint's user information or query holds its credentials
    return "RemotePredictor[" + (server == null ? UrlText.shown(target.invocations().toString())
        : "managed " + model.directory().orElse(null)) + "]";
  }
}
