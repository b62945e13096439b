package io.mlmodel.tracking.spi;

import java.util.Objects;

/**
 * One entry of an artifact folder listing.
 *
 * @param name the entry's name in the listed folder, as the store gave it (checked by the caller
 *     before it touches the disk)
 * @param directory whether the entry is a folder
 * @param size the file's size in bytes, or -1 when the store does not say (folders: -1)
 */
public record ArtifactEntry(String name, boolean directory, long size) {
  /**
   * Checks the name is present.
   *
   * @param name the entry's name
   * @param directory whether it is a folder
   * @param size its size, or -1
   */
  public ArtifactEntry {
    Objects.requireNonNull(name, "name");
  }
}
