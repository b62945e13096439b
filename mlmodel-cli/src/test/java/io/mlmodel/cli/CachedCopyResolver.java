package io.mlmodel.cli;

import io.mlmodel.store.ModelUriResolver;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A resolver for tests, in the place of a tracking server's: {@code cached-copy:NAME} is answered
 * with the folder in the system property {@link #FOLDER}, as the tracking module answers a model
 * URI with its copy in the local cache, and each answer counts as a fetch ({@link #FETCHES}).
 * Declines everything else, and everything while the property is unset; {@link #handles} tells
 * which without fetching, as the tracking module's does.
 */
public final class CachedCopyResolver implements ModelUriResolver {
  /** The system property naming the folder to answer with. */
  static final String FOLDER = "mlmodel.test.cachedCopy";
  /** How many times a model was "fetched": {@link #resolve} answered. */
  static final AtomicInteger FETCHES = new AtomicInteger();

  @Override
  public boolean handles(String uri) {
    return uri.startsWith("cached-copy:") && System.getProperty(FOLDER) != null;
  }

  @Override
  public Optional<Path> resolve(String uri) {
    if (!handles(uri)) {
      return Optional.empty();
    }
    FETCHES.incrementAndGet();
    return Optional.of(Path.of(System.getProperty(FOLDER)));
  }
}
