package io.mlmodel.store;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Folder listings and the "what exists instead" part of {@code not-found} messages. */
final class Listing {
  static final int SHOWN = 20;

  private Listing() {}

  /** The sub-folders of {@code dir}, sorted by name; empty when {@code dir} is no folder. */
  static List<Path> folders(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isDirectory).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The file names in {@code dir}, sorted; empty when {@code dir} is no folder. */
  static List<String> names(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }

  /** {@code a, b, c} or {@code a, b, ... and 7 more}, or {@code none}. */
  static String join(Collection<String> items) {
    if (items.isEmpty()) {
      return "none";
    }
    String shown = items.stream().limit(SHOWN).collect(Collectors.joining(", "));
    return items.size() > SHOWN ? shown + ", ... and " + (items.size() - SHOWN) + " more" : shown;
  }

  static ModelException notFound(Path where, String problem) {
    return new ModelException("not-found", Location.of(where), problem);
  }
}
