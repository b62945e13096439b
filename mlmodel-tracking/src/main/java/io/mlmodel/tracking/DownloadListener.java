package io.mlmodel.tracking;

/**
 * Hears how a download advances, for a progress bar. Called from the downloading thread, often
 * (after every chunk received), so implementations should be quick; they must not throw.
 *
 * <pre>{@code
 * client.resolve("models:/fraud@champion", (bytes, totalBytes, files, totalFiles) ->
 *     System.err.printf("\r%d/%d MB", bytes >> 20, totalBytes >> 20));
 * }</pre>
 */
@FunctionalInterface
public interface DownloadListener {
  /** A listener that ignores everything. */
  DownloadListener NONE = (bytes, totalBytes, files, totalFiles) -> { };

  /**
   * Progress so far.
   *
   * @param bytes bytes received so far
   * @param totalBytes the bytes the listing announced (files of unknown size count as 0)
   * @param files files completed so far
   * @param totalFiles the files to download
   */
  void onProgress(long bytes, long totalBytes, int files, int totalFiles);
}
