package io.mlmodel.store;

import java.nio.file.Path;

/**
 * Turns any model location a user may type into the folder to read: plain paths and {@code file:}
 * URIs as they are, {@code runs:/} and {@code models:/} URIs against the tracking folder of the
 * environment ({@link TrackingStore#fromEnvironment()}).
 *
 * <pre>{@code
 * MLModel model = MLModels.read(ModelLocations.resolve("models:/iris@champion"));
 * }</pre>
 *
 * <p>Stateless and thread-safe. Errors are as for {@link TrackingStore#resolve(ModelUri)}; a plain
 * path is returned without checking that it exists (reading it reports that).
 */
public final class ModelLocations {
  private ModelLocations() {}

  /** The model folder (or MLmodel file) {@code uri} names. */
  public static Path resolve(String uri) {
    ModelUri parsed = ModelUri.parse(uri);
    if (parsed instanceof PathUri p) {
      return p.path();
    }
    return TrackingStore.fromEnvironment().resolve(parsed);
  }

  /** Same, against the given store. */
  public static Path resolve(String uri, TrackingStore store) {
    return store.resolve(uri);
  }
}
