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
  public ArtifactEntry {
    Objects.requireNonNull(name, "name");
  }
}
