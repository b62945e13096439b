package io.mlmodel.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A {@link ModelUriResolver} registered for the tests only (META-INF/services): {@code
 * fixture:NAME} is {@code testdata/models/NAME}; everything else is declined.
 */
public final class FixtureUriResolver implements ModelUriResolver {
  @Override
  public Optional<Path> resolve(String uri) {
    if (uri.startsWith("fixture:")) {
      return Optional.of(Path.of("testdata/models").resolve(uri.substring("fixture:".length())));
    }
    if (uri.equals("mlflow-artifacts:/declined-by-all")) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
