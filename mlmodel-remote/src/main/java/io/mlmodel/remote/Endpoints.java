package io.mlmodel.remote;

import io.mlmodel.Location;
import io.mlmodel.io.UrlText;
import io.mlmodel.model.MLModel;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Where requests go and what the model must have to be served. Internal; stateless. */
final class Endpoints {
  private Endpoints() {}

  /** The scoring URL: {@code endpoint} itself, or {@code /invocations} on a base URL. */
  static URI invocations(URI endpoint) {
    Objects.requireNonNull(endpoint, "endpoint");
    String scheme = endpoint.getScheme();
    if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || endpoint.getHost() == null) {
      throw new IllegalArgumentException("the endpoint must be an http or https URL with a host, got "
          + UrlText.shown(endpoint.toString()));
    }
    String path = endpoint.getRawPath();
    return path == null || path.isEmpty() || path.equals("/") ? endpoint.resolve("/invocations") : endpoint;
  }

  /** Why {@code mlflow models serve} cannot serve the model, or empty. */
  static Optional<String> whyNotServable(MLModel model) {
    if (model.directory().isEmpty()) {
      return Optional.of("the model has no folder for mlflow models serve to load");
    }
    if (!model.hasFlavor("python_function")) {
      return Optional.of("mlflow models serve needs the python_function flavor; this model has flavors "
          + List.copyOf(model.flavors().keySet()));
    }
    return Optional.empty();
  }

  /** The location of the endpoint's failures: the model's MLmodel file, when it has a folder. */
  static Location locate(MLModel model) {
    return model.directory().map(d -> Location.of(d.resolve("MLmodel").toAbsolutePath())).orElse(Location.UNKNOWN);
  }
}
