package io.mlmodel.cli;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.store.ModelLocations;
import io.mlmodel.store.ModelUri;
import io.mlmodel.store.ModelUriResolver;
import io.mlmodel.store.PathUri;
import java.nio.file.Path;
import java.util.ServiceLoader;

/**
 * Turns a command-line model argument into a folder. Every command goes through here, so that
 * whatever forms of model location the library understands work everywhere: folders, MLmodel
 * files, {@code file:} URIs, and {@code runs:/} and {@code models:/} URIs against the tracking
 * folder named by {@code MLFLOW_TRACKING_URI} (default {@code ./mlruns}).
 */
final class Targets {
  private Targets() {}

  /**
   * The model folder (or MLmodel file) that {@code arg} names.
   *
   * @throws io.mlmodel.ModelException when a URI is malformed, names a remote store, or names
   *     nothing in the tracking folder
   */
  static Path resolve(String arg) {
    return ModelLocations.resolve(arg);
  }

  /**
   * As {@link #resolve}, for a command that rewrites the model: a URI that a {@link
   * ModelUriResolver} handles (a tracking server's model, fetched into the local cache) is
   * refused, since rewriting that copy changes nothing on the server (format said "formatted"
   * and only the cache changed). It is refused before anything is fetched, as far as the resolver
   * can tell ({@link ModelUriResolver#handles}). Paths and a local tracking folder's URIs are the
   * user's files.
   *
   * @throws io.mlmodel.ModelException code {@code unsupported-uri} for such a URI, else as {@link #resolve}
   */
  static Path resolveLocal(String arg) {
    ModelUri parsed = null;
    try {
      parsed = ModelUri.parse(arg);
    } catch (ModelException e) {
      // a scheme only a resolver may know: asked below
    }
    if (parsed instanceof PathUri p) {
      return p.path();
    }
    for (ModelUriResolver r : ServiceLoader.load(ModelUriResolver.class, Targets.class.getClassLoader())) {
      if (r.handles(arg)) {
        throw new ModelException("unsupported-uri", Location.UNKNOWN, "'" + arg + "' is a model on a tracking"
            + " server or remote store, of which only a cached copy is here, so formatting it would change"
            + " nothing there; download it (mlmodel download) and format the copy");
      }
    }
    return resolve(arg);
  }
}
