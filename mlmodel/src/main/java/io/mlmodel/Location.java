package io.mlmodel;

import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a problem sits: a file, a 1-based line and column in it, and the key path of the value
 * inside the document ({@code flavors.python_function.env}, {@code signature.inputs[3].type}).
 *
 * <p>Any part may be unknown: {@code file} is null for text that did not come from a file, {@code
 * line} and {@code column} are 0 when the position is not known, and {@code keyPath} is empty for
 * the document as a whole. Instances are immutable and thread-safe.
 *
 * @param file the file, or null when the text came from elsewhere
 * @param line the 1-based line, or 0 when unknown
 * @param column the 1-based column, or 0 when unknown
 * @param keyPath the key path in the document, or the empty string for the whole document
 */
public record Location(@Nullable Path file, int line, int column, String keyPath) {

  /** A location that knows nothing. */
  public static final Location UNKNOWN = new Location(null, 0, 0, "");

  /**
   * Checks the position and normalizes the key path.
   *
   * @param file the file, or null when the text came from elsewhere
   * @param line the 1-based line, or 0 when unknown; must not be negative
   * @param column the 1-based column, or 0 when unknown; must not be negative
   * @param keyPath the key path in the document, or the empty string for the whole document
   * @throws IllegalArgumentException if {@code line} or {@code column} is negative
   */
  public Location {
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line (" + line + ") and column (" + column + ") must not be negative");
    }
    keyPath = keyPath == null ? "" : keyPath;
  }

  /**
   * A location in {@code file} with no position.
   *
   * @param file the file, or null when the text did not come from a file
   * @return a location with line and column 0 and an empty key path
   */
  public static Location of(@Nullable Path file) {
    return new Location(file, 0, 0, "");
  }

  /**
   * This location with another key path.
   *
   * @param path the new key path, such as {@code signature.inputs[3].type}; empty for the whole
   *     document
   * @return a new location with this file, line and column and the given key path
   */
  public Location withKeyPath(String path) {
    return new Location(file, line, column, path);
  }

  /**
   * This location in another file, keeping the position.
   *
   * @param other the new file, or null when the text did not come from a file
   * @return a new location with the given file and this line, column and key path
   */
  public Location withFile(@Nullable Path other) {
    return new Location(other, line, column, keyPath);
  }

  /**
   * The file, when known.
   *
   * @return the file, or empty when the text did not come from a file
   */
  public Optional<Path> optionalFile() {
    return Optional.ofNullable(file);
  }

  /**
   * The location in the compiler style that every message of this library starts with: {@code
   * path/MLmodel:12:5: flavors.onnx.data}. An unknown line, column or key path is left out; an
   * unknown file is written {@code <input>}.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append(file == null ? "<input>" : file.toString());
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    if (!keyPath.isEmpty()) {
      sb.append(": ").append(keyPath);
    }
    return sb.toString();
  }
}
