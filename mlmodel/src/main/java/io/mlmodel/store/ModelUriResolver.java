package io.mlmodel.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Service provider interface: turns a model URI that a local tracking folder cannot answer (a
 * {@code models:/} URI when {@code MLFLOW_TRACKING_URI} names a tracking server, an {@code
 * mlflow-artifacts:/} URI, ...) into a local folder, for instance by downloading it into a cache.
 *
 * <p>{@link ModelLocations#resolve(String)} (and so {@code MLModels.read(String)}, {@code
 * Predictors.load(String)} and every CLI command) asks the implementations that {@link
 * java.util.ServiceLoader} finds, in the order it finds them, before the local store; the first
 * non-empty answer wins. Plain paths and {@code file:} URIs never reach a resolver. The module
 * {@code io.mlmodel.tracking} provides one for MLflow tracking servers.
 *
 * <pre>{@code
 * public final class MyResolver implements ModelUriResolver {
 *   public boolean handles(String uri) {
 *     return uri.startsWith("my:");
 *   }
 *
 *   public Optional<Path> resolve(String uri) {
 *     return handles(uri) ? Optional.of(fetch(uri)) : Optional.empty();
 *   }
 * }
 * }</pre>
 *
 * <p>Implementations must be thread-safe and cheap when they decline (no network).
 */
public interface ModelUriResolver {

  /**
   * The local model folder (or file) for {@code uri}, or empty when this resolver does not handle
   * {@code uri} in the current environment.
   *
   * @param uri the model location exactly as the user gave it (not parsed, never a plain path or
   *     {@code file:} URI)
   * @return the local model folder (or MLmodel file), which should exist; empty to let the next
   *     resolver, then the local tracking folder, answer
   * @throws io.mlmodel.ModelException when the resolver handles {@code uri} but cannot resolve it
   */
  Optional<Path> resolve(String uri);

  /**
   * Whether this resolver handles {@code uri}, told before anything is fetched. A caller that must
   * not act on a fetched copy asks this first: the CLI's {@code format} refuses a model that a
   * resolver gives, since rewriting a cached copy would change nothing where the model lives.
   *
   * <p>The default calls {@link #resolve}, which may fetch. A resolver that fetches overrides it
   * with the test its {@code resolve} starts with (the URI's scheme, the environment), without
   * network.
   *
   * @param uri the model location exactly as the user gave it, as for {@link #resolve}
   * @return true when {@link #resolve} would give a folder for {@code uri} (or fail trying), false
   *     when it would decline
   * @throws io.mlmodel.ModelException only from the default, as {@link #resolve} throws
   */
  default boolean handles(String uri) {
    return resolve(uri).isPresent();
  }
}
