package io.mlmodel.write;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Fills a fresh, empty directory with the files of a model; see {@link
 * AtomicWrites#writeDirectory(Path, DirectoryContent, WriteOptions)}. The directory is a temporary
 * sibling of the target: write only inside it, and do not keep its path.
 */
@FunctionalInterface
public interface DirectoryContent {
  /**
   * Writes the content into {@code directory}; any exception abandons the whole write.
   *
   * @param directory the empty temporary directory to fill, which becomes the target once this
   *     returns normally
   * @throws IOException when a file cannot be written; the write is abandoned, the temporary
   *     directory removed, and the caller of {@link AtomicWrites#writeDirectory} gets it wrapped in
   *     an {@link java.io.UncheckedIOException}
   */
  void writeTo(Path directory) throws IOException;
}
