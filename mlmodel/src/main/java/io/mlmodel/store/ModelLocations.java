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

  /** The model folder (or MLmodel file) {@code uri} names. */
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

  /** Same, against the given store. */
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
