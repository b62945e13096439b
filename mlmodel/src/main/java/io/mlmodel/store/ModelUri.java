package io.mlmodel.store;

/**
 * A parsed model location, in any of the forms MLflow's loaders accept (format reference §10.1):
 *
 * <ul>
 *   <li>{@link RunsUri} {@code runs:/<run_id>/<path in the run's artifacts>}
 *   <li>{@link ModelsUri} {@code models:/<name>/<version>}, {@code models:/<name>/<stage>}, {@code
 *       models:/<name>/latest}, {@code models:/<name>@<alias>}
 *   <li>{@link LoggedModelUri} {@code models:/<model_id>} (an MLflow 3 logged model)
 *   <li>{@link PathUri} {@code file:} URIs and plain paths, Windows ones included
 * </ul>
 *
 * <p>Parsing follows MLflow's {@code _parse_model_uri} and {@code parse_runs_uri}, error texts
 * included. Nothing is looked up while parsing; {@link TrackingStore#resolve(ModelUri)} does that.
 * Implementations are immutable records.
 */
public sealed interface ModelUri permits RunsUri, ModelsUri, LoggedModelUri, PathUri {

  /**
   * Parses {@code uri}.
   *
   * @throws io.mlmodel.ModelException code {@code bad-uri} when a {@code runs:} or {@code models:}
   *     URI is malformed, code {@code unsupported-uri} for schemes that name remote stores ({@code
   *     s3:}, {@code http:}, {@code dbfs:}, {@code mlflow-artifacts:}, ...)
   */
  static ModelUri parse(String uri) {
    return UriParser.parse(uri);
  }

  /** The URI in its canonical text form, which {@link #parse} reads back to an equal value. */
  String uri();
}
