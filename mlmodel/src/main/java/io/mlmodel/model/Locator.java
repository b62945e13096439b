package io.mlmodel.model;

import io.mlmodel.Location;
import io.mlmodel.yaml.KeyPath;
import io.mlmodel.yaml.YamlDocument;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Turns a key path below some prefix into a {@link Location}: with the line and column of the
 * document the model was read from, or with the key path alone for a model built in Java.
 */
final class Locator {
  private final @Nullable YamlDocument document;
  private final @Nullable Path file;
  private final KeyPath prefix;

  private Locator(@Nullable YamlDocument document, @Nullable Path file, KeyPath prefix) {
    this.document = document;
    this.file = file;
    this.prefix = prefix;
  }

  static Locator of(YamlDocument document) {
    return new Locator(document, document.file(), KeyPath.ROOT);
  }

  static Locator detached(@Nullable Path file) {
    return new Locator(null, file, KeyPath.ROOT);
  }

  /** A locator for the values below {@code key}. */
  Locator below(Object key) {
    return new Locator(document, file, prefix.child(key));
  }

  /** The location of the value at {@code path} (keys, or Integer indexes) below the prefix. */
  Location at(Object... path) {
    KeyPath p = prefix;
    for (Object s : path) {
      p = s instanceof Integer i ? p.index(i) : p.child(s);
    }
    return document == null ? new Location(file, 0, 0, p.toString()) : document.locate(p);
  }

  /** The location of the key itself, for problems with a key rather than its value. */
  Location keyAt(Object key) {
    KeyPath p = prefix.child(key);
    return document == null ? new Location(file, 0, 0, p.toString()) : document.locateKey(p);
  }

  @Nullable Path file() {
    return file;
  }
}
