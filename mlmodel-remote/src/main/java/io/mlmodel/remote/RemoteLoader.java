package io.mlmodel.remote;

import io.mlmodel.model.MLModel;
import io.mlmodel.predict.LoaderRegistry;
import io.mlmodel.predict.Predictor;
import io.mlmodel.predict.PredictorLoader;
import io.mlmodel.predict.Predictors;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The {@linkplain PredictorLoader#fallback() fallback} loader: a model whose flavors no JVM runtime
 * claims, but that has {@code python_function}, is served by a managed {@code mlflow models serve}
 * ({@link RemotePredictor#serve}). It is <b>off</b> unless configured, so that a service never starts
 * Python by surprise: found by {@link java.util.ServiceLoader}, it declines every model until the
 * system property {@value #PROPERTY} or the environment variable {@value #ENV} names the MLflow
 * command (or a Python with MLflow), split on white space; or register a configured one:
 *
 * <pre>{@code
 * LoaderRegistry registry = Predictors.registry()
 *     .with(RemoteLoader.serving(List.of("/opt/venv/bin/mlflow"), RemoteOptions.defaults()));
 * try (Predictor p = registry.resolve(MLModels.read(Path.of("models/churn")))) { ... }
 * }</pre>
 *
 * <p>As a fallback it is tried after every other loader, wherever it was registered, so an ONNX
 * model that also has {@code python_function} still runs in the JVM. Immutable and thread-safe.
 */
public final class RemoteLoader implements PredictorLoader {
  /** The system property that turns the service-loaded fallback on: the MLflow command. */
  public static final String PROPERTY = "mlmodel.remote.mlflow";
  /** The environment variable that turns the service-loaded fallback on, when the property is unset. */
  public static final String ENV = "MLMODEL_REMOTE_MLFLOW";

  private final @Nullable List<String> command;
  private final RemoteOptions options;

  /** The service-loaded loader, configured by {@value #PROPERTY} or {@value #ENV} when it is asked. */
  public RemoteLoader() {
    this.command = null;
    this.options = RemoteOptions.defaults();
  }

  private RemoteLoader(List<String> command, RemoteOptions options) {
    this.command = MlflowCommand.of(command);
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * A loader that serves models with {@code mlflowCommand}, whatever the environment says.
   *
   * @param mlflowCommand the MLflow CLI or a Python with MLflow, as for {@link RemotePredictor#serve}
   * @param options the options of every predictor the loader makes
   * @return a loader that ignores the system property and the environment variable
   */
  public static RemoteLoader serving(List<String> mlflowCommand, RemoteOptions options) {
    return new RemoteLoader(mlflowCommand, options);
  }

  @Override
  public String name() {
    return "mlflow-serve";
  }

  @Override
  public List<String> flavors() {
    return List.of("python_function");
  }

  @Override
  public boolean fallback() {
    return true;
  }

  @Override
  public Class<? extends Predictor> predictorType() {
    return RemotePredictor.class;
  }

  @Override
  public Optional<String> declines(MLModel model) {
    if (configured().isEmpty()) {
      return Optional.of("off; set -D" + PROPERTY + " or " + ENV + " to an mlflow command to serve the model with"
          + " mlflow models serve");
    }
    return Endpoints.whyNotServable(model);
  }

  @Override
  public Predictor load(MLModel model) {
    List<String> cmd = configured().orElseThrow(() -> new IllegalStateException("load called on a declining loader"));
    return RemotePredictor.serve(model, cmd, options);
  }

  private Optional<List<String>> configured() {
    if (command != null) {
      return Optional.of(command);
    }
    String v = System.getProperty(PROPERTY);
    if (v == null || v.isBlank()) {
      v = System.getenv(ENV);
    }
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(MlflowCommand.parse(v));
  }

  @Override
  public String toString() {
    return "RemoteLoader[" + (command == null ? "from " + PROPERTY + "/" + ENV : String.join(" ", command)) + "]";
  }
}
