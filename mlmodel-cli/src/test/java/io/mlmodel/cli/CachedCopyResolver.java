package io.mlmodel.cli;

import io.mlmodel.store.ModelUriResolver;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A resolver for tests, in the place of a tracking server's: {@code cached-copy:NAME} is answered
 * with the folder in the system property {@link #FOLDER}, as the tracking module answers a model
 * URI with its copy in the local cache. Declines everything else, and everything while the
 * property is unset.
 */
public final class CachedCopyResolver implements ModelUriResolver {
  /** The system property naming the folder to answer with. */
  static final String FOLDER = "mlmodel.test.cachedCopy";

  @Override
  public Optional<Path> resolve(String uri) {
    String folder = System.getProperty(FOLDER);
    return uri.startsWith("cached-copy:") && folder != null ? Optional.of(Path.of(folder)) : Optional.empty();
  }
}
