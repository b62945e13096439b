package io.mlmodel.tracking.spi;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Read access to one artifact root ({@code s3://bucket}, a tracking server's artifact proxy, ...).
 * Paths are relative to that root, {@code /}-separated, without a leading slash; {@code ""} is the
 * root itself.
 *
 * <p>The caller (the tracking client) validates every name a listing returns, bounds counts and
 * sizes, and writes into a temporary folder; implementations only talk to the store. They must be
 * thread-safe.
 */
public interface ArtifactStore {

  /**
   * The entries directly inside folder {@code path}; empty when {@code path} is a file, an empty
   * folder or absent.
   *
   * @param path the folder, relative to the root ({@code ""} for the root)
   * @return its entries, in any order
   * @throws io.mlmodel.ModelException when the store refuses or fails (code {@code http-error},
   *     {@code not-found}, {@code timeout}, ...)
   */
  List<ArtifactEntry> list(String path);

  /**
   * Writes the file {@code path} to {@code target} (created or truncated), reporting the bytes
   * written so far to {@code progress}, and fails with a {@link io.mlmodel.ModelException} of code
   * {@code limit} as soon as more than {@code maxBytes} arrive.
   *
   * @param path the file, relative to the root
   * @param target the local file to write
   * @param maxBytes the most bytes accepted
   * @param progress told the bytes written so far
   * @return the number of bytes written
   * @throws IOException when the local file cannot be written
   */
  long download(String path, Path target, long maxBytes, LongConsumer progress) throws IOException;
}
