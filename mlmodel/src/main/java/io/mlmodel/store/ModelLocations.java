package io.mlmodel.store;

import io.mlmodel.ModelException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Turns any model location a user may type into the folder to read: plain paths and {@code file:}
 * URIs as they are, other URIs through the {@link ModelUriResolver}s on the class path or module
 * path (a tracking server, with {@code io.mlmodel.tracking}), else {@code runs:/} and {@code
 * models:/} URIs against the tracking folder of the environment ({@link
 * TrackingStore#fromEnvironment()}).
 *
 * <pre>{@code
 * MLModel model = MLModels.read(ModelLocations.resolve("models:/iris@champion"));
 * }</pre>
 *
 * <p>Stateless and thread-safe. Errors are those of the resolver that handles the URI, else as for
 * {@link TrackingStore#resolve(ModelUri)}; a plain path is returned without checking that it exists
 * (reading it reports that).
 */
public final class ModelLocations {
  private ModelLocations() {}

  private static final class Resolvers {
    static final List<ModelUriResolver> LOADED = ServiceLoader.load(ModelUriResolver.class,
        ModelLocations.class.getClassLoader()).stream().map(ServiceLoader.Provider::get).toList();
  }

  /**
   * The model folder (or MLmodel file) {@code uri} names.
   *
   * @param uri a model location: a plain path, a {@code file:}, {@code runs:/} or {@code models:/}
   *     URI, or any URI a {@link ModelUriResolver} on the path handles
   * @return the path: a plain path or {@code file:} URI as given (decoded, not checked to exist),
   *     else the first resolver's answer, else the folder in the environment's tracking store
   * @throws ModelException code {@code bad-uri} or {@code unsupported-uri} when the URI is
   *     malformed or names a remote store and no resolver handles it, the errors of the resolver
   *     that handles it, else those of {@link TrackingStore#fromEnvironment()} and {@link
   *     TrackingStore#resolve(ModelUri)}
   * @throws java.io.UncheckedIOException when a store file cannot be read
   */
  public static Path resolve(String uri) {
    ModelUri parsed;
    try {
      parsed = ModelUri.parse(uri);
    } catch (ModelException e) {
      // A scheme this module refuses (mlflow-artifacts:, s3:, ...) may be one a resolver reads.
      return remote(uri).orElseThrow(() -> e);
    }
    if (parsed instanceof PathUri p) {
      return p.path();
    }
    return remote(uri).orElseGet(() -> TrackingStore.fromEnvironment().resolve(parsed));
  }

  /**
   * Same, against the given store: {@link TrackingStore#resolve(String) store.resolve(uri)}; no
   * {@link ModelUriResolver} is asked.
   *
   * @param uri a model location: a plain path, or a {@code file:}, {@code runs:/} or {@code
   *     models:/} URI
   * @param store the tracking folder that {@code runs:/} and {@code models:/} URIs are looked up in
   * @return the path, as {@link TrackingStore#resolve(String)} gives it
   * @throws ModelException as {@link TrackingStore#resolve(String)} does
   * @throws java.io.UncheckedIOException when a store file cannot be read
   */
  public static Path resolve(String uri, TrackingStore store) {
    return store.resolve(uri);
  }

  private static Optional<Path> remote(String uri) {
    for (ModelUriResolver r : Resolvers.LOADED) {
      Optional<Path> p = r.resolve(uri);
      if (p.isPresent()) {
        return p;
      }
    }
    return Optional.empty();
  }
}
