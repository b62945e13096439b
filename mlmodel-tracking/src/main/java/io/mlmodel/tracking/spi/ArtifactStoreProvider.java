package io.mlmodel.tracking.spi;

import java.net.URI;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Opens artifact roots of the URI schemes it knows, for artifact locations that a tracking server
 * reports but does not serve itself (a server run with {@code --no-serve-artifacts}). Found with
 * {@link java.util.ServiceLoader}; the module {@code io.mlmodel.tracking.s3} provides {@code s3}.
 *
 * <pre>{@code
 * public final class GcsProvider implements ArtifactStoreProvider {
 *   public Set<String> schemes() { return Set.of("gs"); }
 *   public ArtifactStore open(URI root, Function<String, String> variables) { ... }
 * }
 * }</pre>
 *
 * <p>Implementations must be thread-safe and have a public no-argument constructor.
 */
public interface ArtifactStoreProvider {

  /**
   * The URI schemes this provider reads.
   *
   * @return the schemes, in lower case ({@code s3})
   */
  Set<String> schemes();

  /**
   * A short name of what provides the store, for error messages.
   *
   * @return the name ({@code mlmodel-tracking-s3})
   */
  String name();

  /**
   * The store rooted at {@code root} ({@code s3://bucket}: scheme and authority only).
   *
   * @param root the root, scheme and authority only
   * @param variables the environment to configure from ({@code MLFLOW_S3_ENDPOINT_URL}, AWS
   *     variables, ...); returns null for an unset variable
   * @return the store, thread-safe
   */
  ArtifactStore open(URI root, Function<String, @Nullable String> variables);
}
