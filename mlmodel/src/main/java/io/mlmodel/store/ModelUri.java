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
   * @param uri a model location as a user or an MLmodel writes it: a {@code runs:/}, {@code
   *     models:/} or {@code file:} URI, or a plain path (relative to the working directory when not
   *     absolute); the scheme is matched ignoring case
   * @return the parsed location, one of the four permitted types; a plain path is not checked to
   *     exist
   * @throws io.mlmodel.ModelException code {@code bad-uri} when a {@code runs:} or {@code models:}
   *     URI is malformed, code {@code unsupported-uri} for schemes that name remote stores ({@code
   *     s3:}, {@code http:}, {@code dbfs:}, {@code mlflow-artifacts:}, ...), for any other scheme,
   *     and for a {@code runs:} or {@code models:} URI with a host; code {@code bad-uri} also for
   *     a blank text, and for a path that is not a valid path on this system
   */
  static ModelUri parse(String uri) {
    return UriParser.parse(uri);
  }

  /**
   * The URI in its canonical text form, which {@link #parse} reads back to an equal value.
   *
   * @return {@code runs:/<run_id>[/<path>]}, {@code models:/...} as MLflow spells it, or the
   *     decoded path of a {@link PathUri} (with a {@code file:} prefix only when the bare path would
   *     read back as another kind of URI, such as the location {@code runs:/x})
   */
  String uri();
}
